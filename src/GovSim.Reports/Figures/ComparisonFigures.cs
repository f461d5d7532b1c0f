using GovSim.Networks;

namespace GovSim.Reports.Figures;

/// <summary>The figures of a run or a comparison, written as PNG and SVG next to its CSV files.</summary>
public static class ComparisonFigures
{
    /// <summary>Writes every figure for <paramref name="runs"/> (one or more structures) into <paramref name="folder"/>; returns the PNG paths.</summary>
    /// <param name="effects">Mechanism effects of an ablation (compare --ablate), drawn as their own forest plot; null for none.</param>
    /// <param name="style">Language and font of the text; null for English in ScottPlot's default font.</param>
    public static IReadOnlyList<string> Write(IReadOnlyList<StructureRun> runs, string folder, IReadOnlyList<MechanismEffectPoint>? effects = null, FigureStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0) throw new ArgumentException("at least one structure is needed", nameof(runs));
        style ??= FigureStyle.English;
        var written = new List<string>
        {
            ResolutionEcdfFigure.Write(runs, folder, style),
            BacklogFigure.Write(runs, folder, style),
        };
        written.AddRange(UtilisationFigure.Write(runs, folder, style));
        foreach (var (scope, fileNoun, noun) in ResolutionBoxFigure.Groupings)
            if (ResolutionBoxFigure.Write(runs, scope, fileNoun, noun, folder, style) is { } box) written.Add(box);
        // Paired differences need common random numbers, i.e. structures that were run as a comparison.
        if (runs.Count > 1)
        {
            var comparisons = runs.Skip(1).Select(r => RunComparison.Compare(runs[0].Summary, r.Summary)).ToList();
            if (DifferencesFigure.Write(runs, comparisons, folder, style) is { } differences) written.Add(differences);
        }
        if (effects is not null && AblationFigure.Write(effects, runs.Select(r => r.Name).ToList(), folder, style) is { } ablation)
            written.Add(ablation);
        return written;
    }
}
