using GovSim.Random;

namespace GovSim.Distributions;

/// <summary>Log-normal law: ln X is normal with mean <see cref="Mu"/> and standard deviation <see cref="Sigma"/>.</summary>
public sealed class LogNormalDistribution : Distribution
{
    public LogNormalDistribution(double mu, double sigma)
    {
        if (!double.IsFinite(mu)) throw new ArgumentOutOfRangeException(nameof(mu), mu, "mu must be finite");
        Mu = mu;
        Sigma = RequirePositive(sigma, "sigma");
    }

    public double Mu { get; }
    public double Sigma { get; }

    /// <summary>The log-normal law with the given mean and standard deviation of X itself (not of ln X).</summary>
    public static LogNormalDistribution FromMeanAndStandardDeviation(double mean, double standardDeviation)
    {
        RequirePositive(mean, "mean");
        RequirePositive(standardDeviation, "sd");
        double sigma2 = Math.Log(1 + standardDeviation * standardDeviation / (mean * mean));
        return new LogNormalDistribution(Math.Log(mean) - sigma2 / 2, Math.Sqrt(sigma2));
    }

    // exp(mu + sigma Z) with Z from the ziggurat (Ziggurat.cs): the city presets draw this law for
    // most of their services, and the ziggurat's normal costs a table look-up where the polar
    // method cost a logarithm, a square root and a division.
    public override double Sample(RandomStream random) => Math.Exp(Mu + Sigma * Ziggurat.Normal(random));

    public override double Mean => Math.Exp(Mu + Sigma * Sigma / 2);
    public override double Variance => (Math.Exp(Sigma * Sigma) - 1) * Math.Exp(2 * Mu + Sigma * Sigma);
    public override string ToString() => FormattableString.Invariant($"lognormal(mean={Mean:G6}, sd={Math.Sqrt(Variance):G6})");
}
