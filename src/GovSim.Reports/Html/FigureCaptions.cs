namespace GovSim.Reports.Html;

/// <summary>One-line captions for the figures <see cref="Figures.ComparisonFigures"/> draws, keyed by file name.</summary>
public static class FigureCaptions
{
    /// <summary>What the figure named <paramref name="name"/> (file name without extension) shows.</summary>
    public static string For(string name) => name switch
    {
        "resolution-ecdf" => "Share of cases resolved within a given time (log time axis); the marks are each structure's p50, p90 and p99.",
        "backlog" => "Cases open over simulated time: the mean over replications with its 95% band; the shaded start is the warm-up.",
        "utilisation" => "Share of staff time busy at each tier, structures side by side, with 95% CIs.",
        "queue" => "Mean number of cases waiting per unit at each tier, structures side by side, with 95% CIs.",
        "utilisation-by-unit" => "Share of staff time busy in each unit type, structures side by side, with 95% CIs.",
        "queue-by-unit" => "Mean number of cases waiting per unit of each unit type, structures side by side, with 95% CIs.",
        "resolution-by-urgency" => "Resolution time by urgency class, structures side by side (box p25–p75, line median, whiskers p10–p90).",
        "resolution-by-category" => "Resolution time by case category, structures side by side (box p25–p75, line median, whiskers p10–p90).",
        "resolution-by-resolving-tier" => "Resolution time by the tier that resolved the case, structures side by side (box p25–p75, whiskers p10–p90).",
        "resolution-by-complexity" => "Resolution time of single-department and comprehensive cases, structures side by side (box p25–p75, whiskers p10–p90).",
        "differences" => "Paired differences from the first structure with 95% CIs, as % of its mean; an interval clear of zero is a real difference.",
        "ablation" => "Each mechanism's paired effect on mean resolution time (with it − without it, 95% CI), per structure.",
        _ => name,
    };
}
