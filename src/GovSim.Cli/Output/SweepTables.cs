using GovSim.Cli.Commands;
using GovSim.Models.Sweeps;
using GovSim.Networks;
using GovSim.Reports.Figures;
using Spectre.Console;
using static GovSim.Models.Engine.GovernanceMetrics;

namespace GovSim.Cli.Output;

/// <summary>The terminal table of a sweep: the headline figures of every structure at every point; the CSV files have all.</summary>
internal static class SweepTables
{
    private static readonly (MetricKey Key, string Label)[] Headline =
    [
        (new(Overall, All, ResolutionMean), "resolution mean (h)"),
        (new(Overall, All, ResolutionP90), "resolution p90 (h)"),
        (new(Overall, All, OnTimeRate), "on-time rate"),
        (new(Overall, All, Backlog), "backlog (open cases)"),
    ];

    public static void Write(IAnsiConsole console, IReadOnlyList<string> structures, IReadOnlyList<SweepAxis> axes, IReadOnlyList<SweepCell> cells)
    {
        int replications = cells.Max(c => c.Summary.Replications.Count);
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"sweep: mean ± 95% CI over {replications} replications; structures on common random numbers at each point"));
        foreach (var axis in axes) table.AddColumn(new TableColumn(Markup.Escape(axis.Name)).RightAligned());
        table.AddColumn("structure");
        foreach (var (_, label) in Headline) table.AddColumn(new TableColumn(Markup.Escape(label)).RightAligned());
        table.AddColumn("note");
        foreach (var cell in cells)
        {
            var row = axes.Select((axis, a) => Markup.Escape(axis.Label(cell.Point.Indices[a]))).ToList();
            row.Add(Markup.Escape(structures[cell.Structure]));
            foreach (var (key, _) in Headline)
                row.Add(cell.Summary.TryGet(key, out var m) ? Markup.Escape(Format.Interval(m.Interval.Mean, m.Interval.HalfWidth)) : "–");
            row.Add(cell.Overloaded ? "[yellow]overloaded[/]" : "");
            table.AddRow(row.ToArray());
        }
        console.Write(table);
    }
}
