using GovSim.Models.Engine;
using GovSim.Statistics;

namespace GovSim.Reports.Figures;

/// <summary>
/// Cases open over simulated time, per structure: the mean over replications at each sampling
/// time, with the 95% confidence band of that mean. The warm-up is shaded so that a reader sees
/// what the summary figures leave out.
/// </summary>
internal static class BacklogFigure
{
    public static string Write(IReadOnlyList<StructureRun> runs, string folder, FigureStyle style, string name = "backlog")
    {
        var plot = FigureCanvas.New(style.Text(FigureText.BacklogTitle), style.Text(FigureText.BacklogX), style.Text(FigureText.BacklogY));
        double warmup = runs[0].Spec.Run.Warmup;
        if (warmup > 0)
        {
            var span = plot.Add.HorizontalSpan(0, warmup / 24);
            span.FillStyle.Color = ScottPlot.Colors.Gray.WithAlpha(0.15);
            span.LegendText = style.Text(FigureText.WarmUp);
        }
        for (int i = 0; i < runs.Count; i++)
        {
            var byTime = runs[i].Summary.Replications
                .SelectMany(r => r.Series)
                .Where(p => p.Series == GovernanceResultCollector.BacklogSeries)
                .GroupBy(p => p.Time)
                .OrderBy(g => g.Key)
                .Select(g => (Time: g.Key, Interval: ConfidenceInterval.FromSample(g.Select(p => p.Value).ToArray())))
                .ToList();
            if (byTime.Count == 0) continue;
            double[] days = byTime.Select(p => p.Time / 24).ToArray();
            var colour = FigureCanvas.ColourOf(i);
            if (byTime.All(p => p.Interval.Count > 1))
            {
                var band = plot.Add.FillY(days,
                    byTime.Select(p => p.Interval.Lower).ToArray(), byTime.Select(p => p.Interval.Upper).ToArray());
                band.FillColor = colour.WithAlpha(0.25);
                band.LineWidth = 0;
            }
            var line = plot.Add.Scatter(days, byTime.Select(p => p.Interval.Mean).ToArray(), colour);
            line.LineWidth = 3;
            line.MarkerSize = 0;
            line.LegendText = runs[i].Name;
        }
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        return FigureCanvas.Save(plot, folder, name, style);
    }
}
