using GovSim.Statistics;

namespace GovSim.Models.Engine;

/// <summary>Outcomes of the cases that arrived after the warm-up, overall and by category, urgency and resolving tier.</summary>
internal sealed class CaseStatistics
{
    public CaseStatistics(int categories, int urgencies, double now)
    {
        ByCategory = Enumerable.Range(0, categories).Select(_ => new DurationStatistics()).ToArray();
        ByUrgency = Enumerable.Range(0, urgencies).Select(_ => new DurationStatistics()).ToArray();
        ByTier = Enumerable.Range(0, 4).Select(_ => new DurationStatistics()).ToArray();
        ByComplexity = [new DurationStatistics(), new DurationStatistics()];
        Backlog = new TimeWeightedTally(now);
    }

    public long Arrivals;
    public long Closed;
    public long Responded;
    public long Satisfied;
    public long ClosedWithoutReopening;
    public long Reopenings;
    public long HopSum;
    public long BounceSum;
    public readonly DurationStatistics All = new();
    public readonly DurationStatistics[] ByCategory;
    public readonly DurationStatistics[] ByUrgency;
    public readonly DurationStatistics[] ByTier;

    /// <summary>Single-department cases [0] and comprehensive cases [1].</summary>
    public readonly DurationStatistics[] ByComplexity;

    /// <summary>Time from a whistle to each summoned department's staff reaching the case (M6), and how many within the report deadline.</summary>
    public readonly RunningTally Reports = new();
    public long ReportsOnTime;

    /// <summary>Cases open (arrived and not closed), all of them, warm-up arrivals included.</summary>
    public readonly TimeWeightedTally Backlog;

    public void Reset(double now)
    {
        Arrivals = Closed = Responded = Satisfied = ClosedWithoutReopening = Reopenings = HopSum = BounceSum = 0;
        All.Reset();
        foreach (var s in ByCategory) s.Reset();
        foreach (var s in ByUrgency) s.Reset();
        foreach (var s in ByTier) s.Reset();
        foreach (var s in ByComplexity) s.Reset();
        Reports.Reset();
        ReportsOnTime = 0;
        Backlog.Reset(now);
    }
}
