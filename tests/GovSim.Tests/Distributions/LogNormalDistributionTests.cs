using GovSim.Distributions;
using GovSim.Random;
using MathNet.Numerics.Distributions;

namespace GovSim.Tests.Distributions;

public class LogNormalDistributionTests
{
    [Theory]
    [InlineData(1.0, 0.5, 1UL)]
    [InlineData(6.0, 4.5, 2UL)]      // the city presets' work time
    [InlineData(0.25, 0.15, 3UL)]
    [InlineData(1e-3, 10.0, 4UL)]
    public void Logarithms_of_the_draws_have_the_normal_law_of_mu_and_sigma(double mean, double sd, ulong seed)
    {
        // ln X is normal(mu, sigma): 1 M draws read through its CDF into 500 equiprobable bins,
        // chi-square below its 0.999 quantile; then the mean and standard deviation given.
        var law = LogNormalDistribution.FromMeanAndStandardDeviation(mean, sd);
        var random = new RandomStream(seed);
        const int bins = 500, draws = 1_000_000;
        var counts = new long[bins];
        for (int i = 0; i < draws; i++)
        {
            double x = law.Sample(random);
            Assert.True(x > 0 && double.IsFinite(x));
            double p = Normal.CDF(law.Mu, law.Sigma, Math.Log(x));
            counts[Math.Min(bins - 1, (int)(p * bins))]++;
        }
        double expected = (double)draws / bins;
        double statistic = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(statistic < ChiSquared.InvCDF(bins - 1, 0.999), $"chi-square {statistic:F1}");
        Assert.Equal(mean, law.Mean, mean * 1e-12);
        Assert.Equal(sd, Math.Sqrt(law.Variance), sd * 1e-9);
    }
}
