using GovSim.Models.Engine;
using GovSim.Models.Spec;
using ScottPlot;

namespace GovSim.Reports.Figures;

/// <summary>
/// Utilisation of each tier's staff, per structure side by side, with 95% confidence intervals;
/// the mean queue per unit is written above each bar, since a busy tier matters most where cases wait.
/// </summary>
internal static class UtilisationFigure
{
    public static string Write(IReadOnlyList<StructureRun> runs, string folder, string name = "utilisation")
    {
        var plot = FigureCanvas.New("Utilisation of staff per tier (mean, 95% CI; label: mean queue per unit)",
            "tier", "utilisation (share of staff-time busy)");
        var tiers = Enum.GetValues<Tier>();
        double width = 0.8 / runs.Count;
        for (int i = 0; i < runs.Count; i++)
        {
            var bars = new List<Bar>();
            for (int t = 0; t < tiers.Length; t++)
            {
                string tier = GovernanceResultCollector.TierName(tiers[t]);
                if (!runs[i].Summary.TryGet(new(GovernanceMetrics.TierScope, tier, GovernanceMetrics.Utilisation), out var u)
                    || double.IsNaN(u.Interval.Mean)) continue;
                runs[i].Summary.TryGet(new(GovernanceMetrics.TierScope, tier, GovernanceMetrics.QueuePerUnit), out var q);
                bars.Add(new Bar
                {
                    Position = t - 0.4 + width * (i + 0.5),
                    Value = u.Interval.Mean,
                    Error = u.Interval.HalfWidth,
                    Size = width * 0.9,
                    FillColor = FigureCanvas.ColourOf(i),
                    Label = q is null ? "" : FormattableString.Invariant($"q {q.Interval.Mean:0.##}"),
                });
            }
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = runs[i].Name;
            plottable.ValueLabelStyle.FontSize = 14;
        }
        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, tiers.Length).Select(t => (double)t).ToArray(),
            tiers.Select(GovernanceResultCollector.TierName).ToArray());
        plot.Axes.SetLimitsY(0, 1.1);
        plot.ShowLegend(Alignment.UpperRight);
        return FigureCanvas.Save(plot, folder, name);
    }
}
