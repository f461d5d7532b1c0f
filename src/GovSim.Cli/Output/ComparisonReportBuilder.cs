using GovSim.Cli.Commands;
using GovSim.Models.Spec;
using GovSim.Networks;
using GovSim.Reports.Html;
using static GovSim.Models.Engine.GovernanceMetrics;

namespace GovSim.Cli.Output;

/// <summary>What a comparison produced, as the HTML report needs it.</summary>
/// <param name="Effects">The mechanism effects of <c>--ablate</c>; null when it was not given.</param>
/// <param name="FigureFiles">The PNG files of the figures, where they now are.</param>
internal sealed record ComparisonResults(
    IReadOnlyList<GovernanceSpec> Specs,
    IReadOnlyList<RunSummary> Summaries,
    IReadOnlyList<RunComparison> Comparisons,
    IReadOnlyList<MechanismEffect>? Effects,
    IReadOnlyList<string> FigureFiles);

/// <summary>
/// Turns a comparison's results into the report's content, with the rows, labels, intervals and
/// rankings of the terminal tables (<see cref="GovernanceTables"/>, <see cref="AblationTables"/>)
/// formatted as they are there, so that page and terminal always say the same.
/// </summary>
internal static class ComparisonReportBuilder
{
    public static ComparisonReport Build(ComparisonResults results, IReadOnlyList<string> arguments)
    {
        var specs = results.Specs;
        // Each structure's file and the files it extends, nearest first.
        var chains = specs.Select(s => s.SourceFile is null ? [] : ScenarioAssumptions.Chain(s.SourceFile)).ToList();
        var structures = specs.Select((s, i) => new ReportStructure(
            s,
            (chains[i].Count > 0 ? ScenarioDescription.Read(chains[i][0]) : null) ?? s.Name,
            chains[i].Select(Display).ToList())).ToList();

        var rows = GovernanceTables.Rows(specs[0])
            .Where(r => results.Summaries.Any(s => s.TryGet(r.Key, out _)))
            .Select(r => (Headline: IsHeadline(r.Key), Row: Row(r.Key, r.Label, results)))
            .ToList();

        var run = specs[0].Run;
        // Assumptions: the structures' own files first, then the files they build on (each once).
        return new ComparisonReport(
            structures,
            rows.Where(r => r.Headline).Select(r => r.Row).ToList(),
            rows.Where(r => !r.Headline).Select(r => r.Row).ToList(),
            results.FigureFiles.Select(f => new ReportFigure(Path.GetFileNameWithoutExtension(f), File.ReadAllBytes(f))).ToList(),
            results.Effects is null ? null : Rankings(results.Effects),
            ScenarioAssumptions.Scan(chains.SelectMany(c => c.Take(1)).Concat(chains.SelectMany(c => c.Skip(1))), Display),
            new Reproduction(CommandLineText.Of(arguments), run.Seed, run.Replications, run.Length, run.Warmup,
                ProgramVersion.Informational, ProgramVersion.Commit));
    }

    /// <summary>The main metrics: resolution times, on-time and the three rates, hops, bounces, backlog, utilisation per tier, staff cost.</summary>
    private static bool IsHeadline(MetricKey key) =>
        (key.Scope == Overall && key.Entity == All && key.Name is ResolutionMean or ResolutionP50 or ResolutionP90 or ResolutionP99
            or OnTimeRate or ResponseRate or ResolutionRate or SatisfactionRate or Hops or Bounces or Backlog or Cost)
        || (key.Scope == TierScope && key.Name == Utilisation);

    private static MetricRow Row(MetricKey key, string label, ComparisonResults results)
    {
        var values = results.Summaries
            .Select(s => s.TryGet(key, out var m) ? Format.Interval(m.Interval.Mean, m.Interval.HalfWidth) : "–")
            .ToList();
        var differences = results.Comparisons
            .Select(c => c.Metrics.FirstOrDefault(m => m.Key == key) is { } m ? Cell(m) : null)
            .ToList();
        return new MetricRow(label, values, differences);
    }

    private static List<MechanismRanking> Rankings(IReadOnlyList<MechanismEffect> effects) =>
        effects.GroupBy(e => e.Structure)
            .Select(g => new MechanismRanking(g.Key, AblationTables.Ranked(g)
                .Select((e, i) => new MechanismRow(i + 1, e.Mechanism, e.Change, Cell(e.Mean), Cell(e.P90)))
                .ToList()))
            .ToList();

    /// <summary>A paired difference as the tables print it, with its bounds.</summary>
    private static IntervalCell Cell(MetricComparison m)
    {
        var d = m.Difference;
        string bounds = double.IsNaN(d.HalfWidth) ? "" : $"[{Format.Number(d.Lower)}, {Format.Number(d.Upper)}]";
        return new IntervalCell(Format.Interval(d.Mean, d.HalfWidth), bounds, m.Significant);
    }

    /// <summary>A path relative to the working folder when it lies below it (as a reader would type it), else in full.</summary>
    private static string Display(string path)
    {
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
