using GovSim.Scenarios;
using YamlDotNet.RepresentationModel;

namespace GovSim.Models.Scenarios;

/// <summary>Reads the kinds of value a governance file holds, with the rule each must satisfy.</summary>
internal static class GovernanceValues
{
    /// <summary>A number <c>&gt; 0</c>; <paramref name="unit"/> (e.g. "hours") goes into the message.</summary>
    public static double Positive(YamlNodeReader node, string noun, string? unit = null)
    {
        double value = node.Number(noun);
        if (!(value > 0)) throw node.Error($"{noun} must be a positive number{Of(unit)}, got {node.Raw}");
        return value;
    }

    /// <summary>A number <c>&gt;= 0</c>.</summary>
    public static double NonNegative(YamlNodeReader node, string noun)
    {
        double value = node.Number(noun);
        if (!(value >= 0)) throw node.Error($"{noun} must be a number of at least 0, got {node.Raw}");
        return value;
    }

    /// <summary>A number in <c>[0, 1]</c>.</summary>
    public static double Probability(YamlNodeReader node, string noun)
    {
        double value = node.Number(noun);
        if (!(value >= 0 && value <= 1)) throw node.Error($"{noun} must be between 0 and 1, got {node.Raw}");
        return value;
    }

    /// <summary>A whole number <c>&gt;= <paramref name="minimum"/></c>.</summary>
    public static int WholeAtLeast(YamlNodeReader node, string noun, int minimum)
    {
        int value = node.WholeNumber(noun);
        if (value < minimum) throw node.Error($"{noun} must be a whole number of at least {minimum}, got {node.Raw}");
        return value;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static bool Boolean(YamlNodeReader node, string noun)
    {
        if (node.Node is YamlScalarNode && !node.IsNull)
        {
            switch (node.Raw.Trim())
            {
                case "true" or "True" or "TRUE": return true;
                case "false" or "False" or "FALSE": return false;
            }
        }
        throw node.Error($"{noun} must be true or false, got {Quoted(node)}");
    }

    /// <summary>One of a fixed set of words.</summary>
    public static string Choice(YamlNodeReader node, string noun, IReadOnlyList<string> choices)
    {
        string value = node.Text(noun);
        if (!choices.Contains(value, StringComparer.Ordinal))
            throw node.Error($"{noun} must be one of {NameSuggestions.List(choices)}, got '{value}'{NameSuggestions.DidYouMean(value, choices)}");
        return value;
    }

    /// <summary>The name of a declared thing, written as a value (an item of a list, an <c>entry</c>); reported at the value.</summary>
    public static string Declared(YamlNodeReader node, string noun, IReadOnlyList<string> declared)
    {
        string name = node.Text($"a {noun} name");
        if (!declared.Contains(name, StringComparer.Ordinal))
            throw node.Error(Unknown(noun, name, declared));
        return name;
    }

    /// <summary>The name of a declared thing, written as the key of an entry; reported at the key.</summary>
    public static void RequireDeclaredKey(YamlNodeReader entry, string noun, IReadOnlyList<string> declared)
    {
        if (!declared.Contains(entry.Name, StringComparer.Ordinal))
            throw entry.EntryError(Unknown(noun, entry.Name, declared));
    }

    /// <summary>The items of a list, or a single value standing for a list of one.</summary>
    public static IReadOnlyList<YamlNodeReader> ListOrOne(YamlNodeReader node, string expected) =>
        node.Node is YamlScalarNode ? [node] : node.Items(expected);

    private static string Unknown(string noun, string name, IReadOnlyList<string> declared) =>
        $"unknown {noun} '{name}' (declared: {NameSuggestions.List(declared)}){NameSuggestions.DidYouMean(name, declared)}";

    private static string Of(string? unit) => unit is null ? "" : $" of {unit}";

    private static string Quoted(YamlNodeReader node) => node.Node is YamlScalarNode && !node.IsNull ? $"'{node.Raw}'" : node.Describe();
}
