using System.Text.RegularExpressions;

namespace GovSim.Reports.Html;

/// <summary>
/// Finds, in the text of scenario files, the comments that mark an assumption (<c># assumption: …</c>)
/// or cite a source text by its file name (<c>000_3640bee6a645a92e.txt</c>), with the key they
/// belong to. It reads lines, not YAML: the comments are what it is after, and a YAML parser drops them.
/// </summary>
public static partial class ScenarioAssumptions
{
    /// <summary>
    /// The comments of <paramref name="files"/> (each read once, in order) that mark an assumption or cite a source text.
    /// A comment that runs on over the following comment lines is one entry, at its first line.
    /// </summary>
    /// <param name="display">How a file's path is shown in the report.</param>
    public static IReadOnlyList<AssumptionLine> Scan(IEnumerable<string> files, Func<string, string> display)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(display);
        var found = new List<AssumptionLine>();
        foreach (string file in files.Distinct())
            foreach (var comment in ScenarioComments.Read(File.ReadAllLines(file)))
                if (IsAssumption(comment.Text) || CitesSource(comment.Text))
                    found.Add(new AssumptionLine(display(file), comment.Line, comment.Key, comment.Value, comment.Text));
        return found;
    }

    /// <summary>
    /// The file and the files it extends, nearest first, following the top-level <c>extends:</c>
    /// lines (the scenario reader has checked the chain already; a loop or a missing file just ends it).
    /// </summary>
    public static IReadOnlyList<string> Chain(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var chain = new List<string>();
        string? current = file;
        while (current is not null && File.Exists(current) && !chain.Contains(Path.GetFullPath(current)))
        {
            chain.Add(Path.GetFullPath(current));
            current = File.ReadLines(current).Select(l => ExtendsLine().Match(l)).FirstOrDefault(m => m.Success) is { } m
                ? Path.Combine(Path.GetDirectoryName(current) ?? "", m.Groups["target"].Value)
                : null;
        }
        return chain;
    }

    /// <summary>True when the comment says its value is an assumption ("assumption: …", "…; assumption").</summary>
    public static bool IsAssumption(string comment) => AssumptionWord().IsMatch(comment);

    /// <summary>True when the comment names a source text such as <c>003_b9c8e4e6dcd5cf17.txt</c>.</summary>
    public static bool CitesSource(string comment) => SourceFileName().IsMatch(comment);

    // The word as a marker, not as a quoted name ("every number marked 'assumption'") nor as a file (ASSUMPTIONS.md).
    [GeneratedRegex(@"(?<!['`""/\w])assumptions?\b(?!['`""]|\.md\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssumptionWord();

    [GeneratedRegex(@"\b\d{3}_[0-9a-f]{16}\.txt\b", RegexOptions.CultureInvariant)]
    private static partial Regex SourceFileName();

    [GeneratedRegex(@"^extends:\s*(?<q>['""]?)(?<target>[^'""#]+?)\k<q>\s*(#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ExtendsLine();
}
