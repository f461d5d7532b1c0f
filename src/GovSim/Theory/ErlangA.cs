using System.Globalization;

namespace GovSim.Theory;

/// <summary>
/// The Erlang A (M/M/c+M, Palm's) model: Poisson arrivals, c exponential servers, and each waiting
/// customer abandons after an exponential patience with rate theta. Solved exactly from the
/// birth–death chain on n = number in system, truncated adaptively where the remaining tail is
/// provably negligible. With theta &gt; 0 a steady state exists for every lambda; theta = 0 is the
/// Erlang C (M/M/c) model and requires lambda &lt; c mu.
/// </summary>
public static class ErlangA
{
    /// <summary>Truncate once the bounded tail is below this fraction of the mass already summed.</summary>
    private const double TailTolerance = 1e-16;

    /// <summary>Terms are rescaled above this value; the chain's terms can span thousands of orders of magnitude.</summary>
    private const double RescaleThreshold = 1e150;

    /// <summary>Guard against pathological inputs (e.g. tiny theta under heavy overload) that would need billions of states.</summary>
    private const long MaxStates = 100_000_000;

    /// <summary>
    /// Solves the Erlang A (M/M/c+M) birth–death chain: births lambda, deaths min(n, c) mu + max(n - c, 0) theta.
    /// Stationary weights are built as running products of birth/death ratios, rescaled as they grow and
    /// summed in one pass, so nothing overflows for large c. The sum stops at the first n &gt;= c past the
    /// mode where the geometric bound on the remaining tail (ratios only decrease from there) is below
    /// 1e-16 of the summed mass and of the summed queue length. For theta = 0 the tail beyond c is the
    /// exact geometric series of the M/M/c model.
    /// </summary>
    /// <remarks>
    /// MeanWaitOfServed follows a customer who arrives with j others queued ahead: it leaves each
    /// position at total rate c mu + (i + 1) theta (i ahead), moving up at rate c mu + i theta, so it is
    /// served with probability c mu / (c mu + (j + 1) theta) (the product telescopes) and, because the
    /// holding time of a competing-exponential race is independent of its winner, its expected wait given
    /// service is sum_{i=0..j} 1 / (c mu + (i + 1) theta).
    /// </remarks>
    /// <param name="lambda">Arrival rate (&gt;= 0).</param>
    /// <param name="mu">Service rate per server (&gt; 0).</param>
    /// <param name="c">Number of servers (&gt;= 1).</param>
    /// <param name="theta">Abandonment rate per waiting customer, 1 / mean patience (&gt;= 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative or not finite, mu is 0, or c &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">theta = 0 and lambda / (c mu) &gt;= 1 (unstable), or the chain would need more than 10^8 states.</exception>
    public static ErlangAResult Solve(double lambda, double mu, int c, double theta)
    {
        TheoryGuard.NonNegative(lambda, nameof(lambda));
        TheoryGuard.Positive(mu, nameof(mu));
        TheoryGuard.Servers(c, nameof(c));
        TheoryGuard.NonNegative(theta, nameof(theta));

        if (lambda == 0.0)
        {
            return new ErlangAResult(0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        }

        double cMu = c * mu;
        if (theta == 0.0 && lambda >= cMu)
        {
            throw TheoryGuard.Unstable(lambda / cMu);
        }

        // All sums are of unnormalised weights t_n sharing one scale, so ratios of them are exact.
        double t = 1.0;
        double mass = 0.0;        // sum t_n
        double busy = 0.0;        // sum min(n, c) t_n
        double queue = 0.0;       // sum (n - c)^+ t_n
        double waitMass = 0.0;    // sum_{n >= c} t_n
        double servedMass = 0.0;  // sum t_n P(served | arrive in n)
        double servedWait = 0.0;  // sum t_n E[wait; served | arrive in n]
        double inverseRates = 0.0; // sum_{i=0..j} 1 / (c mu + (i + 1) theta)

        for (long n = 0; ; n++)
        {
            if (n > MaxStates)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Erlang A chain needs more than {MaxStates} states (theta = {theta:R} is too small for lambda = {lambda:R} above c mu = {cMu:R})."));
            }

            if (n < c)
            {
                mass += t;
                busy += n * t;
                servedMass += t;
            }
            else if (theta == 0.0)
            {
                // M/M/c: from n = c on the weights are t_c r^k, so sum the tail in closed form.
                double r = lambda / cMu;
                double g = 1.0 / (1.0 - r);
                mass += t * g;
                busy += c * t * g;
                queue += t * r * g * g;
                waitMass += t * g;
                servedMass += t * g;
                servedWait += t * g * g / cMu; // sum_k t r^k (k + 1) / (c mu)
                break;
            }
            else
            {
                double j = n - c;
                double exitRate = cMu + ((j + 1.0) * theta);
                inverseRates += 1.0 / exitRate;
                double pServed = cMu / exitRate;
                mass += t;
                busy += c * t;
                queue += j * t;
                waitMass += t;
                servedMass += t * pServed;
                servedWait += t * pServed * inverseRates;
            }

            double nextDeath = n + 1 <= c ? (n + 1) * mu : cMu + ((n + 1 - c) * theta);
            double ratio = lambda / nextDeath;

            // Death rates never decrease with n, so ratios never increase: once ratio < 1 the tail
            // is bounded by geometric series in it.
            if (n >= c && ratio < 1.0)
            {
                double j = n - c;
                double g = 1.0 / (1.0 - ratio);
                double tailMass = t * ratio * g;
                double tailQueue = t * ((j * ratio * g) + (ratio * g * g));
                if (tailMass <= TailTolerance * mass && tailQueue <= TailTolerance * queue)
                {
                    break;
                }
            }

            t *= ratio;
            if (t > RescaleThreshold)
            {
                const double down = 1.0 / RescaleThreshold;
                t *= down;
                mass *= down;
                busy *= down;
                queue *= down;
                waitMass *= down;
                servedMass *= down;
                servedWait *= down;
            }
        }

        double meanQueue = queue / mass;
        return new ErlangAResult(
            ProbabilityOfWait: waitMass / mass,
            ProbabilityOfAbandonment: theta * meanQueue / lambda,
            MeanQueueLength: meanQueue,
            MeanWait: meanQueue / lambda,
            MeanWaitOfServed: servedWait / servedMass,
            Utilisation: busy / (mass * c));
    }
}
