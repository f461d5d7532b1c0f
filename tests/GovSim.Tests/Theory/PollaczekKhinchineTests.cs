using GovSim.Theory;

namespace GovSim.Tests.Theory;

public class PollaczekKhinchineTests
{
    [Theory]
    [InlineData(0.5, 1.0)]
    [InlineData(0.9, 1.0)]
    [InlineData(1.0, 4.0)]
    public void DeterministicServiceIsMD1(double lambda, double mu)
    {
        double rho = lambda / mu;
        double expected = rho / (2 * mu * (1 - rho));
        Assert.Equal(expected, PollaczekKhinchine.Wq(lambda, 1 / mu, 0.0), 1e-12);
        Assert.Equal(rho * rho / (2 * (1 - rho)), PollaczekKhinchine.Lq(lambda, 1 / mu, 0.0), 1e-12);
    }

    [Fact]
    public void MD1KnownValue() => Assert.Equal(0.5, PollaczekKhinchine.Wq(0.5, 1.0, 0.0), 1e-14);

    [Theory]
    [InlineData(0.9, 1.0)]
    [InlineData(2.0, 3.0)]
    public void ExponentialServiceIsMM1(double lambda, double mu)
    {
        double mean = 1 / mu;
        double variance = mean * mean;
        Assert.Equal(MM1.Wq(lambda, mu), PollaczekKhinchine.Wq(lambda, mean, variance), 1e-12);
        Assert.Equal(MM1.Lq(lambda, mu), PollaczekKhinchine.Lq(lambda, mean, variance), 1e-12);
        Assert.Equal(MM1.W(lambda, mu), PollaczekKhinchine.W(lambda, mean, variance), 1e-12);
        Assert.Equal(MM1.L(lambda, mu), PollaczekKhinchine.L(lambda, mean, variance), 1e-12);
    }

    [Fact]
    public void ExponentialAtRhoPointNineKnownValues()
    {
        Assert.Equal(9.0, PollaczekKhinchine.Wq(0.9, 1.0, 1.0), 1e-10);
        Assert.Equal(9.0, PollaczekKhinchine.L(0.9, 1.0, 1.0), 1e-10);
    }

    [Fact]
    public void MoreVariabilityMeansLongerWaits()
    {
        double low = PollaczekKhinchine.Wq(0.6, 1.0, 0.25);
        double high = PollaczekKhinchine.Wq(0.6, 1.0, 4.0);
        Assert.True(high > low * 3, $"expected high-variance wait {high} to exceed 3x low-variance wait {low}");
    }

    [Fact]
    public void UnstableThrows() =>
        Assert.Throws<InvalidOperationException>(() => PollaczekKhinchine.Wq(1.0, 1.0, 0.0));

    [Theory]
    [InlineData(-1.0, 1.0, 0.0)]
    [InlineData(0.5, 0.0, 0.0)]
    [InlineData(0.5, 1.0, -0.1)]
    [InlineData(0.5, double.NaN, 0.0)]
    public void InvalidArgumentsThrow(double lambda, double mean, double variance)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PollaczekKhinchine.Wq(lambda, mean, variance));
        Assert.Throws<ArgumentOutOfRangeException>(() => PollaczekKhinchine.L(lambda, mean, variance));
    }
}
