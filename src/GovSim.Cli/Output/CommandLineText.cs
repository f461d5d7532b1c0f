using System.Text.RegularExpressions;

namespace GovSim.Cli.Output;

/// <summary>A command line written back as a POSIX shell would take it, each argument as given.</summary>
internal static partial class CommandLineText
{
    public static string Of(IEnumerable<string> arguments) =>
        string.Join(" ", new[] { "govsim" }.Concat(arguments.Select(Quote)));

    /// <summary>An argument as is when the shell leaves it alone, else in single quotes.</summary>
    public static string Quote(string argument) =>
        argument.Length > 0 && Plain().IsMatch(argument) ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^[A-Za-z0-9_./:=@%+,-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();
}
