using ScottPlot;

namespace GovSim.Reports.Figures;

/// <summary>
/// The parts of a forest plot: one row per item (top to bottom), one point with a horizontal 95%
/// interval per series in each row, slightly offset so that series do not hide each other, and a
/// dashed line at zero.
/// </summary>
internal static class ForestPlot
{
    /// <summary>Where series <paramref name="series"/> of <paramref name="seriesCount"/> is drawn in row <paramref name="row"/> of <paramref name="rows"/>.</summary>
    public static double RowPosition(int row, int rows, int series, int seriesCount) =>
        rows - 1 - row + 0.3 - 0.6 / seriesCount * (series + 0.5);

    public static void AddSeries(Plot plot, IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<double> halfWidths, Color colour, string legend)
    {
        if (xs.Count == 0) return;
        var none = new double[xs.Count];
        plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, ys, halfWidths, halfWidths, none, none)
        {
            Color = colour,
            LineWidth = 2,
            CapSize = 8,
        });
        var points = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), colour);
        points.LineWidth = 0;
        points.MarkerSize = 12;
        points.LegendText = legend;
    }

    public static void Finish(Plot plot, IReadOnlyList<string> rowLabels)
    {
        plot.Add.VerticalLine(0, 2, Colors.Black, LinePattern.Dashed);
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, rowLabels.Count).Select(r => (double)(rowLabels.Count - 1 - r)).ToArray(),
            rowLabels.ToArray());
        plot.ShowLegend(Alignment.LowerRight);
    }
}
