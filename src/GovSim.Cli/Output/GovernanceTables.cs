using GovSim.Cli.Commands;
using GovSim.Models.Engine;
using GovSim.Models.Spec;
using GovSim.Networks;
using Spectre.Console;
using static GovSim.Models.Engine.GovernanceMetrics;

namespace GovSim.Cli.Output;

/// <summary>The tables of governance runs and comparisons: the figures a reader looks at first; the CSV files have all.</summary>
internal static class GovernanceTables
{
    /// <summary>The rows shown, as (scope, entity, metric, label); entity null means every entity of that scope.</summary>
    internal static IEnumerable<(MetricKey Key, string Label)> Rows(GovernanceSpec spec)
    {
        (MetricKey, string) Row(string scope, string entity, string metric, string label) => (new MetricKey(scope, entity, metric), label);
        yield return Row(Overall, All, ResolutionMean, "resolution time, mean (h)");
        yield return Row(Overall, All, ResolutionP50, "resolution time, p50 (h)");
        yield return Row(Overall, All, ResolutionP90, "resolution time, p90 (h)");
        yield return Row(Overall, All, ResolutionP99, "resolution time, p99 (h)");
        yield return Row(Overall, All, OnTimeRate, "on-time rate");
        yield return Row(Overall, All, ResponseRate, "response rate");
        yield return Row(Overall, All, ResolutionRate, "resolution rate (not reopened)");
        yield return Row(Overall, All, SatisfactionRate, "satisfaction rate");
        yield return Row(Overall, All, Hops, "hops per case");
        yield return Row(Overall, All, Bounces, "bounces per case");
        yield return Row(Overall, All, Backlog, "backlog, mean open cases");
        yield return Row(ComplexityScope, SingleCases, ResolutionMean, "single-department: resolution mean (h)");
        yield return Row(ComplexityScope, ComprehensiveCases, ResolutionMean, "comprehensive: resolution mean (h)");
        yield return Row(ComplexityScope, ComprehensiveCases, ResolutionP90, "comprehensive: resolution p90 (h)");
        yield return Row(ComplexityScope, ComprehensiveCases, OnTimeRate, "comprehensive: on-time rate");
        yield return Row(Overall, All, ReportMean, "whistle: report time, mean (h)");
        yield return Row(Overall, All, ReportOnTimeRate, "whistle: reported in time");
        foreach (var u in spec.Urgencies)
        {
            yield return Row(UrgencyScope, u.Name, ResolutionMean, $"{u.Name}: resolution mean (h)");
            yield return Row(UrgencyScope, u.Name, OnTimeRate, $"{u.Name}: on-time rate");
        }
        foreach (Tier t in Enum.GetValues<Tier>())
        {
            string name = GovernanceResultCollector.TierName(t);
            yield return Row(ResolvingTierScope, name, Share, $"resolved at {name}: share");
        }
        foreach (Tier t in Enum.GetValues<Tier>())
        {
            string name = GovernanceResultCollector.TierName(t);
            yield return Row(TierScope, name, Utilisation, $"{name}: utilisation");
            yield return Row(TierScope, name, QueuePerUnit, $"{name}: queue per unit");
        }
        foreach (Tier t in Enum.GetValues<Tier>())
            yield return Row(TierScope, GovernanceResultCollector.TierName(t), Staff, $"{GovernanceResultCollector.TierName(t)}: staff");
        yield return Row(Overall, All, Staff, "staff, total");
        yield return Row(Overall, All, Cost, "staff cost, total");
    }

    public static void WriteRun(IAnsiConsole console, GovernanceSpec spec, RunSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"{spec.Name}: mean ± 95% CI over {spec.Run.Replications} replications"))
            .AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
        foreach (var (key, label) in Rows(spec))
            if (summary.TryGet(key, out var m)) table.AddRow(Markup.Escape(label), Format.Interval(m.Interval.Mean, m.Interval.HalfWidth));
        console.Write(table);
    }

    /// <remarks>A figure only some structures report (e.g. whistle report times) is shown for those, without a difference.</remarks>
    public static void WriteComparison(
        IAnsiConsole console, IReadOnlyList<GovernanceSpec> specs, IReadOnlyList<RunSummary> summaries, IReadOnlyList<RunComparison> comparisons)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"mean ± 95% CI over {specs[0].Run.Replications} replications on common random numbers; differences paired"))
            .AddColumn("metric")
            .AddColumn(new TableColumn(Markup.Escape(specs[0].Name)).RightAligned());
        for (int i = 1; i < specs.Count; i++)
        {
            table.AddColumn(new TableColumn(Markup.Escape(specs[i].Name)).RightAligned());
            table.AddColumn(new TableColumn(Markup.Escape($"{specs[i].Name} − {specs[0].Name}")).RightAligned());
        }
        string Alone(int structure, MetricKey key)
        {
            if (!summaries[structure].TryGet(key, out var alone)) return "–";
            return Format.Interval(alone.Interval.Mean, alone.Interval.HalfWidth);
        }

        foreach (var (key, label) in Rows(specs[0]))
        {
            var cells = new List<string> { Markup.Escape(label) };
            bool any = summaries.Any(s => s.TryGet(key, out _));
            for (int i = 0; i < comparisons.Count; i++)
            {
                if (!TryGet(comparisons[i], key, out var m))
                {
                    if (i == 0) cells.Add(Alone(0, key));
                    cells.Add(Alone(i + 1, key));
                    cells.Add("–");
                    continue;
                }
                if (i == 0) cells.Add(Format.Interval(m.A.Mean, m.A.HalfWidth));
                cells.Add(Format.Interval(m.B.Mean, m.B.HalfWidth));
                string diff = Format.Interval(m.Difference.Mean, m.Difference.HalfWidth);
                cells.Add(m.Significant ? $"[bold]{Markup.Escape(diff)}[/]" : Markup.Escape(diff));
            }
            if (any) table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }

    private static bool TryGet(RunComparison comparison, MetricKey key, out MetricComparison metric)
    {
        foreach (var m in comparison.Metrics)
        {
            if (m.Key == key)
            {
                metric = m;
                return true;
            }
        }
        metric = null!;
        return false;
    }
}
