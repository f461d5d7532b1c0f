using GovSim.Scenarios;

namespace GovSim.Models.Scenarios;

/// <summary>
/// One value set from outside a governance scenario file (e.g. <c>--set mechanisms.hop_delay.mean=4</c>),
/// applied to the file's tree after <c>extends</c> merging and before the tree is read, so the value
/// passes every check a value written in the file passes.
/// </summary>
/// <param name="Key">
/// A dotted path into the merged tree, such as <c>units.district.departments.staff</c> (unit-type and
/// other names may contain dots: at each level the longest key that matches is taken), or
/// <see cref="LoadKey"/>.
/// </param>
/// <param name="Value">The value as YAML text: a number, a word, or a flow mapping or list such as <c>{ type: exponential, mean: 3 }</c>.</param>
public sealed record ScenarioOverride(string Key, string Value)
{
    /// <summary>The pseudo-key whose value multiplies the rate of every arrival source (a load factor).</summary>
    public const string LoadKey = "load";

    /// <summary>How messages name where the value came from: the option that set it.</summary>
    public string Origin => OriginOf(Key);

    /// <summary>The option that sets <paramref name="key"/>, as messages name it.</summary>
    public static string OriginOf(string key) => $"--set {key}";

    /// <summary>A one-line error about <paramref name="key"/>, naming the option that set it.</summary>
    public static ScenarioException Error(string key, string problem) => new(OriginOf(key), 0, 0, "", problem);

    public override string ToString() => $"{Key}={Value}";
}
