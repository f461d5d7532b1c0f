using GovSim.Cli.Commands;
using GovSim.Reports.Html;

namespace GovSim.Cli.Output;

/// <summary>
/// The <c>--report</c> file of <c>compare</c>. Its path is checked before anything runs, and the
/// page is written after the output folder is in place, so that a report that cannot be written
/// costs neither the run nor the other outputs.
/// </summary>
internal static class ComparisonReportFile
{
    public const string Option = "--report";

    /// <summary>Why <paramref name="path"/> cannot take the report (one line), or null when it can.</summary>
    public static string? Problem(string path)
    {
        try
        {
            string full = Path.GetFullPath(path);
            if (Directory.Exists(full)) return $"{Option} {path}: is a folder; give a file name such as report.html";
            string folder = Path.GetDirectoryName(full) ?? ".";
            Directory.CreateDirectory(folder);
            // A probe beside the target proves the folder takes new files without touching an existing report.
            using (new FileStream(Staging(full), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"{Option} {path}: cannot write there: {e.Message}";
        }
    }

    /// <summary>Writes the report; false (after a one-line error) when the file cannot be written.</summary>
    public static bool Write(string path, ComparisonResults results, IReadOnlyList<string> arguments)
    {
        string html = ComparisonReportPage.Render(ComparisonReportBuilder.Build(results, arguments));
        string full = Path.GetFullPath(path);
        string staging = Staging(full);
        try
        {
            File.WriteAllText(staging, html);
            File.Move(staging, full, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(staging)) File.Delete(staging);
            Terminal.Fail($"{Option} {path}: cannot write the report: {e.Message}");
            return false;
        }
    }

    private static string Staging(string full) =>
        Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.partial-{Environment.ProcessId}");
}
