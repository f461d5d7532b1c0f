using GovSim.Models.Spec;

namespace GovSim.Reports.Html;

/// <summary>
/// Everything the HTML report of a comparison shows, already computed and formatted by the
/// command that ran it: the page only lays it out, so that it can never disagree with the
/// terminal tables and CSV files.
/// </summary>
/// <param name="Structures">The structures compared; the first is the baseline of every difference.</param>
/// <param name="Headline">The main metrics, in table order.</param>
/// <param name="FurtherMetrics">The remaining metrics of the terminal table (per urgency, per tier, …).</param>
/// <param name="Figures">The figures, in the order they were drawn.</param>
/// <param name="Ablation">The mechanism ranking per structure; null when no ablation was run.</param>
/// <param name="Assumptions">Lines of the scenario files that mark an assumption or cite a source.</param>
/// <param name="Reproduction">How to run the comparison again.</param>
public sealed record ComparisonReport(
    IReadOnlyList<ReportStructure> Structures,
    IReadOnlyList<MetricRow> Headline,
    IReadOnlyList<MetricRow> FurtherMetrics,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<MechanismRanking>? Ablation,
    IReadOnlyList<AssumptionLine> Assumptions,
    Reproduction Reproduction);

/// <summary>One compared structure: its scenario, what its file says it is, and the files it was read from.</summary>
/// <param name="Description">The scenario's own description (its leading comment), or its name when it has none.</param>
/// <param name="Files">The scenario file and the files it extends, nearest first.</param>
public sealed record ReportStructure(GovernanceSpec Spec, string Description, IReadOnlyList<string> Files);

/// <summary>A 95% interval as shown: "mean ± half-width", its bounds, and whether it excludes zero.</summary>
public sealed record IntervalCell(string Text, string Bounds, bool ExcludesZero);

/// <summary>One metric row: each structure's mean ± 95% CI, and each later structure's paired difference from the first.</summary>
/// <param name="Values">One entry per structure ("–" when a structure does not report the metric).</param>
/// <param name="Differences">One entry per structure after the first; null when the difference is not defined.</param>
public sealed record MetricRow(string Metric, IReadOnlyList<string> Values, IReadOnlyList<IntervalCell?> Differences);

/// <summary>A figure embedded in the page.</summary>
/// <param name="Name">The figure's file name without extension, e.g. "backlog".</param>
/// <param name="Png">The PNG file's bytes.</param>
public sealed record ReportFigure(string Name, byte[] Png)
{
    /// <summary>One line saying what the figure shows.</summary>
    public string Caption => FigureCaptions.For(Name);
}

/// <summary>The mechanisms of one structure ranked by their paired effect on resolution time.</summary>
public sealed record MechanismRanking(string Structure, IReadOnlyList<MechanismRow> Rows);

/// <summary>One mechanism's effect (with it − without it, paired) on mean and p90 resolution time.</summary>
public sealed record MechanismRow(int Rank, string Mechanism, string SwitchedOffAs, IntervalCell EffectOnMean, IntervalCell EffectOnP90);

/// <summary>A scenario line whose comment marks an assumption or cites a source text.</summary>
/// <param name="File">The file, as shown to the reader.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Key">The key's path (e.g. <c>units.city.hotline.staff</c>); for a comment on a line of its own, the key it stands above, or empty.</param>
/// <param name="Value">The value written on the line, or empty.</param>
/// <param name="Comment">The comment, without the leading '#'.</param>
public sealed record AssumptionLine(string File, int Line, string Key, string Value, string Comment);

/// <summary>What it takes to run the comparison again and get the same numbers.</summary>
/// <param name="CommandLine">The command line, every argument as given.</param>
/// <param name="Horizon">Hours per replication, warm-up included.</param>
/// <param name="Warmup">Hours of warm-up.</param>
/// <param name="Version">The program's informational version.</param>
/// <param name="Commit">The source commit, when known.</param>
public sealed record Reproduction(string CommandLine, ulong Seed, int Replications, double Horizon, double Warmup, string Version, string? Commit);
