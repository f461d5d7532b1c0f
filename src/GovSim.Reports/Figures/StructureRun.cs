using GovSim.Models.Spec;
using GovSim.Networks;

namespace GovSim.Reports.Figures;

/// <summary>One structure's scenario and the summary of its replications: what every figure draws from.</summary>
public sealed record StructureRun(GovernanceSpec Spec, RunSummary Summary)
{
    public string Name => Spec.Name;

    /// <summary>The p-quantile curve of <paramref name="group"/>, averaged over the replications (Vincent averaging), or empty.</summary>
    public IReadOnlyList<(double Probability, double Value)> MeanQuantiles(string group)
    {
        var byProbability = Summary.Replications
            .SelectMany(r => r.Quantiles)
            .Where(q => q.Group == group)
            .GroupBy(q => q.Probability)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Average(q => q.Value)))
            .ToList();
        return byProbability;
    }

    /// <summary>The mean quantile of <paramref name="group"/> at probability <paramref name="p"/>; NaN when not recorded.</summary>
    public double MeanQuantile(string group, double p)
    {
        foreach (var (probability, value) in MeanQuantiles(group))
            if (Math.Abs(probability - p) < 1e-9) return value;
        return double.NaN;
    }
}
