using GovSim.Cli.Commands;
using GovSim.Networks;
using Spectre.Console;
using static GovSim.Networks.MetricNames;

namespace GovSim.Cli.Output;

/// <summary>The tables <c>govsim run</c> prints: stations, classes and the whole network, each figure mean ± 95% CI.</summary>
internal static class ResultTables
{
    public static void Write(IAnsiConsole console, NetworkSpec spec, RunSummary summary)
    {
        console.Write(Table(
            $"{spec.Name}: stations (times in hours, mean ± 95% CI over {spec.Run.Replications} replications)",
            "station", spec.Stations.Select(s => s.Name), StationScope,
            [(ArrivalRate, "arrivals/h"), (Utilisation, "utilisation"), (L, "L"), (Lq, "Lq"), (Wq, "Wq"), (ProbabilityOfWait, "P(wait)"), (ProbabilityOfAbandonment, "P(abandon)")],
            summary));
        console.Write(Table(
            "classes (end-to-end)", "class", spec.Classes.Select(c => c.Name), ClassScope,
            [(Throughput, "departures/h"), (W, "W"), (WP50, "p50"), (WP90, "p90"), (WP99, "p99"), (Visits, "visits"), (ProbabilityOfAbandonment, "P(abandon)")],
            summary));
        console.Write(Table(
            "network", "", [NetworkEntity], NetworkScope,
            [(ArrivalRate, "arrivals/h"), (Throughput, "departures/h"), (L, "L"), (W, "W")],
            summary));
    }

    private static Table Table(
        string title, string entityHeader, IEnumerable<string> entities, string scope,
        IReadOnlyList<(string Metric, string Header)> columns, RunSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title)).AddColumn(entityHeader);
        foreach (var (_, header) in columns) table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned());
        foreach (string entity in entities)
        {
            var cells = new List<string> { Markup.Escape(entity) };
            foreach (var (metric, _) in columns)
            {
                var m = summary[scope, entity, metric].Interval;
                cells.Add(Format.Interval(m.Mean, m.HalfWidth));
            }
            table.AddRow(cells.ToArray());
        }
        return table;
    }
}
