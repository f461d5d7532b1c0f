using GovSim.Theory;
using MathNet.Numerics;

namespace GovSim.Tests.Theory;

public class ErlangCTests
{
    // Textbook M/M/c formula with explicit factorials: a deliberately different code path.
    private static double FactorialErlangC(double lambda, double mu, int c)
    {
        double a = lambda / mu;
        double rho = a / c;
        double sum = 0.0;
        double term = 1.0; // a^k / k!
        for (int k = 0; k < c; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }

        double top = term / (1.0 - rho);
        return top / (sum + top);
    }

    private static double FactorialErlangB(double a, int c)
    {
        double sum = 0.0;
        double last = 0.0;
        for (int k = 0; k <= c; k++)
        {
            last = Math.Pow(a, k) / SpecialFunctions.Factorial(k);
            sum += last;
        }

        return last / sum;
    }

    [Fact]
    public void ProbabilityOfWaitMatchesFactorialFormulaAtRhoPointEight()
    {
        double p = ErlangC.ProbabilityOfWait(3.2, 1.0, 4);
        Assert.Equal(FactorialErlangC(3.2, 1.0, 4), p, 1e-13);
        Assert.Equal(0.5964, p, 1e-4);
    }

    [Theory]
    [InlineData(0.5, 1.0, 1)]
    [InlineData(1.7, 1.0, 2)]
    [InlineData(9.0, 0.5, 20)]
    [InlineData(45.0, 1.0, 50)]
    public void MatchesFactorialFormulaAcrossSizes(double lambda, double mu, int c)
    {
        double expected = FactorialErlangC(lambda, mu, c);
        double p = ErlangC.ProbabilityOfWait(lambda, mu, c);
        Assert.Equal(expected, p, 1e-12);
        double rho = lambda / (c * mu);
        Assert.Equal(expected * rho / (1 - rho), ErlangC.Lq(lambda, mu, c), 1e-11);
        Assert.Equal(expected / ((c * mu) - lambda), ErlangC.Wq(lambda, mu, c), 1e-11);
        Assert.Equal(ErlangC.Wq(lambda, mu, c) + (1 / mu), ErlangC.W(lambda, mu, c), 1e-12);
        Assert.Equal(lambda * ErlangC.W(lambda, mu, c), ErlangC.L(lambda, mu, c), 1e-10);
    }

    [Fact]
    public void SingleServerReducesToMM1()
    {
        Assert.Equal(0.7, ErlangC.ProbabilityOfWait(0.7, 1.0, 1), 1e-13);
        Assert.Equal(MM1.Lq(0.7, 1.0), ErlangC.Lq(0.7, 1.0, 1), 1e-12);
        Assert.Equal(MM1.W(0.7, 1.0), ErlangC.W(0.7, 1.0, 1), 1e-12);
    }

    [Theory]
    [InlineData(10.0, 10, 0.2145823)]
    [InlineData(1.0, 1, 0.5)]
    [InlineData(2.0, 3, 0.2105263)]
    [InlineData(5.0, 10, 0.0183846)]
    public void ErlangBKnownValues(double a, int c, double expected)
    {
        double b = ErlangC.ErlangB(a, c);
        Assert.Equal(expected, b, 1e-7);
        Assert.Equal(FactorialErlangB(a, c), b, 1e-13);
    }

    [Fact]
    public void ErlangBWithNoLoadIsZero() => Assert.Equal(0.0, ErlangC.ErlangB(0.0, 5));

    [Fact]
    public void StableForTenThousandServers()
    {
        // Reference via log-space Poisson terms (log-gamma), which never forms a^c / c! directly.
        const int c = 10_000;
        const double a = 9_900.0;
        double logTail = (c * Math.Log(a)) - SpecialFunctions.GammaLn(c + 1) - Math.Log(1 - (a / c));
        double max = logTail;
        var logs = new double[c];
        for (int k = 0; k < c; k++)
        {
            logs[k] = (k * Math.Log(a)) - SpecialFunctions.GammaLn(k + 1);
            max = Math.Max(max, logs[k]);
        }

        double sum = Math.Exp(logTail - max);
        foreach (double l in logs)
        {
            sum += Math.Exp(l - max);
        }

        double expected = Math.Exp(logTail - max) / sum;
        double p = ErlangC.ProbabilityOfWait(a, 1.0, c);
        Assert.InRange(p, 0.01, 0.99);
        Assert.Equal(expected, p, expected * 1e-8);
    }

    [Theory]
    [InlineData(4.0, 1.0, 4)]
    [InlineData(10.0, 1.0, 3)]
    public void UnstableThrows(double lambda, double mu, int c)
    {
        Assert.Throws<InvalidOperationException>(() => ErlangC.ProbabilityOfWait(lambda, mu, c));
        Assert.Throws<InvalidOperationException>(() => ErlangC.Lq(lambda, mu, c));
        Assert.Throws<InvalidOperationException>(() => ErlangC.W(lambda, mu, c));
        Assert.Throws<InvalidOperationException>(() => ErlangC.L(lambda, mu, c));
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWait(-1.0, 1.0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWait(1.0, 0.0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWait(1.0, 1.0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Wq(1.0, 1.0, -3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ErlangB(-2.0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ErlangB(2.0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ErlangB(double.NaN, 3));
    }
}
