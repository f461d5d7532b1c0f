using GovSim.Random;

namespace GovSim.Distributions;

/// <summary>Gamma law by shape and rate; with a whole-number shape k it is the Erlang-k law.</summary>
public sealed class GammaDistribution : Distribution
{
    public GammaDistribution(double shape, double rate)
    {
        Shape = RequirePositive(shape, "shape");
        Rate = RequirePositive(rate, "rate");
    }

    public double Shape { get; }
    public double Rate { get; }

    /// <summary>Erlang-k with the given mean: k phases of mean mean/k each.</summary>
    public static GammaDistribution Erlang(int k, double mean)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be a whole number of at least 1");
        return new GammaDistribution(k, k / RequirePositive(mean, "mean"));
    }

    public override double Sample(RandomStream random) =>
        MathNet.Numerics.Distributions.Gamma.Sample(random, Shape, Rate);

    public override double Mean => Shape / Rate;
    public override double Variance => Shape / (Rate * Rate);
    public override string ToString() => FormattableString.Invariant($"gamma(shape={Shape:G6}, rate={Rate:G6})");
}
