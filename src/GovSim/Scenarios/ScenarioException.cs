namespace GovSim.Scenarios;

/// <summary>
/// A scenario file that cannot be used: malformed YAML, an unknown key, a missing or invalid value.
/// It says where: the file, the 1-based line and column, and the dotted path of the field (such as
/// <c>stations.desk.servers</c>), so that <see cref="Message"/> reads on one line as
/// <c>FILE:LINE:COL: field 'PATH': what is wrong</c>.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <param name="file">The file name as the user gave it.</param>
    /// <param name="line">1-based line, or 0 when the problem concerns the whole file (e.g. it does not exist).</param>
    /// <param name="column">1-based column, or 0 with <paramref name="line"/> 0.</param>
    /// <param name="field">Dotted path of the field, or empty when no field can be named.</param>
    /// <param name="problem">What is wrong, in words; line breaks are folded into spaces.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    public ScenarioException(string file, int line, int column, string field, string problem, Exception? innerException = null)
        : base(Format(file, line, column, field, problem), innerException)
    {
        File = file ?? "";
        Line = line;
        Column = column;
        Field = field ?? "";
        Problem = OneLine(problem);
    }

    /// <summary>The file name as the user gave it.</summary>
    public string File { get; }

    /// <summary>1-based line of the offending node; 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending node; 0 when <see cref="Line"/> is 0.</summary>
    public int Column { get; }

    /// <summary>Dotted path of the offending field, e.g. <c>classes.walk-in.arrivals.desk</c>; empty if unknown.</summary>
    public string Field { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Problem { get; }

    /// <summary>The one-line message; no type name and no stack trace, so it can be shown to a user as is.</summary>
    public override string ToString() => Message;

    private static string Format(string file, int line, int column, string field, string problem)
    {
        string where = line > 0
            ? FormattableString.Invariant($"{file}:{line}:{column}")
            : file;
        string what = string.IsNullOrEmpty(field) ? OneLine(problem) : $"field '{field}': {OneLine(problem)}";
        return $"{where}: {what}";
    }

    private static string OneLine(string? text) =>
        (text ?? "").Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Trim();
}
