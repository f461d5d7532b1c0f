namespace GovSim.Theory;

/// <summary>
/// Cobham's formula for the non-preemptive priority M/G/1 queue: Poisson arrivals per class,
/// general service per class, classes served in strict priority order (index 0 highest), FCFS
/// within a class, and a job in service is never interrupted.
/// </summary>
public static class Cobham
{
    /// <summary>
    /// Cobham's formula for the mean wait in queue per class:
    /// W_k = W0 / ((1 - sigma_{k-1}) (1 - sigma_k)), where W0 = sum_i lambda_i E[S_i^2] / 2 is the mean
    /// residual work of the job found in service and sigma_k = sum_{i &lt;= k} rho_i (sigma_0 = 0).
    /// </summary>
    /// <param name="lambdas">Arrival rate per class (&gt;= 0), highest priority first.</param>
    /// <param name="meanService">Mean service time E[S_k] per class (&gt; 0).</param>
    /// <param name="secondMomentService">Second moment E[S_k^2] per class (&gt;= E[S_k]^2).</param>
    /// <returns>Mean wait in queue for each class, in the same order.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">Arrays are empty or of different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is invalid, including E[S^2] &lt; E[S]^2.</exception>
    /// <exception cref="InvalidOperationException">Total rho &gt;= 1 (unstable): W0's residual-work argument then has no steady state.</exception>
    public static double[] WaitingTimes(double[] lambdas, double[] meanService, double[] secondMomentService)
    {
        ArgumentNullException.ThrowIfNull(lambdas);
        ArgumentNullException.ThrowIfNull(meanService);
        ArgumentNullException.ThrowIfNull(secondMomentService);
        int k = lambdas.Length;
        if (k == 0)
        {
            throw new ArgumentException("At least one priority class is required.", nameof(lambdas));
        }

        if (meanService.Length != k || secondMomentService.Length != k)
        {
            throw new ArgumentException("lambdas, meanService and secondMomentService must have the same length.", nameof(meanService));
        }

        double w0 = 0.0;
        double totalRho = 0.0;
        for (int i = 0; i < k; i++)
        {
            TheoryGuard.NonNegative(lambdas[i], nameof(lambdas));
            TheoryGuard.Positive(meanService[i], nameof(meanService));
            TheoryGuard.NonNegative(secondMomentService[i], nameof(secondMomentService));

            // Jensen: E[S^2] >= E[S]^2; a smaller value means the caller passed a variance or a typo.
            double minSecond = meanService[i] * meanService[i];
            if (secondMomentService[i] < minSecond * (1.0 - 1e-12))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(secondMomentService),
                    secondMomentService[i],
                    $"secondMomentService[{i}] must be at least meanService[{i}]^2 (it is E[S^2], not the variance).");
            }

            w0 += lambdas[i] * secondMomentService[i] / 2.0;
            totalRho += lambdas[i] * meanService[i];
        }

        if (totalRho >= 1.0)
        {
            throw TheoryGuard.Unstable(totalRho);
        }

        var waits = new double[k];
        double sigmaPrev = 0.0;
        for (int i = 0; i < k; i++)
        {
            double sigma = sigmaPrev + (lambdas[i] * meanService[i]);
            waits[i] = w0 / ((1.0 - sigmaPrev) * (1.0 - sigma));
            sigmaPrev = sigma;
        }

        return waits;
    }
}
