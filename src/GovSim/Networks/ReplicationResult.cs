namespace GovSim.Networks;

/// <summary>What one replication measured, plus the counters that prove nothing was lost.</summary>
public sealed record ReplicationResult(
    int Replication,
    IReadOnlyList<Metric> Metrics,
    long TotalArrivals,
    long TotalDepartures,
    long TotalAbandoned,
    long InSystemAtEnd,
    long EventsExecuted)
{
    /// <summary>Figures over simulated time (e.g. the backlog each day), when the model records any.</summary>
    public IReadOnlyList<SeriesPoint> Series { get; init; } = [];

    /// <summary>Quantile curves of a distribution per group (e.g. resolution time), when the model records any.</summary>
    public IReadOnlyList<QuantilePoint> Quantiles { get; init; } = [];

    public double Value(string scope, string entity, string name)
    {
        foreach (var m in Metrics)
            if (m.Scope == scope && m.Entity == entity && m.Name == name) return m.Value;
        throw new KeyNotFoundException($"no metric {scope}:{entity}:{name}");
    }
}

/// <summary>One point of a time series: series name, simulated time in hours, value.</summary>
public readonly record struct SeriesPoint(string Series, double Time, double Value);

/// <summary>One point of a quantile curve: the group (e.g. "all", "urgency:key"), a probability p and the p-quantile.</summary>
public readonly record struct QuantilePoint(string Group, double Probability, double Value);
