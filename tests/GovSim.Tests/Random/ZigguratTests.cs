using GovSim.Random;
using MathNet.Numerics.Distributions;

namespace GovSim.Tests.Random;

/// <summary>
/// The ziggurat's variates against their exact laws. Every threshold is a quantile of the test
/// statistic's own sampling law at 0.999 (chi-square, binomial, normal), for fixed seeds, so a
/// correct sampler fails one of these checks about once in a thousand seeds; a wrong layer
/// table, edge test or tail misplaces far more mass than these sample sizes can hide.
/// </summary>
public class ZigguratTests
{
    private const double Level = 0.999;

    [Theory]
    [InlineData(1UL)]
    [InlineData(20261203UL)]
    public void Normal_draws_fill_equiprobable_bins_evenly(ulong seed)
    {
        var random = new RandomStream(seed);
        AssertEquiprobableBins(() => Normal.CDF(0, 1, Ziggurat.Normal(random)));
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(20261203UL)]
    public void Exponential_draws_fill_equiprobable_bins_evenly(ulong seed)
    {
        var random = new RandomStream(seed);
        AssertEquiprobableBins(() => -double.ExpM1(-Ziggurat.Exponential(random)));
    }

    // 2 M draws, read through the exact CDF, into 1,000 bins of equal probability: 2,000 expected
    // in each. The bins are narrow enough (a thousandth of the mass) that a ziggurat layer's edge
    // accepted wholesale, or a tail of the wrong shape, shows as a bulge in many of them.
    private static void AssertEquiprobableBins(Func<double> probabilityOfNextDraw)
    {
        const int bins = 1_000, draws = 2_000_000;
        var counts = new long[bins];
        for (int i = 0; i < draws; i++)
        {
            double p = probabilityOfNextDraw();
            Assert.InRange(p, 0.0, 1.0);
            counts[Math.Min(bins - 1, (int)(p * bins))]++;
        }
        double expected = (double)draws / bins;
        double statistic = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(statistic < ChiSquared.InvCDF(bins - 1, Level),
            $"chi-square {statistic:F1} over {bins - 1} degrees of freedom");
    }

    [Fact]
    public void Exponential_tail_beyond_the_base_layer_has_the_exact_weight_and_shape()
    {
        // Beyond r = 7.697 the ziggurat samples r + Exp(1): the weight there is e^−r and, the law
        // having no memory, the excess has mean 1.
        AssertTail(Ziggurat.Exponential, threshold: 7.69711747013104972,
            weight: Math.Exp(-7.69711747013104972), excessMean: 1.0, excessSd: 1.0);
    }

    [Fact]
    public void Normal_tail_beyond_the_base_layer_has_the_exact_weight_and_shape()
    {
        // |Z| beyond r = 3.4426: weight 2(1 − Φ(r)); given it, |Z| has the mean φ(r)/(1 − Φ(r)) and
        // the variance 1 + r·mean − mean² of the normal truncated to (r, ∞).
        const double r = 3.442619855899;
        double q = 1 - Normal.CDF(0, 1, r);
        double meanBeyond = Normal.PDF(0, 1, r) / q;                  // E[Z | Z > r]
        double varianceBeyond = 1 + r * meanBeyond - meanBeyond * meanBeyond;
        AssertTail(rs => Math.Abs(Ziggurat.Normal(rs)), threshold: r,
            weight: 2 * q, excessMean: meanBeyond - r, excessSd: Math.Sqrt(varianceBeyond));
    }

    // 10 M draws: the count beyond the threshold within the binomial's 0.999 interval, and the
    // mean excess of those draws within its own (normal approximation, a few thousand draws).
    private static void AssertTail(Func<RandomStream, double> draw, double threshold, double weight, double excessMean, double excessSd)
    {
        const int draws = 10_000_000;
        var random = new RandomStream(7);
        long beyond = 0;
        double excessSum = 0;
        for (int i = 0; i < draws; i++)
        {
            double x = draw(random);
            if (x > threshold)
            {
                beyond++;
                excessSum += x - threshold;
            }
        }
        double z = Normal.InvCDF(0, 1, (1 + Level) / 2);
        double expected = draws * weight;
        Assert.InRange(beyond, expected - z * Math.Sqrt(expected), expected + z * Math.Sqrt(expected));
        double halfWidth = z * excessSd / Math.Sqrt(beyond);
        Assert.InRange(excessSum / beyond, excessMean - halfWidth, excessMean + halfWidth);
    }

    [Fact]
    public void Normal_draws_are_symmetric_and_consecutive_draws_uncorrelated()
    {
        // The sign and the layer come from the low bits of the same output as the point: a leak
        // between them, or from one output to the next, would show as skew or correlation.
        const int draws = 4_000_000;
        var random = new RandomStream(11);
        double previous = Ziggurat.Normal(random), sum = 0, cube = 0, lagged = 0;
        for (int i = 0; i < draws; i++)
        {
            double x = Ziggurat.Normal(random);
            sum += x;
            cube += x * x * x;
            lagged += x * previous;
            previous = x;
        }
        double z = Normal.InvCDF(0, 1, (1 + Level) / 2);
        // Standard errors: mean 1/√n, third moment √15/√n, lag-one product 1/√n.
        Assert.InRange(sum / draws, -z / Math.Sqrt(draws), z / Math.Sqrt(draws));
        Assert.InRange(cube / draws, -z * Math.Sqrt(15.0 / draws), z * Math.Sqrt(15.0 / draws));
        Assert.InRange(lagged / draws, -z / Math.Sqrt(draws), z / Math.Sqrt(draws));
    }
}
