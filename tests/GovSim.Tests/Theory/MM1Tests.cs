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

    [Theory]
    [InlineData(0.5, 1.0, 0.5)]
    [InlineData(0.5, 1.0, 0.9)]
    [InlineData(0.5, 1.0, 0.99)]
    [InlineData(0.9, 1.0, 0.9)]
    [InlineData(2.0, 7.0, 0.25)]
    public void SojournQuantileSolvesTheMixtureOfErlangDistributions(double lambda, double mu, double p)
    {
        // Computed another way: an arrival finds n in system with probability (1 - ρ) ρ^n (PASTA)
        // and stays for n + 1 exponential services, an Erlang(n + 1, μ) time. The mixture's CDF at
        // the quantile must be p.
        double x = MM1.SojournQuantile(lambda, mu, p);
        double rho = lambda / mu, mx = mu * x;
        double cdf = 0, weight = 1 - rho, term = Math.Exp(-mx), tail = 0;
        for (int n = 0; n < 2000 && weight > 1e-300; n++)
        {
            // tail = P(Poisson(μx) ≤ n) = P(Erlang(n + 1, μ) > x).
            tail += term;
            cdf += weight * (1 - tail);
            term *= mx / (n + 1);
            weight *= rho;
        }

        Assert.Equal(p, cdf, 1e-9);
        Assert.Equal(MM1.W(lambda, mu) * Math.Log(2), MM1.SojournQuantile(lambda, mu, 0.5), Tol);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void SojournQuantileNeedsAProbabilityStrictlyInside(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MM1.SojournQuantile(0.5, 1.0, p));

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
