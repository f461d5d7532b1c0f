using GovSim.Random;

namespace GovSim.Distributions;

/// <summary>Exponential law with a rate (events per hour); its mean is 1/rate.</summary>
public sealed class ExponentialDistribution : Distribution
{
    public ExponentialDistribution(double rate) => Rate = RequirePositive(rate, "rate");

    public double Rate { get; }

    public static ExponentialDistribution WithMean(double mean) => new(1.0 / RequirePositive(mean, "mean"));

    // By the ziggurat (Ziggurat.cs), not by inversion (−ln U): this law is drawn for nearly every
    // arrival, hand-over and service, and the ziggurat computes no logarithm or exponential in 98%
    // of its draws.
    public override double Sample(RandomStream random) => Ziggurat.Exponential(random) / Rate;

    public override double Mean => 1.0 / Rate;
    public override double Variance => 1.0 / (Rate * Rate);
    public override string ToString() => FormattableString.Invariant($"exponential(rate={Rate:G6})");
}
