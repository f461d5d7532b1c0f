namespace GovSim.Theory;

/// <summary>
/// Steady-state measures of the M/M/1 queue (Poisson arrivals, exponential service, one server,
/// FCFS, infinite buffer). All members are pure; the measures other than <see cref="Rho"/>
/// throw <see cref="InvalidOperationException"/> when rho &gt;= 1 because no steady state exists.
/// </summary>
public static class MM1
{
    /// <summary>Traffic intensity (server utilisation) rho = lambda / mu. Does not require stability.</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative, zero (mu) or not finite.</exception>
    public static double Rho(double lambda, double mu)
    {
        TheoryGuard.NonNegative(lambda, nameof(lambda));
        TheoryGuard.Positive(mu, nameof(mu));
        return lambda / mu;
    }

    /// <summary>Mean number in system, L = rho / (1 - rho) (M/M/1 geometric occupancy).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative, zero (mu) or not finite.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double L(double lambda, double mu)
    {
        double rho = StableRho(lambda, mu);
        return rho / (1.0 - rho);
    }

    /// <summary>Mean number waiting in queue, Lq = rho^2 / (1 - rho).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative, zero (mu) or not finite.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double Lq(double lambda, double mu)
    {
        double rho = StableRho(lambda, mu);
        return rho * rho / (1.0 - rho);
    }

    /// <summary>Mean time in system (sojourn), W = 1 / (mu - lambda) (Little's law applied to L).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative, zero (mu) or not finite.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double W(double lambda, double mu)
    {
        _ = StableRho(lambda, mu);
        return 1.0 / (mu - lambda);
    }

    /// <summary>Mean time waiting in queue, Wq = rho / (mu - lambda).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative, zero (mu) or not finite.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double Wq(double lambda, double mu)
    {
        double rho = StableRho(lambda, mu);
        return rho / (mu - lambda);
    }

    /// <summary>
    /// The p-quantile of the time in system under FCFS, -ln(1 - p) / (mu - lambda): the sojourn time
    /// of an M/M/1 FCFS queue is exponential with rate mu - lambda (a geometric number of
    /// exponential services, itself exponential).
    /// </summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate (&gt; 0).</param>
    /// <param name="p">Probability in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative, zero (mu) or not finite, or p is outside (0, 1).</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double SojournQuantile(double lambda, double mu, double p)
    {
        _ = StableRho(lambda, mu);
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability must lie strictly between 0 and 1.");
        }

        return -Math.Log(1 - p) / (mu - lambda);
    }

    private static double StableRho(double lambda, double mu)
    {
        double rho = Rho(lambda, mu);
        if (rho >= 1.0)
        {
            throw TheoryGuard.Unstable(rho);
        }

        return rho;
    }
}
