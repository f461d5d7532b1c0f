using System.Globalization;
using CsvHelper;
using GovSim.Networks;

namespace GovSim.Cli.Output;

/// <summary>
/// The CSV files of a run, in long ("tidy") form that pandas, R and spreadsheets read as they are:
/// <c>summary.csv</c> (one row per metric, mean and 95% CI), <c>replications.csv</c> (one row per
/// metric and replication) and <c>counts.csv</c> (arrivals, departures, abandonments and customers
/// left inside at the end, per replication: conservation can be checked from it), and, for models
/// that record figures over time, <c>series.csv</c> (e.g. open cases each day, per replication), and
/// for models that record distributions, <c>quantiles.csv</c> (quantile curves per group and replication).
/// </summary>
internal static class RunCsv
{
    public static void Write(string folder, NetworkSpec spec, RunSummary summary) =>
        Write(folder, spec.Name, spec.Run.Seed, summary);

    public static void Write(string folder, string scenario, ulong seed, RunSummary summary)
    {
        WriteRows(Path.Combine(folder, "summary.csv"), summary.Metrics.Select(m => new SummaryRow(
            scenario, m.Key.Scope, m.Key.Entity, m.Key.Name, m.Interval.Mean, m.Interval.HalfWidth,
            m.Interval.Lower, m.Interval.Upper, m.Interval.Count)));
        WriteRows(Path.Combine(folder, "replications.csv"), summary.Replications.SelectMany(r => r.Metrics.Select(m =>
            new ReplicationRow(scenario, r.Replication, m.Scope, m.Entity, m.Name, m.Value))));
        WriteRows(Path.Combine(folder, "counts.csv"), summary.Replications.Select(r => new CountsRow(
            scenario, r.Replication, seed, r.TotalArrivals, r.TotalDepartures, r.TotalAbandoned, r.InSystemAtEnd, r.EventsExecuted)));
        if (summary.Replications.Any(r => r.Series.Count > 0))
        {
            WriteRows(Path.Combine(folder, "series.csv"), summary.Replications.SelectMany(r => r.Series.Select(p =>
                new SeriesRow(scenario, r.Replication, p.Series, p.Time, p.Value))));
        }
        if (summary.Replications.Any(r => r.Quantiles.Count > 0))
        {
            WriteRows(Path.Combine(folder, "quantiles.csv"), summary.Replications.SelectMany(r => r.Quantiles.Select(q =>
                new QuantileRow(scenario, r.Replication, q.Group, q.Probability, q.Value))));
        }
    }

    private static void WriteRows<T>(string path, IEnumerable<T> rows)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteRecords(rows);
    }

    private sealed record SummaryRow(string Scenario, string Scope, string Entity, string Metric, double Mean, double HalfWidth95, double Lower95, double Upper95, int Replications);

    private sealed record ReplicationRow(string Scenario, int Replication, string Scope, string Entity, string Metric, double Value);

    private sealed record SeriesRow(string Scenario, int Replication, string Series, double TimeHours, double Value);

    private sealed record QuantileRow(string Scenario, int Replication, string Group, double Probability, double Hours);

    private sealed record CountsRow(string Scenario, int Replication, ulong Seed, long Arrivals, long Departures, long Abandoned, long InSystemAtEnd, long Events);
}
