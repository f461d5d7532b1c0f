using System.Globalization;
using CsvHelper;
using GovSim.Cli.Commands;
using GovSim.Networks;
using Spectre.Console;

namespace GovSim.Cli.Output;

/// <summary>One mechanism's effect in one structure: the structure with it minus the structure without it.</summary>
internal sealed record MechanismEffect(string Structure, string Mechanism, string Change, MetricComparison Mean, MetricComparison P90);

/// <summary>The ranking of mechanisms by their paired effect on resolution time, as a table and as <c>ablation.csv</c>.</summary>
internal static class AblationTables
{
    public static void Write(IAnsiConsole console, string structure, IReadOnlyList<MechanismEffect> effects)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"{structure}: which mechanisms matter (effect = with − without, paired, 95% CI; ranked by |effect on mean|)"))
            .AddColumn("rank").AddColumn("mechanism").AddColumn("switched off as")
            .AddColumn(new TableColumn("effect on mean resolution (h)").RightAligned())
            .AddColumn(new TableColumn("effect on p90 (h)").RightAligned());
        int rank = 1;
        foreach (var e in Ranked(effects))
        {
            table.AddRow(
                (rank++).ToString(CultureInfo.InvariantCulture), Markup.Escape(e.Mechanism), Markup.Escape(e.Change),
                Cell(e.Mean), Cell(e.P90));
        }
        if (effects.Count == 0) table.AddRow("–", "no mechanism to switch off", "", "", "");
        console.Write(table);
    }

    public static IEnumerable<MechanismEffect> Ranked(IEnumerable<MechanismEffect> effects) =>
        effects.OrderByDescending(e => Math.Abs(e.Mean.Difference.Mean)).ThenBy(e => e.Mechanism, StringComparer.Ordinal);

    public static void WriteCsv(string path, IEnumerable<MechanismEffect> effects)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteRecords(effects.GroupBy(e => e.Structure).SelectMany(g => Ranked(g).Select((e, i) => new Row(
            e.Structure, i + 1, e.Mechanism, e.Change,
            e.Mean.Difference.Mean, e.Mean.Difference.Lower, e.Mean.Difference.Upper,
            e.P90.Difference.Mean, e.P90.Difference.Lower, e.P90.Difference.Upper))));
    }

    private static string Cell(MetricComparison m)
    {
        string text = Markup.Escape(Format.Interval(m.Difference.Mean, m.Difference.HalfWidth));
        return m.Significant ? $"[bold]{text}[/]" : text;
    }

    private sealed record Row(
        string Structure, int Rank, string Mechanism, string SwitchedOffAs,
        double EffectOnMean, double EffectOnMeanLower95, double EffectOnMeanUpper95,
        double EffectOnP90, double EffectOnP90Lower95, double EffectOnP90Upper95);
}
