namespace GovSim.Cli.Output;

/// <summary>
/// Writes a folder of results all at once: into a temporary sibling first, then moved into place,
/// so that a failure half-way never leaves a half-written folder behind.
/// </summary>
internal static class OutputFolder
{
    // What govsim writes into a results folder (tables, figures, the --report page), at any depth.
    // An existing folder holding anything else is not replaced: 'replaced' means deleted first.
    private static readonly string[] ResultExtensions = [".csv", ".png", ".svg", ".html"];

    /// <summary>
    /// Why the results cannot go to <paramref name="path"/> (one line), or null when they can. Checked
    /// before anything runs, so that a bad folder costs neither the run nor other files.
    /// </summary>
    /// <param name="path">The folder as the user gave it (or the default).</param>
    /// <param name="chosen">True when the user gave it with --out, for the message.</param>
    public static string? Problem(string path, bool chosen)
    {
        string label = chosen ? $"--out {path}" : $"{path} (the default output folder; give another with --out)";
        if (string.IsNullOrWhiteSpace(path)) return "--out: needs a folder name";
        try
        {
            string full = Path.GetFullPath(path);
            if (File.Exists(full)) return $"{label}: is a file, not a folder; the results are several files, so give a folder";
            if (Directory.Exists(full) && ForeignEntry(full) is { } foreign)
                return $"{label}: the folder holds '{Path.GetRelativePath(full, foreign)}', which govsim did not write and would delete when it replaces the folder; give a new folder, or one that holds only results";
            // A probe beside the target proves the parent takes a new folder, as the staging area needs.
            string staging = Staging(full);
            Directory.CreateDirectory(staging);
            Directory.Delete(staging);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"{label}: cannot write there: {e.Message}";
        }
    }

    public static void Write(string path, Action<string> writeInto)
    {
        string full = Path.GetFullPath(path);
        string parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        string staging = Staging(full);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            writeInto(staging);
            if (Directory.Exists(full))
            {
                // Checked again: something may have been put there while the runs went on.
                if (ForeignEntry(full) is { } foreign)
                    throw new IOException($"{path} now holds '{Path.GetRelativePath(full, foreign)}', which govsim did not write; the results were not written");
                Directory.Delete(full, recursive: true);
            }
            Directory.Move(staging, full);
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    private static string Staging(string full) =>
        Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.partial-{Environment.ProcessId}");

    // The first file or link in the folder, at any depth, that is not a result file; null when there is none.
    // A link is foreign whatever it points to: deleting the folder must never reach outside it.
    private static string? ForeignEntry(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null) return entry.FullName;
            if (entry is DirectoryInfo sub)
            {
                if (ForeignEntry(sub.FullName) is { } inner) return inner;
            }
            else if (!ResultExtensions.Contains(entry.Extension, StringComparer.OrdinalIgnoreCase))
            {
                return entry.FullName;
            }
        }
        return null;
    }
}
