using GovSim.Random;

namespace GovSim.Distributions;

/// <summary>A constant: every sample is <see cref="Value"/>. It draws nothing from the stream.</summary>
public sealed class DeterministicDistribution : Distribution
{
    public DeterministicDistribution(double value) => Value = RequireNonNegative(value, "value");

    public double Value { get; }

    public override double Sample(RandomStream random) => Value;
    public override double Mean => Value;
    public override double Variance => 0;
    public override string ToString() => FormattableString.Invariant($"deterministic(value={Value:G6})");
}
