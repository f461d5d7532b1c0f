using GovSim.Statistics;

namespace GovSim.Networks;

/// <summary>
/// Two runs of different structures on common random numbers, compared metric by metric: each
/// structure's mean with its 95% CI and the paired difference (B − A) with its 95% CI, computed
/// from the replication-by-replication differences. Pairing is what common random numbers buy:
/// replication r of both runs saw the same arrivals, so their difference is far less noisy than
/// the difference of two independent means.
/// </summary>
public sealed class RunComparison
{
    private readonly Dictionary<MetricKey, MetricComparison> _byKey;

    private RunComparison(IReadOnlyList<MetricComparison> metrics)
    {
        Metrics = metrics;
        _byKey = metrics.ToDictionary(m => m.Key);
    }

    /// <summary>Metrics both runs report, in the order of the first.</summary>
    public IReadOnlyList<MetricComparison> Metrics { get; }

    public MetricComparison this[string scope, string entity, string name] =>
        _byKey.TryGetValue(new MetricKey(scope, entity, name), out var m)
            ? m
            : throw new KeyNotFoundException($"no metric {scope}:{entity}:{name} in both runs");

    public static RunComparison Compare(RunSummary a, RunSummary b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Replications.Count != b.Replications.Count)
            throw new ArgumentException("paired comparison needs the same number of replications in both runs");
        var metrics = new List<MetricComparison>();
        foreach (var ma in a.Metrics)
        {
            if (!b.TryGet(ma.Key, out var mb)) continue;
            var va = ma.Values.ToArray();
            var vb = mb.Values.ToArray();
            metrics.Add(new MetricComparison(ma.Key, ma.Interval, mb.Interval, ConfidenceInterval.FromPairedDifferences(vb, va)));
        }
        return new RunComparison(metrics);
    }
}

/// <summary>One metric of two runs: A's and B's means with CIs, and the paired difference B − A.</summary>
public sealed record MetricComparison(MetricKey Key, ConfidenceInterval A, ConfidenceInterval B, ConfidenceInterval Difference)
{
    /// <summary>True when the 95% CI of the difference excludes zero.</summary>
    public bool Significant => Difference.Lower > 0 || Difference.Upper < 0;
}
