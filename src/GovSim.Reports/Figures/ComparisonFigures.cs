using GovSim.Networks;

namespace GovSim.Reports.Figures;

/// <summary>The figures of a run or a comparison, written as PNG and SVG next to its CSV files.</summary>
public static class ComparisonFigures
{
    /// <summary>Writes every figure for <paramref name="runs"/> (one or more structures) into <paramref name="folder"/>; returns the PNG paths.</summary>
    /// <param name="effects">Mechanism effects of an ablation (compare --ablate), drawn as their own forest plot; null for none.</param>
    public static IReadOnlyList<string> Write(IReadOnlyList<StructureRun> runs, string folder, IReadOnlyList<MechanismEffectPoint>? effects = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0) throw new ArgumentException("at least one structure is needed", nameof(runs));
        var written = new List<string>
        {
            ResolutionEcdfFigure.Write(runs, folder),
            BacklogFigure.Write(runs, folder),
            UtilisationFigure.Write(runs, folder),
        };
        foreach (var (scope, noun) in ResolutionBoxFigure.Groupings)
            if (ResolutionBoxFigure.Write(runs, scope, noun, folder) is { } box) written.Add(box);
        // Paired differences need common random numbers, i.e. structures that were run as a comparison.
        if (runs.Count > 1)
        {
            var comparisons = runs.Skip(1).Select(r => RunComparison.Compare(runs[0].Summary, r.Summary)).ToList();
            if (DifferencesFigure.Write(runs, comparisons, folder) is { } differences) written.Add(differences);
        }
        if (effects is not null && AblationFigure.Write(effects, runs.Select(r => r.Name).ToList(), folder) is { } ablation)
            written.Add(ablation);
        return written;
    }
}
