using System.Reflection;
using System.Text.RegularExpressions;

namespace GovSim.Cli.Output;

/// <summary>Which build of GovSim is running: its informational version and, when it can be told cheaply, its source commit.</summary>
internal static partial class ProgramVersion
{
    /// <summary>The assembly's informational version, e.g. <c>1.0.0+f4b48476…</c>.</summary>
    public static string Informational { get; } =
        typeof(ProgramVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// The source commit: the one the build stamped into the version when it could (with a word
    /// that the sources had changed since, when the build says so), else the one checked out in a
    /// .git folder above the program (read from files, never by running git); null when neither is there.
    /// </summary>
    public static string? Commit { get; } = StampedCommit(Informational) ?? CheckedOutCommit(AppContext.BaseDirectory);

    /// <summary>
    /// The commit in an informational version: "1.0.0+&lt;sha&gt;" gives the sha; "1.0.0+&lt;sha&gt;.modified",
    /// stamped by a build from sources that differ from that commit (Directory.Build.props), gives the
    /// sha and says so; anything else gives null.
    /// </summary>
    internal static string? StampedCommit(string informational)
    {
        int plus = informational.IndexOf('+', StringComparison.Ordinal);
        if (plus < 0) return null;
        string revision = informational[(plus + 1)..];
        const string modified = ".modified";
        if (revision.EndsWith(modified, StringComparison.Ordinal) && Sha().IsMatch(revision[..^modified.Length]))
            return $"{revision[..^modified.Length]}, built from sources changed since";
        return Sha().IsMatch(revision) ? revision : null;
    }

    /// <summary>The commit HEAD points at in the nearest .git folder above <paramref name="start"/>, or null.</summary>
    public static string? CheckedOutCommit(string start)
    {
        try
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string git = Path.Combine(dir.FullName, ".git");
                if (!Directory.Exists(git)) continue;
                string head = File.ReadAllText(Path.Combine(git, "HEAD")).Trim();
                if (!head.StartsWith("ref: ", StringComparison.Ordinal)) return Sha().IsMatch(head) ? head : null;
                string name = head["ref: ".Length..];
                string loose = Path.Combine(git, name);
                if (File.Exists(loose)) return Valid(File.ReadAllText(loose).Trim());
                string packed = Path.Combine(git, "packed-refs");
                if (!File.Exists(packed)) return null;
                return File.ReadLines(packed).Select(l => l.Split(' ')).Where(p => p.Length == 2 && p[1] == name).Select(p => Valid(p[0])).FirstOrDefault();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: the report simply goes without the commit.
        }
        return null;
    }

    private static string? Valid(string sha) => Sha().IsMatch(sha) ? sha : null;

    [GeneratedRegex("^[0-9a-f]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha();
}
