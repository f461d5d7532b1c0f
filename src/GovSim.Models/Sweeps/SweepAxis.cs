using GovSim.Models.Scenarios;
using GovSim.Scenarios;

namespace GovSim.Models.Sweeps;

/// <summary>
/// One dimension of a parameter sweep: the keys it sets (one, or several linked with <c>+</c> that
/// change together) and the values they take, in order. Written on the command line as
/// <c>KEY=V1,V2,…</c> or <c>K1+K2=A1+B1,A2+B2,…</c>.
/// </summary>
/// <param name="Keys">The keys set together (dotted paths into a scenario, or <see cref="ScenarioOverride.LoadKey"/>).</param>
/// <param name="Values">Per value of the axis, the text of each key's value, in the order of <paramref name="Keys"/>.</param>
public sealed record SweepAxis(IReadOnlyList<string> Keys, IReadOnlyList<IReadOnlyList<string>> Values)
{
    /// <summary>The axis as written: its keys joined by <c>+</c>.</summary>
    public string Name => string.Join('+', Keys);

    /// <summary>Value <paramref name="index"/> as written: the keys' values joined by <c>+</c>.</summary>
    public string Label(int index) => string.Join('+', Values[index]);

    /// <summary>The overrides that value <paramref name="index"/> of the axis stands for.</summary>
    public IEnumerable<ScenarioOverride> Overrides(int index) => Keys.Select((k, i) => new ScenarioOverride(k, Values[index][i]));

    /// <summary>
    /// The value of a single-key axis as a number at <paramref name="index"/>, for a numeric plot axis;
    /// null when the axis links keys or any of its values is not a number.
    /// </summary>
    public IReadOnlyList<double>? Numbers()
    {
        if (Keys.Count != 1) return null;
        var numbers = new List<double>(Values.Count);
        foreach (var value in Values)
        {
            if (!double.TryParse(value[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double x)
                || !double.IsFinite(x)) return null;
            numbers.Add(x);
        }
        return numbers;
    }

    /// <summary>
    /// Reads <c>KEY=V1,V2,…</c> (keys linked with <c>+</c>, each value then with as many parts).
    /// Commas and <c>+</c> inside brackets, braces or quotes belong to the value, so a value may be a
    /// flow mapping such as <c>{ type: exponential, mean: 3 }</c>. Problems are
    /// <see cref="ScenarioException"/>s naming <c>--set KEY</c>.
    /// </summary>
    public static SweepAxis Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
            throw ScenarioOverride.Error(text.Trim(), $"expected KEY=V1,V2,… (e.g. mechanisms.hop_delay.mean=1,2,4), got '{text}'");
        string keyText = text[..equals].Trim();
        var keys = keyText.Split('+').Select(k => k.Trim()).ToList();
        if (keys.Any(k => k.Length == 0)) throw ScenarioOverride.Error(keyText, "a key is empty; link keys as K1+K2=A1+B1,A2+B2");
        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count) throw ScenarioOverride.Error(keyText, "a key is linked with itself");

        var values = new List<IReadOnlyList<string>>();
        foreach (string value in FlowText.SplitTopLevel(text[(equals + 1)..], ','))
        {
            var parts = (keys.Count == 1 ? [value] : FlowText.SplitTopLevel(value, '+')).Select(p => p.Trim()).ToList();
            if (parts.Any(p => p.Length == 0))
                throw ScenarioOverride.Error(keyText, $"a value is empty in '{text[(equals + 1)..]}'");
            if (parts.Count != keys.Count)
                throw ScenarioOverride.Error(keyText, $"{keys.Count} linked keys need {keys.Count} values joined by '+', got {parts.Count} in '{value.Trim()}'");
            values.Add(parts);
        }
        if (values.Count == 0) throw ScenarioOverride.Error(keyText, "needs at least one value");
        var labels = values.Select(v => string.Join('+', v)).ToList();
        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Count)
            throw ScenarioOverride.Error(keyText, $"a value is given twice in '{text[(equals + 1)..]}'");
        return new SweepAxis(keys, values);
    }
}
