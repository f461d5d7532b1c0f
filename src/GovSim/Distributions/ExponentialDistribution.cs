using GovSim.Random;

namespace GovSim.Distributions;

/// <summary>Exponential law with a rate (events per hour); its mean is 1/rate.</summary>
public sealed class ExponentialDistribution : Distribution
{
    public ExponentialDistribution(double rate) => Rate = RequirePositive(rate, "rate");

    public double Rate { get; }

    public static ExponentialDistribution WithMean(double mean) => new(1.0 / RequirePositive(mean, "mean"));

    // Inversion, −ln(U)/rate with U in (0, 1], as MathNet's sampler does, but inline: this law is
    // drawn for nearly every arrival and service, and MathNet's static sampler checks its argument
    // and calls the generator virtually on each draw.
    public override double Sample(RandomStream random) => -Math.Log(random.NextUnitOpenAtZero()) / Rate;

    public override double Mean => 1.0 / Rate;
    public override double Variance => 1.0 / (Rate * Rate);
    public override string ToString() => FormattableString.Invariant($"exponential(rate={Rate:G6})");
}
