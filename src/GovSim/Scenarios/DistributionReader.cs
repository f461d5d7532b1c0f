using GovSim.Distributions;
using YamlDotNet.RepresentationModel;

namespace GovSim.Scenarios;

/// <summary>
/// Reads a distribution written as a mapping with a <c>type</c> and named parameters, e.g.
/// <c>{ type: erlang, k: 3, mean: 0.5 }</c>. Each type accepts a few fixed sets of parameters;
/// anything else is an error that names the parameter.
/// </summary>
internal static class DistributionReader
{
    // Each type with the parameter sets it accepts, in the order the documentation gives them.
    private static readonly (string Type, string[][] Forms)[] Types =
    [
        ("exponential", [["rate"], ["mean"]]),
        ("deterministic", [["value"]]),
        ("erlang", [["k", "mean"], ["k", "rate"]]),
        ("gamma", [["shape", "rate"], ["shape", "mean"]]),
        ("lognormal", [["mean", "sd"], ["mu", "sigma"]]),
        ("uniform", [["min", "max"]]),
        ("triangular", [["min", "mode", "max"]]),
        ("empirical", [["values"]]),
    ];

    /// <summary>The distribution type names, as scenario files write them.</summary>
    public static IReadOnlyList<string> TypeNames { get; } = Types.Select(t => t.Type).ToArray();

    public static Distribution Read(YamlNodeReader node)
    {
        if (node.Node is not YamlMappingNode)
            throw node.Error($"a distribution must be a mapping with 'type' and its parameters, e.g. {{ type: exponential, rate: 1.0 }}, got {node.Describe()}");
        var entries = node.Entries("a distribution");
        var typeNode = entries.FirstOrDefault(e => e.Name == "type")
            ?? throw node.MissingError("type", $"required field 'type' is missing (one of {NameSuggestions.List(TypeNames)})");
        string type = typeNode.Text("type");
        int typeIndex = Array.FindIndex(Types, t => t.Type == type);
        if (typeIndex < 0)
            throw typeNode.Error($"unknown distribution type '{type}' (known: {NameSuggestions.List(TypeNames)}){NameSuggestions.DidYouMean(type, TypeNames)}");
        string[][] forms = Types[typeIndex].Forms;
        string formsText = string.Join(" or ", forms.Select(f => "{" + string.Join(", ", f) + "}"));

        var parameters = entries.Where(e => e.Name != "type").ToList();
        var known = forms.SelectMany(f => f).Distinct().ToArray();
        var given = new List<string>();
        foreach (var parameter in parameters)
        {
            if (!known.Contains(parameter.Name))
                throw parameter.EntryError($"unknown parameter '{parameter.Name}' for {type}, which takes {formsText}{NameSuggestions.DidYouMean(parameter.Name, known)}");
            given.Add(parameter.Name);
            if (!forms.Any(f => given.All(f.Contains)))
            {
                var others = given.Where(g => g != parameter.Name);
                throw parameter.EntryError($"parameter '{parameter.Name}' cannot be combined with {NameSuggestions.List(others)}: {type} takes {formsText}");
            }
        }

        var form = forms.FirstOrDefault(f => f.Length == given.Count && given.All(f.Contains));
        if (form is null)
        {
            // Every given parameter belongs to each candidate form, so only parameters are missing.
            var candidates = forms.Where(f => given.All(f.Contains)).ToList();
            if (candidates.Count == 1)
            {
                var missing = candidates[0].Where(p => !given.Contains(p)).ToList();
                string noun = missing.Count == 1 ? "parameter" : "parameters";
                throw node.MissingError(missing[0], $"missing {noun} {NameSuggestions.List(missing)} of {type}, which takes {formsText}");
            }
            var choices = candidates.Select(f => string.Join(" and ", f.Where(p => !given.Contains(p)).Select(p => $"'{p}'")));
            throw node.EntryError($"missing parameter: {type} needs {string.Join(" or ", choices)}{(given.Count > 0 ? $" besides {NameSuggestions.List(given)}" : "")} (it takes {formsText})");
        }

        var byName = parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        try
        {
            return Build(type, form, byName);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // The constructors check their parameters; report the check at the parameter it names.
            string? name = ex.ParamName == "shape" && type == "erlang" ? "k" : ex.ParamName;
            var at = name is not null && byName.TryGetValue(name, out var p) ? p : node;
            throw at.Error(ConstructorProblem(ex, at), ex);
        }
    }

    private static Distribution Build(string type, string[] form, Dictionary<string, YamlNodeReader> p)
    {
        double Num(string name) => p[name].Number(name);

        switch (type)
        {
            case "exponential":
                return form[0] == "rate" ? new ExponentialDistribution(Num("rate")) : ExponentialDistribution.WithMean(Num("mean"));
            case "deterministic":
                return new DeterministicDistribution(Num("value"));
            case "erlang":
            {
                int k = p["k"].WholeNumber("k");
                if (k < 1) throw p["k"].Error($"k must be a whole number of at least 1, got {p["k"].Raw}");
                return form[1] == "mean" ? GammaDistribution.Erlang(k, Num("mean")) : new GammaDistribution(k, Num("rate"));
            }
            case "gamma":
            {
                double shape = Num("shape");
                if (form[1] == "rate") return new GammaDistribution(shape, Num("rate"));
                double mean = Num("mean");
                if (!(mean > 0)) throw p["mean"].Error($"mean must be a positive finite number, got {p["mean"].Raw}");
                return new GammaDistribution(shape, shape / mean);
            }
            case "lognormal":
                return form[0] == "mean"
                    ? LogNormalDistribution.FromMeanAndStandardDeviation(Num("mean"), Num("sd"))
                    : new LogNormalDistribution(Num("mu"), Num("sigma"));
            case "uniform":
                return new UniformDistribution(Num("min"), Num("max"));
            case "triangular":
                return new TriangularDistribution(Num("min"), Num("mode"), Num("max"));
            case "empirical":
            {
                var items = p["values"].Items("a list of numbers, e.g. [0.5, 1.2, 0.8]");
                if (items.Count == 0) throw p["values"].Error("values must list at least one number");
                var values = new double[items.Count];
                for (int i = 0; i < items.Count; i++)
                {
                    values[i] = items[i].Number("values");
                    if (values[i] < 0) throw items[i].Error($"values must be non-negative numbers, got {items[i].Raw}");
                }
                return new EmpiricalDistribution(values);
            }
            default:
                throw new InvalidOperationException($"distribution type '{type}' is listed but not built");
        }
    }

    // "rate must be a positive finite number (Parameter 'rate')\nActual value was -1." becomes
    // "rate must be a positive finite number, got -1" (with the number as the file writes it).
    private static string ConstructorProblem(ArgumentOutOfRangeException ex, YamlNodeReader at)
    {
        string text = ex.Message.Split('\n')[0].Trim();
        int parameterNote = text.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (parameterNote >= 0) text = text[..parameterNote];
        if (at.Node is not YamlScalarNode) return text;
        return text.StartsWith(at.Name + " ", StringComparison.Ordinal)
            ? $"{text}, got {at.Raw}"
            : $"{text} ({at.Name} is {at.Raw})";
    }
}
