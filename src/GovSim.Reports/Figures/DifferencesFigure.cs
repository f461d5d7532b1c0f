using GovSim.Models.Engine;
using GovSim.Networks;
using ScottPlot;
using static GovSim.Models.Engine.GovernanceMetrics;

namespace GovSim.Reports.Figures;

/// <summary>
/// Forest plot of the paired differences against the first structure: each headline metric's
/// difference (B − A) with its 95% CI, as a percentage of A's mean so that hours, rates and counts
/// share one axis. An interval that does not cross 0 is a difference the replications support.
/// </summary>
internal static class DifferencesFigure
{
    private static readonly (string Scope, string Entity, string Metric, Phrase Label)[] Headline =
    [
        (Overall, All, ResolutionMean, FigureText.ResolutionMean),
        (Overall, All, ResolutionP50, FigureText.ResolutionP50),
        (Overall, All, ResolutionP90, FigureText.ResolutionP90),
        (Overall, All, ResolutionP99, FigureText.ResolutionP99),
        (ComplexityScope, ComprehensiveCases, ResolutionMean, FigureText.ComprehensiveMean),
        (Overall, All, OnTimeRate, FigureText.OnTimeRate),
        (Overall, All, SatisfactionRate, FigureText.SatisfactionRate),
        (Overall, All, ResolutionRate, FigureText.ResolutionRate),
        (Overall, All, Hops, FigureText.Hops),
        (Overall, All, Bounces, FigureText.Bounces),
        (Overall, All, GovernanceMetrics.Backlog, FigureText.Backlog),
    ];

    public static string? Write(IReadOnlyList<StructureRun> runs, IReadOnlyList<RunComparison> comparisons, string folder, FigureStyle style, string name = "differences")
    {
        if (comparisons.Count == 0) return null;
        var plot = FigureCanvas.New(style.Text(FigureText.DifferencesTitle, runs[0].Name),
            style.Text(FigureText.DifferencesX, runs[0].Name), "");
        var rows = Headline.Where(h => comparisons.Any(c => Find(c, h) is not null)).ToList();
        for (int k = 0; k < comparisons.Count; k++)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            var errors = new List<double>();
            for (int row = 0; row < rows.Count; row++)
            {
                var m = Find(comparisons[k], rows[row]);
                if (m is null || !(Math.Abs(m.A.Mean) > 0)) continue;
                xs.Add(100 * m.Difference.Mean / Math.Abs(m.A.Mean));
                errors.Add(100 * m.Difference.HalfWidth / Math.Abs(m.A.Mean));
                ys.Add(ForestPlot.RowPosition(row, rows.Count, k, comparisons.Count));
            }
            ForestPlot.AddSeries(plot, xs, ys, errors, FigureCanvas.ColourOf(k + 1), $"{runs[k + 1].Name} − {runs[0].Name}");
        }
        ForestPlot.Finish(plot, rows.Select(r => style.Text(r.Label)).ToList());
        return FigureCanvas.Save(plot, folder, name, style);
    }

    private static MetricComparison? Find(RunComparison comparison, (string Scope, string Entity, string Metric, Phrase Label) row)
    {
        foreach (var m in comparison.Metrics)
            if (m.Key.Scope == row.Scope && m.Key.Entity == row.Entity && m.Key.Name == row.Metric) return m;
        return null;
    }
}
