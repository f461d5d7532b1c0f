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

    // MathNet's sampler (Marsaglia's polar method for the normal, then exp), written out with the
    // same arithmetic in the same order, so that the draws are the same to the bit (a test checks
    // it against MathNet) but without MathNet's argument check and virtual generator calls on every
    // draw: the city presets draw this law for most of their services.
    public override double Sample(RandomStream random)
    {
        double v1, v2, r;
        do
        {
            v1 = (2.0 * random.NextUnit()) - 1.0;
            v2 = (2.0 * random.NextUnit()) - 1.0;
            r = (v1 * v1) + (v2 * v2);
        }
        while (r >= 1.0 || r == 0.0);
        double normal = v1 * Math.Sqrt(-2.0 * Math.Log(r) / r);
        return Math.Exp(Mu + (Sigma * normal));
    }

    public override double Mean => Math.Exp(Mu + Sigma * Sigma / 2);
    public override double Variance => (Math.Exp(Sigma * Sigma) - 1) * Math.Exp(2 * Mu + Sigma * Sigma);
    public override string ToString() => FormattableString.Invariant($"lognormal(mean={Mean:G6}, sd={Math.Sqrt(Variance):G6})");
}
