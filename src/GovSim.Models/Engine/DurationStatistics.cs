using GovSim.Statistics;

namespace GovSim.Models.Engine;

/// <summary>Mean and bounded-memory quantiles of one group of durations (e.g. resolution times of one category).</summary>
internal sealed class DurationStatistics
{
    public readonly RunningTally Tally = new();
    public readonly QuantileSketch Quantiles = new();
    public long OnTime;

    public void Add(double hours, bool onTime)
    {
        Tally.Add(hours);
        Quantiles.Add(hours);
        if (onTime) OnTime++;
    }

    public double OnTimeRate => Tally.Count > 0 ? (double)OnTime / Tally.Count : double.NaN;

    public void Reset()
    {
        Tally.Reset();
        Quantiles.Reset();
        OnTime = 0;
    }
}
