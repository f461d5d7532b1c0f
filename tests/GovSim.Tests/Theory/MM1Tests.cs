using GovSim.Theory;

namespace GovSim.Tests.Theory;

public class MM1Tests
{
    private const double Tol = 1e-12;

    [Fact]
    public void KnownValuesAtRhoPointNine()
    {
        Assert.Equal(0.9, MM1.Rho(0.9, 1.0), Tol);
        Assert.Equal(9.0, MM1.L(0.9, 1.0), 1e-10);
        Assert.Equal(8.1, MM1.Lq(0.9, 1.0), 1e-10);
        Assert.Equal(10.0, MM1.W(0.9, 1.0), 1e-10);
        Assert.Equal(9.0, MM1.Wq(0.9, 1.0), 1e-10);
    }

    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(3.0, 4.0)]
    [InlineData(0.01, 7.5)]
    public void SatisfiesLittlesLawAndServiceDecomposition(double lambda, double mu)
    {
        Assert.Equal(lambda * MM1.W(lambda, mu), MM1.L(lambda, mu), Tol);
        Assert.Equal(lambda * MM1.Wq(lambda, mu), MM1.Lq(lambda, mu), Tol);
        Assert.Equal(MM1.Wq(lambda, mu) + (1.0 / mu), MM1.W(lambda, mu), Tol);
    }

    [Fact]
    public void ZeroArrivalsGiveEmptySystem()
    {
        Assert.Equal(0.0, MM1.L(0.0, 1.0));
        Assert.Equal(0.0, MM1.Wq(0.0, 1.0));
        Assert.Equal(0.5, MM1.W(0.0, 2.0), Tol);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(1.5, 1.0)]
    public void UnstableThrows(double lambda, double mu)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => MM1.L(lambda, mu));
        Assert.Contains("unstable", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => MM1.Lq(lambda, mu));
        Assert.Throws<InvalidOperationException>(() => MM1.W(lambda, mu));
        Assert.Throws<InvalidOperationException>(() => MM1.Wq(lambda, mu));
        Assert.Equal(lambda / mu, MM1.Rho(lambda, mu), Tol);
    }

    [Theory]
    [InlineData(-0.1, 1.0)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.5, -1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.5, double.PositiveInfinity)]
    public void InvalidArgumentsThrow(double lambda, double mu)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MM1.Rho(lambda, mu));
        Assert.Throws<ArgumentOutOfRangeException>(() => MM1.L(lambda, mu));
        Assert.Throws<ArgumentOutOfRangeException>(() => MM1.Wq(lambda, mu));
    }
}
