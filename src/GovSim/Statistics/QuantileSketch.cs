using System.Runtime.CompilerServices;

namespace GovSim.Statistics;

/// <summary>
/// Bounded-memory quantile estimator for non-negative durations with a guaranteed relative error
/// (a log-linear histogram in the style of HDR histograms).
/// </summary>
/// <remarks>
/// <para>
/// Each power of two in [2^-20, 2^24) is split into 128 equal-width sub-buckets. The bucket of a value is
/// read straight off its IEEE-754 bits (the 11 exponent bits followed by the top 7 mantissa bits), so
/// <see cref="Add"/> costs a shift, a subtraction and an increment instead of a logarithm. A quantile
/// is read off the bucket that holds its order statistic, by linear interpolation within the bucket: its
/// k observations are taken as spread evenly over it, the j-th at the middle of the j-th k-th of its
/// width (a bucket with one observation reports its midpoint). The estimate stays inside the bucket, so
/// it is off by at most one bucket width, which is at most 1/128 of any value in the bucket: see
/// <see cref="RelativeAccuracy"/>. The unit is whatever the caller uses; the range spans about 10^-6 to
/// 1.6 × 10^7 of it.
/// </para>
/// <para>
/// Why interpolate rather than report the bucket's midpoint: with millions of observations the
/// sampling error of a quantile is far smaller than a bucket, so every replication of a large run
/// reported the same midpoint, and a confidence interval over replications read "± 0", a precision the
/// sketch does not have. Interpolated, the estimate moves continuously with the data, so replications
/// differ by their own sampling error, and the bias left (the data are not quite uniform within 1/128
/// of an octave) is of second order.
/// </para>
/// </remarks>
public sealed class QuantileSketch
{
    /// <summary>
    /// Upper bound on |reported - exact| / exact for any quantile whose exact value lies in
    /// [<see cref="LowestTrackableValue"/>, <see cref="HighestTrackableValue"/>): a bucket width
    /// (2^e / 128) divided by the smallest value in the bucket (at least 2^e).
    /// </summary>
    public const double RelativeAccuracy = 1.0 / 128;

    /// <summary>Smallest value resolved with <see cref="RelativeAccuracy"/>: 2^-20.</summary>
    public const double LowestTrackableValue = 1.0 / (1 << 20);

    /// <summary>Exclusive upper end of the range resolved with <see cref="RelativeAccuracy"/>: 2^24.</summary>
    public const double HighestTrackableValue = 1 << 24;

    private const int SubBucketBits = 7;
    private const int SubBucketsPerOctave = 1 << SubBucketBits;

    // Shifting the bits right by 45 leaves (biased exponent << 7) | (top 7 mantissa bits): the bucket key.
    private const int KeyShift = 52 - SubBucketBits;
    private const int LowestExponent = -20;
    private const int HighestExponentExclusive = 24;
    private const int Octaves = HighestExponentExclusive - LowestExponent;
    private const int RangeBuckets = Octaves * SubBucketsPerOctave;
    private const long LowestKey = (long)(LowestExponent + 1023) << SubBucketBits;

    // Layout of counts: [underflow][RangeBuckets in ascending order][overflow], so a forward scan
    // visits values in ascending order.
    private const int UnderflowIndex = 0;
    private const int OverflowIndex = RangeBuckets + 1;

    private readonly long[] counts = new long[RangeBuckets + 2];
    private long count;
    private double min = double.PositiveInfinity;
    private double max = double.NegativeInfinity;

    /// <summary>Number of observations added so far.</summary>
    public long Count => count;

    /// <summary>Exact smallest observation; NaN when empty.</summary>
    public double Min => count == 0 ? double.NaN : min;

    /// <summary>Exact largest observation; NaN when empty.</summary>
    public double Max => count == 0 ? double.NaN : max;

    /// <summary>Records one observation.</summary>
    /// <param name="x">A non-negative value (a duration); +∞ is accepted and lands in the overflow bucket.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is negative or NaN.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x)
    {
        // !(x >= 0) also catches NaN. A negative duration means a bug upstream; reject it loudly.
        if (!(x >= 0))
        {
            ThrowInvalidValue(x);
        }

        // -0.0 has its sign bit set, so its key is negative and it correctly lands in the underflow bucket.
        long offset = (BitConverter.DoubleToInt64Bits(x) >> KeyShift) - LowestKey;
        int index = offset < 0 ? UnderflowIndex : offset >= RangeBuckets ? OverflowIndex : (int)offset + 1;
        counts[index]++;
        count++;

        if (x < min)
        {
            // Store -0.0 as +0.0 so a reported minimum never prints as "-0". Only runs on a new minimum.
            min = x == 0 ? 0 : x;
        }

        if (x > max)
        {
            max = x;
        }
    }

    /// <summary>
    /// Estimates the <paramref name="p"/>-quantile: the smallest value v such that at least
    /// ceil(p × Count) observations are ≤ v (at least one for p &gt; 0). Finds the bucket holding that
    /// order statistic and interpolates within it (see the remarks), clamped to [Min, Max]. p = 0 and
    /// p = 1 return the exact Min and Max.
    /// </summary>
    /// <param name="p">Probability in [0, 1].</param>
    /// <returns>The estimate, or NaN when no observation has been added.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN.</exception>
    public double Quantile(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "Probability must lie in [0, 1].");
        }

        if (count == 0)
        {
            return double.NaN;
        }

        if (p == 0)
        {
            return min;
        }

        if (p == 1)
        {
            return max;
        }

        long rank = Math.Max(1, (long)Math.Ceiling(p * count));
        long seen = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            long inBucket = counts[i];
            if (seen + inBucket >= rank)
            {
                // The rank-th observation is the j-th of this bucket's k (j from 1): at the middle of
                // the j-th k-th of the bucket.
                double position = (rank - seen - 0.5) / inBucket;
                return Math.Clamp(ValueAt(i, position), min, max);
            }

            seen += inBucket;
        }

        // Unreachable while the bucket counts sum to Count; Max is the honest answer if they ever did not.
        return max;
    }

    /// <summary>
    /// Adds every observation of <paramref name="other"/> to this sketch, as if each had been added here.
    /// <paramref name="other"/> is not modified.
    /// </summary>
    /// <param name="other">The sketch to merge in (may be this instance, which doubles every count).</param>
    public void Merge(QuantileSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);

        long[] source = other.counts;
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] += source[i];
        }

        count += other.count;
        min = Math.Min(min, other.min);
        max = Math.Max(max, other.max);
    }

    /// <summary>Discards every observation without releasing the bucket array.</summary>
    public void Reset()
    {
        Array.Clear(counts);
        count = 0;
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
    }

    /// <summary>
    /// The value at <paramref name="position"/> (0 the lower edge, 1 the upper) of bucket
    /// <paramref name="index"/>, before clamping to [Min, Max].
    /// </summary>
    private static double ValueAt(int index, double position)
    {
        if (index == UnderflowIndex)
        {
            // Clamping turns this into Min, which lies below 2^-20 like everything in the bucket.
            return 0;
        }

        if (index == OverflowIndex)
        {
            return double.PositiveInfinity;
        }

        // Rebuilding the bits gives the bucket's exact lower edge; the key after it is the upper edge,
        // and that holds across an octave boundary because the mantissa carry increments the exponent.
        long key = LowestKey + index - 1;
        double lower = BitConverter.Int64BitsToDouble(key << KeyShift);
        double upper = BitConverter.Int64BitsToDouble((key + 1) << KeyShift);
        return lower + ((upper - lower) * position);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInvalidValue(double x) =>
        throw new ArgumentOutOfRangeException(nameof(x), x, "Durations must be non-negative and not NaN.");
}
