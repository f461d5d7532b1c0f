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
    public double Value(string scope, string entity, string name)
    {
        foreach (var m in Metrics)
            if (m.Scope == scope && m.Entity == entity && m.Name == name) return m.Value;
        throw new KeyNotFoundException($"no metric {scope}:{entity}:{name}");
    }
}
