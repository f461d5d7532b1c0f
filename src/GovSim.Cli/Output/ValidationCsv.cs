using System.Globalization;
using CsvHelper;
using GovSim.Validation;

namespace GovSim.Cli.Output;

/// <summary><c>validation.csv</c>: one row per check of <c>govsim validate</c>, theory beside the simulated mean and both intervals.</summary>
internal static class ValidationCsv
{
    public static void Write(string path, ulong seed, IReadOnlyList<ValidationCheck> checks)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteRecords(checks.Select(c => new Row(
            c.Model, c.Metric, c.Theory, c.Simulated.Mean, c.Simulated.HalfWidth, c.Judged.HalfWidth,
            c.Simulated.Count, c.RelativeError, c.Passed, seed)));
    }

    private sealed record Row(string Model, string Metric, double Theory, double SimulatedMean, double HalfWidth95,
        double VerdictHalfWidth, int Replications, double RelativeError, bool Passed, ulong Seed);
}
