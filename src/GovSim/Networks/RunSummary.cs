using GovSim.Statistics;

namespace GovSim.Networks;

/// <summary>All replications of a run, and every metric summarised across them.</summary>
public sealed class RunSummary
{
    private readonly Dictionary<MetricKey, MetricSummary> _byKey;

    private RunSummary(IReadOnlyList<ReplicationResult> replications, IReadOnlyList<MetricSummary> metrics)
    {
        Replications = replications;
        Metrics = metrics;
        _byKey = metrics.ToDictionary(m => m.Key);
    }

    public IReadOnlyList<ReplicationResult> Replications { get; }

    /// <summary>Summaries in the order the metrics were reported.</summary>
    public IReadOnlyList<MetricSummary> Metrics { get; }

    public MetricSummary this[string scope, string entity, string name] =>
        _byKey.TryGetValue(new MetricKey(scope, entity, name), out var m)
            ? m
            : throw new KeyNotFoundException($"no metric {scope}:{entity}:{name}");

    public bool TryGet(MetricKey key, out MetricSummary summary) => _byKey.TryGetValue(key, out summary!);

    public static RunSummary From(IReadOnlyList<ReplicationResult> replications)
    {
        ArgumentNullException.ThrowIfNull(replications);
        if (replications.Count == 0) throw new ArgumentException("a run needs at least one replication", nameof(replications));
        var keys = replications[0].Metrics.Select(m => m.Key).ToList();
        var values = keys.ToDictionary(k => k, _ => new double[replications.Count]);
        for (int r = 0; r < replications.Count; r++)
        {
            var metrics = replications[r].Metrics;
            if (metrics.Count != keys.Count) throw new InvalidOperationException("replications reported different metrics");
            for (int i = 0; i < metrics.Count; i++) values[metrics[i].Key][r] = metrics[i].Value;
        }
        var summaries = keys
            .Select(k => new MetricSummary(k, ConfidenceInterval.FromSample(values[k]), values[k]))
            .ToList();
        return new RunSummary(replications, summaries);
    }
}
