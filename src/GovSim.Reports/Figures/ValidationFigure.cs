using GovSim.Validation;
using ScottPlot;

namespace GovSim.Reports.Figures;

/// <summary>
/// The queueing-theory validation as a forest plot: for every check, the simulated mean's error
/// relative to the exact value, (simulated − theory) / theory in percent, with its 95% CI and,
/// lighter and wider, the family-wise interval the verdict uses. The dashed line at 0 is theory:
/// a check passes when its family-wise interval crosses it.
/// </summary>
public static class ValidationFigure
{
    public static string Write(IReadOnlyList<ValidationCheck> checks, string folder, FigureStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(checks);
        style ??= FigureStyle.English;
        var plot = FigureCanvas.New(style.Text(FigureText.ValidationTitle, checks.Count(c => c.Passed), checks.Count),
            style.Text(FigureText.ValidationX), "");
        var labels = checks.Select(c => $"{c.Model}: {c.Metric}" + (c.Passed ? "" : " " + style.Text(FigureText.ValidationFailed))).ToList();
        var ys = checks.Select((_, row) => ForestPlot.RowPosition(row, checks.Count, 0, 1)).ToList();
        var errors = checks.Select(c => 100 * c.RelativeError).ToList();
        ForestPlot.AddSeries(plot, errors, ys, checks.Select(c => 100 * c.Judged.HalfWidth / c.Theory).ToList(),
            FigureCanvas.ColourOf(5), style.Text(FigureText.ValidationJudged));
        ForestPlot.AddSeries(plot, errors, ys, checks.Select(c => 100 * c.Simulated.HalfWidth / c.Theory).ToList(),
            FigureCanvas.ColourOf(0), style.Text(FigureText.ValidationCi));
        ForestPlot.Finish(plot, labels);
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        return FigureCanvas.Save(plot, folder, "validation", style);
    }
}
