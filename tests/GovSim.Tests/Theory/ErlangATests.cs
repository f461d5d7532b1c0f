using GovSim.Theory;
using MathNet.Numerics.LinearAlgebra;

namespace GovSim.Tests.Theory;

public class ErlangATests
{
    /// <summary>
    /// Independent reference: solves the truncated generator pi Q = 0 by dense linear algebra, and the
    /// tagged customer's wait from an absorbing chain via its fundamental matrix.
    /// </summary>
    private sealed record Reference(double PWait, double EQ, double Util, double PAbandon, double MeanWaitAll, double MeanWaitServed);

    private static Reference SolveByLinearAlgebra(double lambda, double mu, int c, double theta, int maxN)
    {
        int size = maxN + 1;
        var q = Matrix<double>.Build.Dense(size, size);
        for (int n = 0; n <= maxN; n++)
        {
            if (n < maxN)
            {
                q[n, n + 1] = lambda;
            }

            if (n > 0)
            {
                q[n, n - 1] = (Math.Min(n, c) * mu) + (Math.Max(n - c, 0) * theta);
            }

            q[n, n] = -q.Row(n).Sum();
        }

        var a = q.Transpose();
        for (int k = 0; k < size; k++)
        {
            a[maxN, k] = 1.0;
        }

        var b = Vector<double>.Build.Dense(size);
        b[maxN] = 1.0;
        var pi = a.Solve(b);

        // Tagged customer with j ahead in queue: moves up at c mu + j theta (from j = 0: served), abandons at theta.
        int jMax = maxN - c;
        var t = Matrix<double>.Build.Dense(jMax + 1, jMax + 1);
        var toServed = Vector<double>.Build.Dense(jMax + 1);
        for (int j = 0; j <= jMax; j++)
        {
            t[j, j] = -((c * mu) + ((j + 1) * theta));
            if (j > 0)
            {
                t[j, j - 1] = (c * mu) + (j * theta);
            }
        }

        toServed[0] = c * mu;
        var fundamental = (-t).Inverse();
        var pServed = fundamental * toServed;                                   // P(served | j)
        var timeServed = fundamental * pServed;                                 // E[wait; served | j]
        var timeAll = fundamental * Vector<double>.Build.Dense(jMax + 1, 1.0);   // E[wait | j]

        double pWait = 0, eq = 0, busy = 0, served = 0, waitServed = 0, waitAll = 0;
        for (int n = 0; n <= maxN; n++)
        {
            busy += Math.Min(n, c) * pi[n];
            if (n < c)
            {
                served += pi[n];
                continue;
            }

            int j = n - c;
            pWait += pi[n];
            eq += j * pi[n];
            served += pi[n] * pServed[j];
            waitServed += pi[n] * timeServed[j];
            waitAll += pi[n] * timeAll[j];
        }

        return new Reference(pWait, eq, busy / c, 1 - served, waitAll, waitServed / served);
    }

    private static void AssertRelative(double expected, double actual, double relTol, string what)
    {
        double tol = relTol * Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(expected - actual) <= tol, $"{what}: expected {expected:R}, got {actual:R}");
    }

    [Theory]
    [InlineData(0.9, 1.0, 1)]
    [InlineData(3.2, 1.0, 4)]
    [InlineData(48.0, 1.0, 50)]
    [InlineData(990.0, 1.0, 1000)]
    [InlineData(9.0, 0.25, 40)]
    public void ThetaZeroReducesToErlangC(double lambda, double mu, int c)
    {
        var r = ErlangA.Solve(lambda, mu, c, 0.0);
        AssertRelative(ErlangC.ProbabilityOfWait(lambda, mu, c), r.ProbabilityOfWait, 1e-10, "P(wait)");
        AssertRelative(ErlangC.Lq(lambda, mu, c), r.MeanQueueLength, 1e-10, "Lq");
        AssertRelative(ErlangC.Wq(lambda, mu, c), r.MeanWait, 1e-10, "Wq");
        AssertRelative(ErlangC.Wq(lambda, mu, c), r.MeanWaitOfServed, 1e-10, "Wq served");
        AssertRelative(lambda / (c * mu), r.Utilisation, 1e-10, "utilisation");
        Assert.Equal(0.0, r.ProbabilityOfAbandonment);
    }

    [Fact]
    public void TinyThetaIsCloseToErlangC()
    {
        var r = ErlangA.Solve(3.2, 1.0, 4, 1e-7);
        AssertRelative(ErlangC.Wq(3.2, 1.0, 4), r.MeanWait, 1e-4, "Wq");
        Assert.True(r.ProbabilityOfAbandonment > 0 && r.ProbabilityOfAbandonment < 1e-5);
    }

    [Theory]
    [InlineData(0.8, 1.0, 1, 0.3, 300)]
    [InlineData(1.5, 1.0, 1, 0.3, 300)]
    [InlineData(4.0, 1.0, 3, 0.4, 300)]
    [InlineData(95.0, 1.0, 100, 0.5, 400)]
    [InlineData(130.0, 1.0, 100, 0.5, 500)]
    public void MatchesGeneratorSolveAndAbsorbingChain(double lambda, double mu, int c, double theta, int maxN)
    {
        var expected = SolveByLinearAlgebra(lambda, mu, c, theta, maxN);
        var r = ErlangA.Solve(lambda, mu, c, theta);
        AssertRelative(expected.PWait, r.ProbabilityOfWait, 1e-9, "P(wait)");
        AssertRelative(expected.EQ, r.MeanQueueLength, 1e-9, "E[Q]");
        AssertRelative(expected.Util, r.Utilisation, 1e-9, "utilisation");
        AssertRelative(expected.PAbandon, r.ProbabilityOfAbandonment, 1e-8, "P(abandon)");
        AssertRelative(expected.MeanWaitAll, r.MeanWait, 1e-9, "mean wait (all)");
        AssertRelative(expected.MeanWaitServed, r.MeanWaitOfServed, 1e-9, "mean wait (served)");
    }

    [Fact]
    public void SingleServerMatchesExplicitTruncatedSums()
    {
        // c = 1: pi_n proportional to lambda^n / prod_{k=1..n} (mu + (k-1) theta), summed explicitly.
        const double lambda = 1.2, mu = 1.0, theta = 0.5;
        double term = 1, sum = 0, queue = 0, waiting = 0;
        for (int n = 0; n < 200; n++)
        {
            sum += term;
            if (n >= 1)
            {
                waiting += term;
                queue += (n - 1) * term;
            }

            term *= lambda / (mu + (n * theta));
        }

        var r = ErlangA.Solve(lambda, mu, 1, theta);
        Assert.Equal(waiting / sum, r.ProbabilityOfWait, 1e-12);
        Assert.Equal(queue / sum, r.MeanQueueLength, 1e-12);
        Assert.Equal(waiting / sum, r.Utilisation, 1e-12);
        Assert.Equal(theta * queue / sum / lambda, r.ProbabilityOfAbandonment, 1e-12);
    }

    [Theory]
    [InlineData(95.0, 1.0, 100, 0.5)]
    [InlineData(10_500.0, 1.0, 10_000, 0.2)]
    [InlineData(9_000.0, 1.0, 10_000, 2.0)]
    [InlineData(50.0, 1.0, 1, 1.0)]
    public void FlowBalanceHoldsAndValuesAreSane(double lambda, double mu, int c, double theta)
    {
        var r = ErlangA.Solve(lambda, mu, c, theta);
        Assert.InRange(r.ProbabilityOfWait, 0.0, 1.0);
        Assert.InRange(r.ProbabilityOfAbandonment, 0.0, 1.0);
        Assert.InRange(r.Utilisation, 0.0, 1.0);
        Assert.True(double.IsFinite(r.MeanWait) && r.MeanWait >= 0);
        Assert.True(double.IsFinite(r.MeanWaitOfServed) && r.MeanWaitOfServed >= 0);

        // Served throughput lambda (1 - P(ab)) must equal the departure rate c mu utilisation.
        AssertRelative(lambda * (1 - r.ProbabilityOfAbandonment), c * mu * r.Utilisation, 1e-10, "throughput");
    }

    [Fact]
    public void OverloadedSystemIsStableWithAbandonment()
    {
        // lambda = 2 c mu: servers saturate, so served rate ~ c mu and about half the arrivals abandon.
        var r = ErlangA.Solve(200.0, 1.0, 100, 1.0);
        Assert.True(r.Utilisation > 0.99);
        Assert.InRange(r.ProbabilityOfAbandonment, 0.49, 0.51);
    }

    [Fact]
    public void NoArrivalsGiveZeros()
    {
        var r = ErlangA.Solve(0.0, 1.0, 3, 0.5);
        Assert.Equal(default, r);
    }

    [Fact]
    public void UnstableWithoutAbandonmentThrows() =>
        Assert.Throws<InvalidOperationException>(() => ErlangA.Solve(4.0, 1.0, 4, 0.0));

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Solve(-1.0, 1.0, 1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Solve(1.0, 0.0, 1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Solve(1.0, 1.0, 0, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Solve(1.0, 1.0, 1, -0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Solve(double.NaN, 1.0, 1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Solve(1.0, 1.0, 1, double.PositiveInfinity));
    }
}
