using GovSim.Models.Engine;
using ScottPlot;

namespace GovSim.Reports.Figures;

/// <summary>
/// Share of cases resolved within t hours, per structure, on a logarithmic time axis, with the
/// median, p90 and p99 marked: the whole distribution, where the tables give a few points of it.
/// The curve is the replications' quantile curves averaged point by point.
/// </summary>
internal static class ResolutionEcdfFigure
{
    private static readonly (double P, string Label)[] Marked = [(0.5, "p50"), (0.9, "p90"), (0.99, "p99")];

    public static string Write(IReadOnlyList<StructureRun> runs, string folder, FigureStyle style, string name = "resolution-ecdf")
    {
        var plot = FigureCanvas.New(style.Text(FigureText.EcdfTitle), style.Text(FigureText.EcdfX), style.Text(FigureText.EcdfY));
        for (int i = 0; i < runs.Count; i++)
        {
            var curve = runs[i].MeanQuantiles(GovernanceMetrics.All).Where(q => q.Value > 0).ToList();
            if (curve.Count == 0) continue;
            var colour = FigureCanvas.ColourOf(i);
            var line = plot.Add.Scatter(curve.Select(q => Math.Log10(q.Value)).ToArray(), curve.Select(q => q.Probability).ToArray(), colour);
            line.LineWidth = 3;
            line.MarkerSize = 0;
            // The quantiles are marked on the curve and their values given in the legend: labels
            // beside the points collide where the curves run close together.
            var values = new List<string>();
            foreach (var (p, label) in Marked)
            {
                double t = runs[i].MeanQuantile(GovernanceMetrics.All, p);
                if (!(t > 0)) continue;
                plot.Add.Marker(Math.Log10(t), p, MarkerShape.FilledCircle, 12, colour);
                values.Add(style.Text(FigureText.QuantileMark, label, t.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)));
            }
            line.LegendText = values.Count == 0 ? runs[i].Name : $"{runs[i].Name}: {string.Join(", ", values)}";
        }
        LogAxis.Apply(plot.Axes.Bottom);
        plot.Axes.SetLimitsY(0, 1.02);
        plot.ShowLegend(Alignment.LowerRight);
        return FigureCanvas.Save(plot, folder, name, style);
    }
}
