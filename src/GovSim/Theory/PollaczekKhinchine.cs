namespace GovSim.Theory;

/// <summary>
/// Pollaczek–Khinchine mean-value formulas for the M/G/1 queue (Poisson arrivals, general
/// service with finite variance, one FCFS server). Throws <see cref="InvalidOperationException"/>
/// when rho = lambda E[S] &gt;= 1 because no steady state exists.
/// </summary>
public static class PollaczekKhinchine
{
    /// <summary>
    /// Pollaczek–Khinchine mean wait in queue, Wq = lambda E[S^2] / (2 (1 - rho)),
    /// with E[S^2] = Var[S] + E[S]^2.
    /// </summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="meanService">Mean service time E[S] (&gt; 0).</param>
    /// <param name="varianceService">Service-time variance Var[S] (&gt;= 0; 0 gives M/D/1).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, zero (mean) or not finite.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double Wq(double lambda, double meanService, double varianceService)
    {
        TheoryGuard.NonNegative(lambda, nameof(lambda));
        TheoryGuard.Positive(meanService, nameof(meanService));
        TheoryGuard.NonNegative(varianceService, nameof(varianceService));
        double rho = lambda * meanService;
        if (rho >= 1.0)
        {
            throw TheoryGuard.Unstable(rho);
        }

        double secondMoment = varianceService + (meanService * meanService);
        return lambda * secondMoment / (2.0 * (1.0 - rho));
    }

    /// <summary>Mean number in queue, Lq = lambda Wq (Little's law on the P-K wait).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="meanService">Mean service time E[S] (&gt; 0).</param>
    /// <param name="varianceService">Service-time variance Var[S] (&gt;= 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, zero (mean) or not finite.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double Lq(double lambda, double meanService, double varianceService) =>
        lambda * Wq(lambda, meanService, varianceService);

    /// <summary>Mean time in system, W = Wq + E[S] (P-K).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="meanService">Mean service time E[S] (&gt; 0).</param>
    /// <param name="varianceService">Service-time variance Var[S] (&gt;= 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, zero (mean) or not finite.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double W(double lambda, double meanService, double varianceService) =>
        Wq(lambda, meanService, varianceService) + meanService;

    /// <summary>Mean number in system, L = lambda W (Little's law on the P-K sojourn).</summary>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="meanService">Mean service time E[S] (&gt; 0).</param>
    /// <param name="varianceService">Service-time variance Var[S] (&gt;= 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, zero (mean) or not finite.</exception>
    /// <exception cref="InvalidOperationException">rho &gt;= 1 (unstable).</exception>
    public static double L(double lambda, double meanService, double varianceService) =>
        lambda * W(lambda, meanService, varianceService);
}
