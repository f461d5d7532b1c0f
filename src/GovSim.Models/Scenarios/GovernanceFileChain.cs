using GovSim.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovSim.Models.Scenarios;

/// <summary>
/// Loads a governance file and the files it <c>extends</c>, one after the other, and merges them
/// into one tree: mappings merge key by key (the extending file wins), lists and scalars replace,
/// a distribution (a mapping with a <c>type</c>) replaces whole, and an empty value (<c>~</c>)
/// removes the inherited entry. Every node of the merged tree keeps the file it was written in,
/// so that a problem found later is reported at that file and line.
/// </summary>
internal sealed class GovernanceFileChain
{
    /// <summary>The key that marks a governance file, and its value.</summary>
    public const string KindKey = "kind";
    public const string KindValue = "governance";
    public const string ExtendsKey = "extends";

    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly Dictionary<YamlNode, string> _origins = new(ReferenceEqualityComparer.Instance);

    private GovernanceFileChain()
    {
    }

    /// <summary>Reads <paramref name="yaml"/> (named <paramref name="fileName"/>) and the files it extends; returns the merged top node.</summary>
    /// <param name="overrides">Values set from outside the file, applied to the merged tree; null for none.</param>
    public static YamlNodeReader Load(string yaml, string fileName, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        var chain = new GovernanceFileChain();
        var files = new List<(string Display, string FullPath, YamlMappingNode Root)>();
        string display = fileName;
        string text = yaml;
        YamlNodeReader? extendsNode = null;
        while (true)
        {
            var root = chain.ReadOne(text, display);
            files.Add((display, FullPath(display), (YamlMappingNode)root.Node));
            extendsNode = root.Entries("the scenario").FirstOrDefault(e => e.Name == ExtendsKey);
            if (extendsNode is null || extendsNode.IsNull) break;

            string target = extendsNode.Text(ExtendsKey);
            string parentDisplay = Path.Combine(Path.GetDirectoryName(display) ?? "", target);
            string parentFull = FullPath(parentDisplay);
            int seen = files.FindIndex(f => PathComparer.Equals(f.FullPath, parentFull));
            if (seen >= 0)
            {
                var loop = files.Skip(seen).Select(f => f.Display).Append(files[seen].Display);
                throw extendsNode.Error($"extends cycle: {string.Join(" → ", loop)}");
            }
            text = ReadParent(extendsNode, target, parentDisplay);
            display = parentDisplay;
        }

        // Merge from the most distant ancestor down. Only the top file's 'kind' and 'name' count.
        YamlMappingNode merged = files[^1].Root;
        Remove(merged, ExtendsKey);
        for (int i = files.Count - 2; i >= 0; i--)
        {
            Remove(merged, KindKey);
            Remove(merged, "name");
            Remove(files[i].Root, ExtendsKey);
            merged = Merge(merged, files[i].Root);
        }
        if (overrides is not { Count: > 0 }) return YamlNodeReader.Root(fileName, merged, chain.FileOf);
        var set = ScenarioOverrides.Apply(merged, overrides, fileName);
        return YamlNodeReader.Root(fileName, merged, node => set.GetValueOrDefault(node) ?? chain.FileOf(node));
    }

    /// <summary>Whether the top level of <paramref name="yaml"/> is a mapping with <c>kind: governance</c>.</summary>
    /// <remarks>Parsed as the reader parses (with its bound on nesting), so that a pathological file is refused as quickly here; a file that does not parse throws a <see cref="ScenarioException"/>.</remarks>
    public static bool HasGovernanceKind(string yaml)
    {
        var root = ScenarioText.Parse(yaml, "", "empty");
        return root.Node is YamlMappingNode mapping
            && mapping.Children.Any(kv => kv.Key is YamlScalarNode { Value: KindKey } && kv.Value is YamlScalarNode { Value: string v } && v.Trim() == KindValue);
    }

    private string? FileOf(YamlNode node) => _origins.GetValueOrDefault(node);

    private YamlNodeReader ReadOne(string yaml, string fileName)
    {
        var root = Parse(yaml, fileName);
        if (root.Node is not YamlMappingNode mapping)
            throw root.Error($"the top level of a governance scenario must be a mapping of keys such as 'kind', 'run' and 'units', got {root.Describe()}");
        foreach (var node in YamlNodes.EachOnce(mapping)) _origins.TryAdd(node, fileName);

        var kind = root.Entries("the scenario").FirstOrDefault(e => e.Name == KindKey);
        if (kind is null)
            throw root.MissingError(KindKey, $"required field '{KindKey}' is missing: a governance scenario file says '{KindKey}: {KindValue}'");
        string value = kind.Text(KindKey);
        if (value != KindValue)
            throw kind.Error($"{KindKey} must be '{KindValue}' in a governance scenario file, got '{value}'");
        return root;
    }

    private static string ReadParent(YamlNodeReader extendsNode, string target, string parentDisplay)
    {
        if (!File.Exists(parentDisplay))
        {
            string problem = Directory.Exists(parentDisplay) ? "is a directory, not a scenario file" : "file not found";
            throw extendsNode.Error($"cannot extend '{target}': {problem} (looked for {parentDisplay})");
        }
        try
        {
            return ScenarioText.ReadBounded(parentDisplay);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw extendsNode.Error($"cannot extend '{target}': cannot read {parentDisplay}: {ex.Message}", ex);
        }
    }

    private static YamlNodeReader Parse(string yaml, string fileName) =>
        ScenarioText.Parse(yaml, fileName, "the file is empty; a governance scenario starts with 'kind: governance'");

    // The merged mapping is the child's own node (so it keeps the child's file and line), its
    // entries in the parent's order followed by those only the child has.
    private static YamlMappingNode Merge(YamlMappingNode parent, YamlMappingNode child)
    {
        var childEntries = child.Children.ToList();
        var taken = new HashSet<int>();
        var result = new List<KeyValuePair<YamlNode, YamlNode>>(parent.Children.Count + childEntries.Count);
        foreach (var (parentKey, parentValue) in parent.Children)
        {
            string? key = KeyText(parentKey);
            int match = key is null ? -1 : childEntries.FindIndex(e => KeyText(e.Key) == key);
            if (match < 0)
            {
                result.Add(new(parentKey, parentValue));
                continue;
            }
            taken.Add(match);
            var (childKey, childValue) = childEntries[match];
            if (IsNull(childValue)) continue;   // 'key: ~' removes the inherited entry
            if (childValue is YamlMappingNode childMap && parentValue is YamlMappingNode parentMap && !HasKey(childMap, "type"))
                result.Add(new(childKey, Merge(parentMap, childMap)));
            else
                result.Add(new(childKey, childValue));
        }
        for (int i = 0; i < childEntries.Count; i++)
            if (!taken.Contains(i)) result.Add(childEntries[i]);

        child.Children.Clear();
        foreach (var (key, value) in result) child.Children.Add(key, value);
        return child;
    }

    private static void Remove(YamlMappingNode mapping, string key)
    {
        var found = mapping.Children.Keys.FirstOrDefault(k => KeyText(k) == key);
        if (found is not null) mapping.Children.Remove(found);
    }

    private static bool HasKey(YamlMappingNode mapping, string key) => mapping.Children.Keys.Any(k => KeyText(k) == key);

    private static string? KeyText(YamlNode key) => key is YamlScalarNode { Value: string value } ? value : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
