using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovSim.Scenarios;

/// <summary>
/// A node of a parsed scenario file that knows its file, its dotted path (e.g.
/// <c>stations.desk.servers</c>) and where its entry starts, and reads itself as a mapping, a list,
/// text or a number, throwing a <see cref="ScenarioException"/> that points at the node otherwise.
/// </summary>
internal sealed class YamlNodeReader
{
    private readonly Func<YamlNode, string?>? _fileOf;

    private YamlNodeReader(string file, YamlNode node, string path, string name, Mark entryStart, Func<YamlNode, string?>? fileOf = null)
    {
        _fileOf = fileOf;
        File = file;
        Node = node;
        Path = path;
        Name = name;
        EntryStart = entryStart;
    }

    /// <summary>The top-level node of a file.</summary>
    public static YamlNodeReader Root(string file, YamlNode node) => new(file, node, "", "", node.Start);

    /// <summary>
    /// The top-level node of a tree merged from several files: <paramref name="fileOf"/> names the
    /// file a node was written in, or returns null for "the file of the node that holds it".
    /// </summary>
    public static YamlNodeReader Root(string file, YamlNode node, Func<YamlNode, string?> fileOf) =>
        new(fileOf(node) ?? file, node, "", "", node.Start, fileOf);

    public string File { get; }

    public YamlNode Node { get; }

    /// <summary>Dotted path from the top of the file; empty for the top itself.</summary>
    public string Path { get; }

    /// <summary>The key this node is the value of (or "[i]" for a list item); empty for the top.</summary>
    public string Name { get; }

    /// <summary>Where the entry begins: the key of a mapping entry, or the node itself for list items and the top.</summary>
    public Mark EntryStart { get; }

    /// <summary>True for an empty value, <c>~</c> or <c>null</c> written without quotes.</summary>
    public bool IsNull => Node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>The scalar text as written, for messages.</summary>
    public string Raw => Node is YamlScalarNode scalar ? scalar.Value ?? "" : "";

    public string ChildPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>A problem with this node's value, reported at the value.</summary>
    public ScenarioException Error(string problem, Exception? innerException = null) =>
        new(File, (int)Node.Start.Line, (int)Node.Start.Column, Path, problem, innerException);

    /// <summary>A problem with the entry as a whole (its name, or the set of keys it has), reported at its key.</summary>
    public ScenarioException EntryError(string problem) =>
        new(File, (int)EntryStart.Line, (int)EntryStart.Column, Path, problem);

    /// <summary>A problem with a field this node lacks, reported at this node's key under the field's path.</summary>
    public ScenarioException MissingError(string key, string problem) =>
        new(File, (int)EntryStart.Line, (int)EntryStart.Column, ChildPath(key), problem);

    /// <summary>How the value looks, for "got ..." in messages.</summary>
    public string Describe() => Node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode sequence => sequence.Children.Count == 0 ? "an empty list" : "a list",
        _ when IsNull => "nothing",
        _ => Raw,
    };

    /// <summary>The entries of a mapping whose keys are names (of stations, classes, fields...), in file order.</summary>
    /// <param name="expected">What the mapping should be, e.g. "a mapping from station name to rate".</param>
    public IReadOnlyList<YamlNodeReader> Entries(string expected)
    {
        if (Node is not YamlMappingNode mapping)
            throw Error($"expected {expected}, got {Describe()}");
        var entries = new List<YamlNodeReader>(mapping.Children.Count);
        foreach (var (key, value) in mapping.Children)
        {
            var keyReader = new YamlNodeReader(FileOf(key), key, Path, Name, key.Start, _fileOf);
            if (key is not YamlScalarNode scalarKey || keyReader.IsNull || string.IsNullOrWhiteSpace(scalarKey.Value))
                throw keyReader.Error($"expected a name as key, got {keyReader.Describe()}");
            string name = scalarKey.Value;
            entries.Add(new YamlNodeReader(FileOf(value), value, ChildPath(name), name, key.Start, _fileOf));
        }
        return entries;
    }

    /// <summary>The fields of a mapping with a fixed set of keys; any other key is an error naming the allowed ones.</summary>
    /// <param name="what">What the mapping is, for messages, e.g. "station 'desk'".</param>
    public YamlFields Fields(string what, params string[] allowed)
    {
        if (Node is not YamlMappingNode)
            throw Error($"{what} must be a mapping with the keys {NameSuggestions.List(allowed)}, got {Describe()}");
        var entries = Entries($"{what} as a mapping");
        foreach (var entry in entries)
        {
            if (!allowed.Contains(entry.Name, StringComparer.Ordinal))
                throw entry.EntryError($"unknown key '{entry.Name}' in {what} (allowed: {NameSuggestions.List(allowed)}){NameSuggestions.DidYouMean(entry.Name, allowed)}");
        }
        return new YamlFields(this, entries);
    }

    /// <summary>The items of a list.</summary>
    public IReadOnlyList<YamlNodeReader> Items(string expected)
    {
        if (Node is not YamlSequenceNode sequence)
            throw Error($"expected {expected}, got {Describe()}");
        var items = new List<YamlNodeReader>(sequence.Children.Count);
        for (int i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            string index = string.Create(CultureInfo.InvariantCulture, $"[{i}]");
            items.Add(new YamlNodeReader(FileOf(item), item, Path + index, index, item.Start, _fileOf));
        }
        return items;
    }

    /// <summary>A non-empty piece of text.</summary>
    public string Text(string noun)
    {
        if (Node is not YamlScalarNode || IsNull)
            throw Error($"{noun} must be text, got {Describe()}");
        string text = Raw.Trim();
        if (text.Length == 0) throw Error($"{noun} must not be empty");
        return text;
    }

    /// <summary>A finite number, written with a decimal point (never a comma).</summary>
    public double Number(string noun)
    {
        RequireScalar(noun, "a number");
        if (!double.TryParse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            throw Error($"{noun} must be a number, got '{Raw}'");
        if (!double.IsFinite(value))
            throw Error($"{noun} must be a finite number, got {Raw}");
        return value;
    }

    /// <summary>A whole number in the range of <see cref="int"/>.</summary>
    public int WholeNumber(string noun)
    {
        RequireScalar(noun, "a whole number");
        if (!long.TryParse(Raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture, out long value))
        {
            bool isNumber = double.TryParse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            throw Error(isNumber ? $"{noun} must be a whole number, got {Raw}" : $"{noun} must be a whole number, got '{Raw}'");
        }
        if (value is < int.MinValue or > int.MaxValue)
            throw Error($"{noun} is too large, got {Raw}");
        return (int)value;
    }

    /// <summary>A whole number from 0 to 2^64 - 1.</summary>
    public ulong UnsignedWholeNumber(string noun)
    {
        RequireScalar(noun, "a whole number");
        if (!ulong.TryParse(Raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong value))
            throw Error($"{noun} must be a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}, got {Raw}");
        return value;
    }

    private string FileOf(YamlNode node) => _fileOf?.Invoke(node) ?? File;

    private void RequireScalar(string noun, string kind)
    {
        if (Node is not YamlScalarNode || IsNull)
            throw Error($"{noun} must be {kind}, got {Describe()}");
    }
}
