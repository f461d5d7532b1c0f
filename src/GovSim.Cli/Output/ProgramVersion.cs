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
    /// The source commit: the one the build stamped into the version when it could, else the one
    /// checked out in a .git folder above the program (read from files, never by running git);
    /// null when neither is there.
    /// </summary>
    public static string? Commit { get; } = StampedCommit() ?? CheckedOutCommit(AppContext.BaseDirectory);

    private static string? StampedCommit()
    {
        int plus = Informational.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 && Sha().IsMatch(Informational[(plus + 1)..]) ? Informational[(plus + 1)..] : null;
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
