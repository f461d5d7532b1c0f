namespace GovSim.Scenarios;

/// <summary>The fields of one mapping, already checked against its allowed keys, looked up by name.</summary>
internal sealed class YamlFields
{
    private readonly IReadOnlyList<YamlNodeReader> _entries;

    public YamlFields(YamlNodeReader owner, IReadOnlyList<YamlNodeReader> entries)
    {
        Owner = owner;
        _entries = entries;
    }

    /// <summary>The mapping the fields belong to.</summary>
    public YamlNodeReader Owner { get; }

    /// <summary>The field, or null when it is absent or left empty (<c>key:</c>, <c>~</c>, <c>null</c>).</summary>
    public YamlNodeReader? Optional(string key)
    {
        var entry = Find(key);
        return entry is null || entry.IsNull ? null : entry;
    }

    /// <summary>The field; its absence is an error at the mapping's key, an empty value an error at the field.</summary>
    /// <param name="key">The field's key.</param>
    /// <param name="hint">Optional words appended to the "missing" message.</param>
    public YamlNodeReader Required(string key, string? hint = null)
    {
        var entry = Find(key) ?? throw Owner.MissingError(key, $"required field '{key}' is missing{(hint is null ? "" : $" ({hint})")}");
        if (entry.IsNull) throw entry.Error($"'{key}' needs a value{(hint is null ? "" : $" ({hint})")}");
        return entry;
    }

    private YamlNodeReader? Find(string key)
    {
        foreach (var entry in _entries)
            if (entry.Name == key) return entry;
        return null;
    }
}
