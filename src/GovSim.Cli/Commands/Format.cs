using System.Globalization;
using GovSim.Statistics;

namespace GovSim.Cli.Commands;

/// <summary>Number formatting for tables: invariant culture, about four significant digits.</summary>
internal static class Format
{
    public static string Number(double x) =>
        double.IsNaN(x) ? "–"
        : x == 0 ? "0"
        : Math.Abs(x) >= 1000 ? x.ToString("#,0", CultureInfo.InvariantCulture)
        : x.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>
    /// A confidence interval as "mean ± half-width": the half-width to two significant digits, the
    /// mean to the same decimal place ("16.233 ± 0.015", "24,995 ± 27", "0.914902 ± 0.000024").
    /// </summary>
    public static string Interval(double mean, double halfWidth) =>
        double.IsNaN(mean) ? "–"
        : double.IsNaN(halfWidth) ? Number(mean)
        : halfWidth == 0 ? $"{Number(mean)} ± 0"
        : ConfidenceInterval.Format(mean, halfWidth, halfWidthDigits: 2, groupThousands: true);

    public static string Percent(double x) =>
        double.IsNaN(x) ? "–" : (x * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>"1 replication", "10 replications".</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
