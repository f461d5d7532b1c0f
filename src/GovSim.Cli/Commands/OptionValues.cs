using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace GovSim.Cli.Commands;

/// <summary>
/// Parsers for the values of the numeric options. A value that is not a number, or is out of range,
/// is one line naming the option, its rule and the value, found before any file is read; the
/// library's own message named .NET types ("as expected type 'System.Nullable`1[System.Int32]'").
/// </summary>
internal static class OptionValues
{
    public const string ThreadsRule = "-1 (all cores) or a whole number of at least 1";

    /// <summary><c>--threads</c>, shared by every command that runs replications.</summary>
    public static Option<int> Threads() => new("--threads")
    {
        Description = "Replications run in parallel on this many threads (-1: all cores). Results do not depend on it.",
        DefaultValueFactory = _ => -1,
        CustomParser = result => Whole(result, n => n == -1 || n >= 1, ThreadsRule) ?? -1,
    };

    /// <summary>A whole number that satisfies <paramref name="valid"/> (described by <paramref name="rule"/>), or null after an error.</summary>
    public static int? Whole(ArgumentResult result, Func<int, bool> valid, string rule)
    {
        string text = Token(result);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && valid(value)) return value;
        result.AddError($"{OptionName(result)}: must be {rule}, got '{text}'");
        return null;
    }

    /// <summary>A seed: a whole number from 0 to 2^64 − 1, as in a scenario file.</summary>
    public static ulong? Seed(ArgumentResult result)
    {
        string text = Token(result);
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value)) return value;
        result.AddError($"{OptionName(result)}: must be a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}, got '{text}'");
        return null;
    }

    /// <summary>A finite number of hours, above zero or (with <paramref name="zeroAllowed"/>) at least zero.</summary>
    public static double? Hours(ArgumentResult result, bool zeroAllowed)
    {
        string text = Token(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            && (zeroAllowed ? value >= 0 : value > 0))
            return value;
        result.AddError($"{OptionName(result)}: must be {(zeroAllowed ? "zero or a positive" : "a positive")} number of hours, got '{text}'");
        return null;
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : "";

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
