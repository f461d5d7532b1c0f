using System.Globalization;
using CsvHelper;
using GovSim.Models.Sweeps;
using GovSim.Reports.Figures;

namespace GovSim.Cli.Output;

/// <summary>
/// The CSV files of a sweep, in long ("tidy") form with one column per swept key: <c>sweep.csv</c>
/// (one row per structure, point, replication and metric) and <c>sweep-points.csv</c> (one row per
/// structure, point and metric: mean, 95% CI half-width, number of replications, and whether some
/// unit was overloaded there).
/// </summary>
internal static class SweepCsv
{
    public static void Write(string folder, IReadOnlyList<string> structures, IReadOnlyList<SweepAxis> axes, IReadOnlyList<SweepCell> cells)
    {
        var keys = axes.SelectMany(a => a.Keys).ToList();
        WriteTable(Path.Combine(folder, "sweep.csv"), ["Structure", .. keys, "Replication", "Scope", "Group", "Metric", "Value"], csv =>
        {
            foreach (var cell in cells)
            foreach (var replication in cell.Summary.Replications)
            foreach (var metric in replication.Metrics)
            {
                WritePrefix(csv, structures, axes, cell);
                csv.WriteField(replication.Replication);
                csv.WriteField(metric.Scope);
                csv.WriteField(metric.Entity);
                csv.WriteField(metric.Name);
                csv.WriteField(metric.Value);
                csv.NextRecord();
            }
        });
        WriteTable(Path.Combine(folder, "sweep-points.csv"), ["Structure", .. keys, "Scope", "Group", "Metric", "Mean", "HalfWidth95", "N", "Overloaded"], csv =>
        {
            foreach (var cell in cells)
            foreach (var metric in cell.Summary.Metrics)
            {
                WritePrefix(csv, structures, axes, cell);
                csv.WriteField(metric.Key.Scope);
                csv.WriteField(metric.Key.Entity);
                csv.WriteField(metric.Key.Name);
                csv.WriteField(metric.Interval.Mean);
                csv.WriteField(metric.Interval.HalfWidth);
                csv.WriteField(metric.Interval.Count);
                csv.WriteField(cell.Overloaded);
                csv.NextRecord();
            }
        });
    }

    // The structure and the value of every swept key, as written on the command line.
    private static void WritePrefix(CsvWriter csv, IReadOnlyList<string> structures, IReadOnlyList<SweepAxis> axes, SweepCell cell)
    {
        csv.WriteField(structures[cell.Structure]);
        for (int a = 0; a < axes.Count; a++)
            foreach (string value in axes[a].Values[cell.Point.Indices[a]])
                csv.WriteField(value);
    }

    private static void WriteTable(string path, IReadOnlyList<string> header, Action<CsvWriter> writeRows)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (string column in header) csv.WriteField(column);
        csv.NextRecord();
        writeRows(csv);
    }
}
