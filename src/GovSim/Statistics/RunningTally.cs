using System.Runtime.CompilerServices;

namespace GovSim.Statistics;

/// <summary>
/// Single-pass accumulator of independent observations (e.g. one waiting time per customer).
/// Tracks count, sum, mean, sample variance, minimum and maximum in constant memory.
/// </summary>
/// <remarks>
/// Uses Welford's update for the mean and the sum of squared deviations: the textbook
/// "sum of x and sum of x²" formula cancels catastrophically when the mean is large compared to
/// the spread (e.g. timestamps), whereas Welford's recurrence stays accurate to a few ulps.
/// A NaN observation is not dropped: it poisons <see cref="Mean"/>, <see cref="Variance"/>,
/// <see cref="Min"/>, <see cref="Max"/> and <see cref="Sum"/>, so a bad input cannot hide.
/// </remarks>
public sealed class RunningTally
{
    private long count;
    private double mean;

    // Sum of squared deviations from the current mean (M2 in Welford's / Chan's notation).
    private double m2;
    private double sum;
    private double min = double.PositiveInfinity;
    private double max = double.NegativeInfinity;

    /// <summary>Number of observations added so far.</summary>
    public long Count => count;

    /// <summary>Arithmetic mean of the observations; NaN when empty.</summary>
    public double Mean => count == 0 ? double.NaN : mean;

    /// <summary>Unbiased sample variance (divisor <c>Count - 1</c>); NaN when fewer than two observations.</summary>
    public double Variance => count < 2 ? double.NaN : m2 / (count - 1);

    /// <summary>Sample standard deviation, the square root of <see cref="Variance"/>; NaN when fewer than two observations.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Smallest observation; NaN when empty.</summary>
    public double Min => count == 0 ? double.NaN : min;

    /// <summary>Largest observation; NaN when empty.</summary>
    public double Max => count == 0 ? double.NaN : max;

    /// <summary>Sum of the observations; 0 when empty.</summary>
    public double Sum => sum;

    /// <summary>Records one observation.</summary>
    /// <param name="x">The observed value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x)
    {
        count++;
        double delta = x - mean;
        mean += delta / count;

        // delta * (x - newMean) = delta² (n-1)/n ≥ 0, so M2 can never go negative through rounding.
        m2 += delta * (x - mean);
        sum += x;

        // Math.Min/Max (not '<') so that a NaN observation propagates instead of being skipped.
        min = Math.Min(min, x);
        max = Math.Max(max, x);
    }

    /// <summary>
    /// Merges the observations of <paramref name="other"/> into this tally, as if every observation
    /// of <paramref name="other"/> had been added here. <paramref name="other"/> is not modified.
    /// </summary>
    /// <param name="other">The tally to merge in (may be this instance, which doubles every observation).</param>
    /// <remarks>
    /// Uses the pairwise update of Chan, Golub and LeVeque, which is what lets independent
    /// replications or threads keep private tallies and combine them at the end without losing accuracy.
    /// </remarks>
    public void Combine(RunningTally other)
    {
        ArgumentNullException.ThrowIfNull(other);

        // Snapshot first so that Combine(this) reads consistent values.
        long nb = other.count;
        if (nb == 0)
        {
            return;
        }

        double meanB = other.mean;
        double m2B = other.m2;
        double sumB = other.sum;
        double minB = other.min;
        double maxB = other.max;

        long na = count;
        if (na == 0)
        {
            count = nb;
            mean = meanB;
            m2 = m2B;
            sum = sumB;
            min = minB;
            max = maxB;
            return;
        }

        long n = na + nb;
        double delta = meanB - mean;

        // Shift from the current mean rather than forming (na*ma + nb*mb)/n: the weighted-sum form
        // loses precision when both means are large and close together.
        double fractionB = (double)nb / n;
        mean += delta * fractionB;
        m2 += m2B + (delta * delta * na * fractionB);
        count = n;
        sum += sumB;
        min = Math.Min(min, minB);
        max = Math.Max(max, maxB);
    }

    /// <summary>Discards every observation, returning the tally to its freshly constructed state.</summary>
    public void Reset()
    {
        count = 0;
        mean = 0;
        m2 = 0;
        sum = 0;
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
    }
}
