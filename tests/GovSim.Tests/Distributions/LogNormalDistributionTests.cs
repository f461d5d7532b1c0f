using GovSim.Distributions;
using GovSim.Random;

namespace GovSim.Tests.Distributions;

public class LogNormalDistributionTests
{
    [Theory]
    [InlineData(1.0, 0.5, 1UL)]
    [InlineData(6.0, 4.5, 2UL)]      // the city presets' work time
    [InlineData(0.25, 0.15, 3UL)]
    [InlineData(1e-3, 10.0, 4UL)]
    public void Draws_are_those_of_MathNet_to_the_bit(double mean, double sd, ulong seed)
    {
        // Our sampler writes MathNet's out for speed; every result of the project (and the common
        // random numbers between its runs) depends on it drawing the very same numbers.
        var law = LogNormalDistribution.FromMeanAndStandardDeviation(mean, sd);
        var ours = new RandomStream(seed);
        var theirs = new RandomStream(seed);
        for (int i = 0; i < 200_000; i++)
        {
            double expected = MathNet.Numerics.Distributions.LogNormal.Sample(theirs, law.Mu, law.Sigma);
            double actual = law.Sample(ours);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
        }
        // And the streams are in step: both consumed the same number of uniforms.
        Assert.Equal(theirs.NextBits(), ours.NextBits());
    }
}
