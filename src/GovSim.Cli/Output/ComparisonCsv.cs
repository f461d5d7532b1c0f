using System.Globalization;
using CsvHelper;
using GovSim.Networks;

namespace GovSim.Cli.Output;

/// <summary>
/// <c>comparison.csv</c>: one row per metric and compared structure, in long form: the baseline's
/// and the structure's means with 95% CIs, and the paired difference (structure − baseline).
/// </summary>
internal static class ComparisonCsv
{
    public static void Write(string path, string baseline, IReadOnlyList<(string Structure, RunComparison Comparison)> comparisons)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteRecords(comparisons.SelectMany(c => c.Comparison.Metrics.Select(m => new Row(
            baseline, c.Structure, m.Key.Scope, m.Key.Entity, m.Key.Name,
            m.A.Mean, m.A.HalfWidth, m.B.Mean, m.B.HalfWidth,
            m.Difference.Mean, m.Difference.HalfWidth, m.Difference.Lower, m.Difference.Upper, m.Significant))));
    }

    private sealed record Row(
        string Baseline, string Structure, string Scope, string Entity, string Metric,
        double BaselineMean, double BaselineHalfWidth95, double StructureMean, double StructureHalfWidth95,
        double Difference, double DifferenceHalfWidth95, double DifferenceLower95, double DifferenceUpper95, bool Significant);
}
