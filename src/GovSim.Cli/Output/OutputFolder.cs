namespace GovSim.Cli.Output;

/// <summary>
/// Writes a folder of results all at once: into a temporary sibling first, then moved into place,
/// so that a failure half-way never leaves a half-written folder behind.
/// </summary>
internal static class OutputFolder
{
    public static void Write(string path, Action<string> writeInto)
    {
        string full = Path.GetFullPath(path);
        string parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(full)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            writeInto(staging);
            if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
            Directory.Move(staging, full);
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
    }
}
