using GovSim.Statistics;

namespace GovSim.Networks;

/// <summary>End-to-end observations of one customer class, since the last reset (end of warm-up).</summary>
internal sealed class ClassStatistics
{
    public long Arrivals;
    public long Completed;
    public long Abandoned;
    public readonly RunningTally Sojourn = new();
    public readonly QuantileSketch SojournQuantiles = new();
    /// <summary>Station visits of the customers that completed, summed (its mean is VisitSum / Completed).</summary>
    public long VisitSum;

    public void Reset()
    {
        Arrivals = Completed = Abandoned = VisitSum = 0;
        Sojourn.Reset();
        SojournQuantiles.Reset();
    }
}
