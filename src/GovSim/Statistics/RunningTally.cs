using System.Runtime.CompilerServices;

namespace GovSim.Statistics;

/// <summary>
/// Single-pass accumulator of independent observations (e.g. one waiting time per customer).
/// Tracks count, sum, mean, sample variance, minimum and maximum in constant memory.
/// </summary>
/// <remarks>
/// Keeps sums of deviations from a shift K, the first observation: with S1 = Σ(x − K) and
/// S2 = Σ(x − K)², the mean is K + S1/n and the variance (S2 − S1²/n)/(n − 1). Shifting by a
/// typical value removes the cancellation that makes the textbook Σx, Σx² formula unsafe when the
/// mean is large compared to the spread, and unlike Welford's recurrence it needs no division per
/// observation — this runs several times per simulated customer.
/// A NaN observation is not dropped: it poisons <see cref="Mean"/>, <see cref="Variance"/>,
/// <see cref="Min"/>, <see cref="Max"/> and <see cref="Sum"/>, so a bad input cannot hide.
/// </remarks>
public sealed class RunningTally
{
    private long count;
    private double shift;
    private double s1;
    private double s2;
    private double sum;
    private double min = double.PositiveInfinity;
    private double max = double.NegativeInfinity;

    /// <summary>Number of observations added.</summary>
    public long Count => count;

    /// <summary>Arithmetic mean; NaN when empty.</summary>
    public double Mean => count == 0 ? double.NaN : shift + (s1 / count);

    /// <summary>Sample variance (divisor n − 1); NaN when fewer than two observations.</summary>
    public double Variance => count < 2 ? double.NaN : SumOfSquaredDeviations / (count - 1);

    /// <summary>Sample standard deviation; NaN when fewer than two observations.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Smallest observation; NaN when empty.</summary>
    public double Min => count == 0 ? double.NaN : min;

    /// <summary>Largest observation; NaN when empty.</summary>
    public double Max => count == 0 ? double.NaN : max;

    /// <summary>Sum of the observations.</summary>
    public double Sum => sum;

    // Σ(x − mean)² = S2 − S1²/n, clamped at zero against rounding (NaN still propagates).
    private double SumOfSquaredDeviations
    {
        get
        {
            double m2 = s2 - (s1 * s1 / count);
            return m2 < 0 ? 0 : m2;
        }
    }

    /// <summary>Adds one observation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x)
    {
        if (count == 0)
        {
            shift = double.IsFinite(x) ? x : 0;
        }

        count++;
        double d = x - shift;
        s1 += d;
        s2 += d * d;
        sum += x;

        // Math.Min/Max (not '<') so that a NaN observation propagates instead of being skipped.
        min = Math.Min(min, x);
        max = Math.Max(max, x);
    }

    /// <summary>
    /// Merges <paramref name="other"/> into this tally (Chan et al.'s pairwise formula), as if its
    /// observations had been added here.
    /// </summary>
    public void Combine(RunningTally other)
    {
        ArgumentNullException.ThrowIfNull(other);

        // Snapshot first so that Combine(this) reads consistent values.
        long nb = other.count;
        if (nb == 0)
        {
            return;
        }

        double meanB = other.Mean;
        double m2B = other.SumOfSquaredDeviations;
        double sumB = other.sum;
        double minB = other.min;
        double maxB = other.max;

        long na = count;
        if (na == 0)
        {
            count = nb;
            shift = other.shift;
            s1 = other.s1;
            s2 = other.s2;
            sum = sumB;
            min = minB;
            max = maxB;
            return;
        }

        double meanA = Mean;
        double m2A = SumOfSquaredDeviations;
        long n = na + nb;
        double delta = meanB - meanA;

        // Shift from the current mean rather than forming (na*ma + nb*mb)/n: the weighted-sum form
        // loses precision when both means are large and close together.
        double fractionB = (double)nb / n;
        double mean = meanA + (delta * fractionB);
        double m2 = m2A + m2B + (delta * delta * na * fractionB);

        // Re-express the merged state around the merged mean, where S1 = 0 and S2 = M2.
        count = n;
        shift = mean;
        s1 = 0;
        s2 = m2;
        sum += sumB;
        min = Math.Min(min, minB);
        max = Math.Max(max, maxB);
    }

    /// <summary>Forgets every observation.</summary>
    public void Reset()
    {
        count = 0;
        shift = 0;
        s1 = 0;
        s2 = 0;
        sum = 0;
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
    }
}
