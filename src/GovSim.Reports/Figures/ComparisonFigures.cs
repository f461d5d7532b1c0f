namespace GovSim.Reports.Figures;

/// <summary>The figures of a run or a comparison, written as PNG and SVG next to its CSV files.</summary>
public static class ComparisonFigures
{
    /// <summary>Writes every figure for <paramref name="runs"/> (one or more structures) into <paramref name="folder"/>; returns the PNG paths.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<StructureRun> runs, string folder)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0) throw new ArgumentException("at least one structure is needed", nameof(runs));
        return
        [
            ResolutionEcdfFigure.Write(runs, folder),
            BacklogFigure.Write(runs, folder),
            UtilisationFigure.Write(runs, folder),
        ];
    }
}
