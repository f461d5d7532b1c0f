using System.Globalization;

namespace GovSim.Cli.Commands;

/// <summary>Number formatting for tables: invariant culture, about four significant digits.</summary>
internal static class Format
{
    public static string Number(double x) =>
        double.IsNaN(x) ? "–"
        : x == 0 ? "0"
        : Math.Abs(x) >= 1000 ? x.ToString("#,0", CultureInfo.InvariantCulture)
        : x.ToString("G4", CultureInfo.InvariantCulture);

    public static string Percent(double x) =>
        double.IsNaN(x) ? "–" : (x * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%";
}
