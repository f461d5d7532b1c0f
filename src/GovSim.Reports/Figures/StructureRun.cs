using GovSim.Models.Spec;
using GovSim.Networks;

namespace GovSim.Reports.Figures;

/// <summary>One structure's scenario and the summary of its replications: what every figure draws from.</summary>
public sealed record StructureRun(GovernanceSpec Spec, RunSummary Summary)
{
    private Dictionary<string, List<(double Probability, double Value)>>? _meanCurves;

    public string Name => Spec.Name;

    /// <summary>The p-quantile curve of <paramref name="group"/>, averaged over the replications (Vincent averaging), or empty.</summary>
    public IReadOnlyList<(double Probability, double Value)> MeanQuantiles(string group)
    {
        // Averaged once for every group: figures ask for the same curves many times.
        _meanCurves ??= Summary.Replications
            .SelectMany(r => r.Quantiles)
            .GroupBy(q => q.Group)
            .ToDictionary(g => g.Key, g => g
                .GroupBy(q => q.Probability)
                .OrderBy(p => p.Key)
                .Select(p => (p.Key, p.Average(q => q.Value)))
                .ToList());
        return _meanCurves.TryGetValue(group, out var curve) ? curve : [];
    }

    /// <summary>The mean quantile of <paramref name="group"/> at probability <paramref name="p"/>; NaN when not recorded.</summary>
    public double MeanQuantile(string group, double p)
    {
        foreach (var (probability, value) in MeanQuantiles(group))
            if (Math.Abs(probability - p) < 1e-9) return value;
        return double.NaN;
    }
}
