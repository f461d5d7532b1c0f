using System.Globalization;
using GovSim.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovSim.Models.Scenarios;

/// <summary>
/// Applies <see cref="ScenarioOverride"/>s to the merged tree of a governance scenario. A key is
/// resolved against the mappings actually there, taking at each level the longest key that matches
/// (so <c>units.city.hotline.staff</c> finds the unit type <c>city.hotline</c>); only its last part
/// may be absent, and is then added for the reader to check like any key of the file. Every node an
/// override writes is marked as coming from its option, so that a bad value is reported there.
/// </summary>
internal static class ScenarioOverrides
{
    // Keys that identify a file rather than describe a structure.
    private static readonly string[] Fixed = [GovernanceFileChain.KindKey, "name"];

    /// <summary>
    /// Applies <paramref name="overrides"/> in order to <paramref name="root"/>, in place; returns the
    /// option that wrote each new node, for <see cref="YamlNodeReader"/>'s file lookup.
    /// </summary>
    /// <param name="scenario">The scenario file, named in messages about a key it lacks.</param>
    public static Dictionary<YamlNode, string> Apply(YamlMappingNode root, IReadOnlyList<ScenarioOverride> overrides, string scenario)
    {
        var origins = new Dictionary<YamlNode, string>(ReferenceEqualityComparer.Instance);
        foreach (var item in overrides)
        {
            if (item.Key == ScenarioOverride.LoadKey)
            {
                ScaleSources(root, LoadFactor(item), item.Origin, origins);
                continue;
            }
            var (parent, key, name) = Resolve(root, item.Key, scenario) is { } found
                ? found
                : throw ScenarioOverride.Error(item.Key, $"{scenario} has no key '{item.Key}'");
            var value = ParseValue(item);
            foreach (var node in YamlNodes.EachOnce(value)) origins[node] = item.Origin;
            if (key is null)
            {
                // A key the file leaves at its default: added, and checked by the reader like any other.
                var newKey = new YamlScalarNode(name);
                origins[newKey] = item.Origin;
                parent.Children.Add(newKey, value);
            }
            else
            {
                parent.Children[key] = value;
            }
        }
        return origins;
    }

    /// <summary>
    /// Reads the scenario at <paramref name="path"/> once (after <c>extends</c> merging) and returns
    /// what says, for any key, why it names nothing there (null when it can be set there). A file
    /// that cannot be read throws.
    /// </summary>
    public static Func<string, string?> ProblemFinder(string path)
    {
        var root = GovernanceFileChain.Load(ScenarioText.ReadFileText(path), path);
        return root.Node is YamlMappingNode mapping ? key => Problem(mapping, key, path) : _ => null;
    }

    /// <summary>Why <paramref name="key"/> names nothing in <paramref name="root"/>, or null when it can be set there.</summary>
    public static string? Problem(YamlMappingNode root, string key, string scenario)
    {
        if (key == ScenarioOverride.LoadKey) return null;
        try
        {
            Resolve(root, key, scenario);
            return null;
        }
        catch (ScenarioException e)
        {
            return e.Problem;
        }
    }

    /// <summary>
    /// The mapping that holds <paramref name="key"/>'s value and the key node there (null when its
    /// last part is to be added as <c>Name</c>).
    /// </summary>
    private static (YamlMappingNode Parent, YamlNode? Key, string Name)? Resolve(YamlMappingNode root, string key, string scenario)
    {
        if (key.Length == 0 || key.StartsWith('.') || key.EndsWith('.') || key.Contains("..", StringComparison.Ordinal))
            throw ScenarioOverride.Error(key, $"'{key}' is not a key path: write the keys from the top of the file joined by dots, e.g. mechanisms.hop_delay.mean");
        if (Fixed.Contains(key))
            throw ScenarioOverride.Error(key, $"'{key}' names the file, not a property of the structure, and cannot be set");

        YamlMappingNode mapping = root;
        string done = "";
        string rest = key;
        while (true)
        {
            YamlNode? match = null;
            string matched = "";
            foreach (var child in mapping.Children.Keys)
            {
                if (child is not YamlScalarNode { Value: { Length: > 0 } name }) continue;
                bool fits = rest == name || rest.StartsWith(name + ".", StringComparison.Ordinal);
                if (fits && name.Length > matched.Length)
                {
                    match = child;
                    matched = name;
                }
            }
            if (match is null)
            {
                // Only the last part of a path may be new, and never at the top, whose keys are fixed:
                // a name with a typo deeper down must not quietly become a new unit type or category.
                if (!rest.Contains('.') && done.Length > 0) return (mapping, null, rest);
                throw ScenarioOverride.Error(key, Unknown(mapping, done, rest, scenario));
            }
            if (rest == matched) return (mapping, match, matched);

            string path = done.Length == 0 ? matched : $"{done}.{matched}";
            var value = mapping.Children[match];
            if (value is not YamlMappingNode inner)
                throw ScenarioOverride.Error(key, $"'{path}' in {scenario} is {Describe(value)}, not a mapping, so '{key}' cannot be inside it");
            mapping = inner;
            done = path;
            rest = rest[(matched.Length + 1)..];
        }
    }

    // "FILE has no key under 'units' for 'x.staff' (keys there: ...); did you mean 'units.y'?"
    private static string Unknown(YamlMappingNode mapping, string done, string rest, string scenario)
    {
        var names = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "")
            .Where(n => n.Length > 0 && !(done.Length == 0 && Fixed.Contains(n))).ToList();
        if (done.Length == 0) names.Add(ScenarioOverride.LoadKey);
        string prefix = done.Length == 0 ? "" : done + ".";
        // Compare each candidate with as many parts of what was written as the candidate has,
        // since names themselves may contain dots.
        string suggestion = "";
        var parts = rest.Split('.');
        foreach (var group in names.GroupBy(n => Math.Min(n.Count(c => c == '.') + 1, parts.Length)).OrderByDescending(g => g.Key))
        {
            string given = string.Join('.', parts.Take(group.Key));
            suggestion = NameSuggestions.DidYouMean(prefix + given, group.Select(n => prefix + n));
            if (suggestion.Length > 0) break;
        }
        string where = done.Length == 0 ? "at the top level" : $"under '{done}'";
        return $"{scenario} has no key {where} for '{rest}' (keys there: {NameSuggestions.List(names)}){suggestion}";
    }

    private static YamlNode ParseValue(ScenarioOverride item)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(item.Value));
        }
        catch (YamlException e)
        {
            throw new ScenarioException(item.Origin, 0, 0, "", $"'{item.Value}' is not a value: {e.Message}", e);
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" })
            throw ScenarioOverride.Error(item.Key, $"needs a value, got '{item.Value}'");
        return stream.Documents[0].RootNode;
    }

    private static double LoadFactor(ScenarioOverride item)
    {
        if (!double.TryParse(item.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double factor) || !double.IsFinite(factor) || !(factor > 0))
            throw ScenarioOverride.Error(item.Key, $"the load factor multiplies every source's rate and must be a positive number, got '{item.Value}'");
        return factor;
    }

    // Multiplies each source's rate_per_community; a rate that is not a number is left for the reader to report.
    private static void ScaleSources(YamlMappingNode root, double factor, string origin, Dictionary<YamlNode, string> origins)
    {
        var sources = root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "sources" }).Value as YamlMappingNode;
        if (sources is null) return;
        foreach (var source in sources.Children.Values.OfType<YamlMappingNode>())
        {
            var rateKey = source.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: "rate_per_community" });
            if (rateKey is null || source.Children[rateKey] is not YamlScalarNode { Value: { } text }
                || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate)) continue;
            var scaled = new YamlScalarNode((rate * factor).ToString("R", CultureInfo.InvariantCulture));
            origins[scaled] = origin;
            source.Children[rateKey] = scaled;
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: null or "" or "~" or "null" } => "empty",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "a mapping",
    };
}
