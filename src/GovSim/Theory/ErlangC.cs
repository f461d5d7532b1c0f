namespace GovSim.Theory;

/// <summary>
/// Steady-state measures of the M/M/c queue (Erlang C model) and the Erlang B loss formula.
/// Uses the Erlang B recursion rather than factorials so it stays accurate for c in the
/// tens of thousands. The queue measures throw <see cref="InvalidOperationException"/> when
/// rho = lambda / (c mu) &gt;= 1 because no steady state exists.
/// </summary>
public static class ErlangC
{
    /// <summary>
    /// Erlang B blocking probability for an M/M/c/c loss system with offered load A (Erlangs),
    /// via the recursion B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1)), which stays in [0, 1] at every
    /// step and so never overflows, unlike A^c / c!.
    /// </summary>
    /// <param name="offeredLoad">Offered load A = lambda / mu (&gt;= 0).</param>
    /// <param name="c">Number of servers (&gt;= 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A is negative or not finite, or c &lt; 1.</exception>
    public static double ErlangB(double offeredLoad, int c)
    {
        TheoryGuard.NonNegative(offeredLoad, nameof(offeredLoad));
        TheoryGuard.Servers(c, nameof(c));
        double b = 1.0;
        for (int k = 1; k <= c; k++)
        {
            double ab = offeredLoad * b;
            b = ab / (k + ab);
        }

        return b;
    }

    /// <summary>
    /// Erlang C probability that an arriving customer must wait (all c servers busy, by PASTA).
    /// Converted from Erlang B: C = B / (1 - rho (1 - B)) with rho = lambda / (c mu).
    /// </summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate per server (&gt; 0).</param>
    /// <param name="c">Number of servers (&gt;= 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">Invalid rate or c &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double ProbabilityOfWait(double lambda, double mu, int c)
    {
        double rho = StableRho(lambda, mu, c);
        double b = ErlangB(lambda / mu, c);
        return b / (1.0 - (rho * (1.0 - b)));
    }

    /// <summary>Mean number waiting in queue, Lq = C rho / (1 - rho) (M/M/c, Erlang C).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate per server (&gt; 0).</param>
    /// <param name="c">Number of servers (&gt;= 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">Invalid rate or c &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double Lq(double lambda, double mu, int c)
    {
        double rho = StableRho(lambda, mu, c);
        return ProbabilityOfWait(lambda, mu, c) * rho / (1.0 - rho);
    }

    /// <summary>Mean time waiting in queue, Wq = C / (c mu - lambda) (M/M/c, Erlang C).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate per server (&gt; 0).</param>
    /// <param name="c">Number of servers (&gt;= 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">Invalid rate or c &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double Wq(double lambda, double mu, int c)
    {
        double pWait = ProbabilityOfWait(lambda, mu, c);
        return pWait / ((c * mu) - lambda);
    }

    /// <summary>Mean time in system, W = Wq + 1 / mu (M/M/c).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate per server (&gt; 0).</param>
    /// <param name="c">Number of servers (&gt;= 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">Invalid rate or c &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double W(double lambda, double mu, int c) => Wq(lambda, mu, c) + (1.0 / mu);

    /// <summary>Mean number in system, L = Lq + lambda / mu (Little's law: L = lambda W).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate per server (&gt; 0).</param>
    /// <param name="c">Number of servers (&gt;= 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">Invalid rate or c &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double L(double lambda, double mu, int c) => Lq(lambda, mu, c) + (lambda / mu);

    private static double StableRho(double lambda, double mu, int c)
    {
        TheoryGuard.NonNegative(lambda, nameof(lambda));
        TheoryGuard.Positive(mu, nameof(mu));
        TheoryGuard.Servers(c, nameof(c));
        double rho = lambda / (c * mu);
        if (rho >= 1.0)
        {
            throw TheoryGuard.Unstable(rho);
        }

        return rho;
    }
}
