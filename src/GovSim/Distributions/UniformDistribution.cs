using GovSim.Random;

namespace GovSim.Distributions;

/// <summary>Continuous uniform law on [min, max].</summary>
public sealed class UniformDistribution : Distribution
{
    public UniformDistribution(double min, double max)
    {
        Min = RequireNonNegative(min, "min");
        Max = RequireNonNegative(max, "max");
        if (max < min) throw new ArgumentOutOfRangeException(nameof(max), max, "max must not be below min");
    }

    public double Min { get; }
    public double Max { get; }

    public override double Sample(RandomStream random) =>
        MathNet.Numerics.Distributions.ContinuousUniform.Sample(random, Min, Max);

    public override double Mean => (Min + Max) / 2;
    public override double Variance => (Max - Min) * (Max - Min) / 12;
    public override string ToString() => FormattableString.Invariant($"uniform(min={Min:G6}, max={Max:G6})");
}
