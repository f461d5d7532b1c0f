using GovSim.Models.Engine;
using ScottPlot;

namespace GovSim.Reports.Figures;

/// <summary>
/// Resolution time by group (urgency class, category, resolving tier or complexity), one box per
/// structure side by side: the box spans p25–p75 with the median inside, the whiskers p10–p90
/// (from the replications' quantile curves averaged point by point; no outliers are drawn).
/// </summary>
internal static class ResolutionBoxFigure
{
    /// <param name="fileNoun">Names the file (resolution-by-NOUN), the same in every language.</param>
    public static string? Write(IReadOnlyList<StructureRun> runs, string scope, string fileNoun, Phrase groupNoun, string folder, FigureStyle style)
    {
        string prefix = scope + ":";
        var groups = runs
            .SelectMany(r => r.Summary.Replications.SelectMany(x => x.Quantiles))
            .Select(q => q.Group)
            .Where(g => g.StartsWith(prefix, StringComparison.Ordinal))
            .Distinct()
            .ToList();
        if (groups.Count == 0) return null;
        string noun = style.Text(groupNoun);
        var plot = FigureCanvas.New(style.Text(FigureText.BoxTitle, noun), noun, style.Text(FigureText.ResolutionHours));
        double width = 0.8 / runs.Count;
        for (int i = 0; i < runs.Count; i++)
        {
            var boxes = new List<Box>();
            for (int g = 0; g < groups.Count; g++)
            {
                double Q(double p) => runs[i].MeanQuantile(groups[g], p);
                if (double.IsNaN(Q(0.5))) continue;
                boxes.Add(new Box
                {
                    Position = g - 0.4 + width * (i + 0.5),
                    Width = width * 0.85,
                    WhiskerMin = Q(0.10),
                    BoxMin = Q(0.25),
                    BoxMiddle = Q(0.50),
                    BoxMax = Q(0.75),
                    WhiskerMax = Q(0.90),
                });
            }
            var plottable = plot.Add.Boxes(boxes);
            plottable.FillColor = FigureCanvas.ColourOf(i).WithAlpha(0.6);
            plottable.LegendText = runs[i].Name;
        }
        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, groups.Count).Select(g => (double)g).ToArray(),
            groups.Select(g => style.Name(g[prefix.Length..])).ToArray());
        // Times start at 0: the automatic limits would cut short whiskers of quick groups.
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, plot.Axes.GetLimits().Top * 1.1);
        plot.ShowLegend(Alignment.UpperLeft);
        return FigureCanvas.Save(plot, folder, "resolution-by-" + fileNoun, style);
    }

    /// <summary>The groupings drawn, as (scope, noun in the file name, noun in the title and axis).</summary>
    public static readonly (string Scope, string FileNoun, Phrase Noun)[] Groupings =
    [
        (GovernanceMetrics.UrgencyScope, "urgency", FigureText.Urgency),
        (GovernanceMetrics.CategoryScope, "category", FigureText.Category),
        (GovernanceMetrics.ResolvingTierScope, "resolving-tier", FigureText.ResolvingTier),
        (GovernanceMetrics.ComplexityScope, "complexity", FigureText.Complexity),
    ];
}
