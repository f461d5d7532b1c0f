using GovSim.Networks;

namespace GovSim.Validation;

/// <summary>A network with known exact results, and the metrics to compare with them.</summary>
/// <param name="Model">Display name of the queueing model.</param>
/// <param name="Spec">The network as the engine runs it.</param>
/// <param name="Expectations">Each compared metric: its label, where the engine reports it, and the theory value.</param>
public sealed record ValidationCase(string Model, NetworkSpec Spec, IReadOnlyList<Expectation> Expectations);

/// <summary>A metric the engine reports (<paramref name="Key"/>) and its exact value.</summary>
public sealed record Expectation(string Label, MetricKey Key, double Theory);
