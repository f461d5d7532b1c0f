using System.Globalization;
using MathNet.Numerics.Distributions;

namespace GovSim.Statistics;

/// <summary>
/// A symmetric confidence interval <c>Mean ± HalfWidth</c> for a population mean, typically built
/// from the per-replication means of independent simulation runs.
/// </summary>
/// <param name="Mean">Point estimate (sample mean).</param>
/// <param name="HalfWidth">Half the width of the interval; NaN when it cannot be estimated.</param>
/// <param name="Count">Number of values the interval was built from.</param>
public readonly record struct ConfidenceInterval(double Mean, double HalfWidth, int Count)
{
    /// <summary>Lower end, <c>Mean - HalfWidth</c>.</summary>
    public double Lower => Mean - HalfWidth;

    /// <summary>Upper end, <c>Mean + HalfWidth</c>.</summary>
    public double Upper => Mean + HalfWidth;

    /// <summary>Whether <paramref name="x"/> lies in the closed interval [Lower, Upper]; false whenever a bound is NaN.</summary>
    /// <param name="x">The value to test.</param>
    public bool Contains(double x) => x >= Lower && x <= Upper;

    /// <summary>
    /// Builds a Student-t interval for the mean of <paramref name="values"/>, which are assumed to be
    /// independent and roughly normal (e.g. replication means).
    /// </summary>
    /// <param name="values">The sample. A NaN value makes the result NaN rather than being skipped.</param>
    /// <param name="level">Confidence level in (0, 1), 0.95 by default.</param>
    /// <returns>
    /// The interval; with one value the half-width is NaN (no spread estimate), with none the mean is NaN too.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static ConfidenceInterval FromSample(ReadOnlySpan<double> values, double level = 0.95)
    {
        ValidateLevel(level);
        int n = values.Length;
        if (n == 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN, 0);
        }

        // Two passes (mean, then squared deviations) because this runs once per report, not per event,
        // and the second pass is more accurate than any single-pass formula.
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        double mean = sum / n;
        double squares = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            squares += d * d;
        }

        return Build(mean, squares, n, level);
    }

    /// <summary>
    /// Builds a Student-t interval for the mean of the differences <c>a[i] - b[i]</c>: the paired
    /// comparison of two configurations run with common random numbers, where pairing removes the
    /// shared noise that an unpaired comparison would have to carry.
    /// </summary>
    /// <param name="a">Results of the first configuration, one per replication.</param>
    /// <param name="b">Results of the second configuration, matched by index with <paramref name="a"/>.</param>
    /// <param name="level">Confidence level in (0, 1), 0.95 by default.</param>
    /// <returns>The interval for the mean difference, with the same degenerate cases as <see cref="FromSample"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="a"/> and <paramref name="b"/> differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static ConfidenceInterval FromPairedDifferences(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double level = 0.95)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Paired samples must have the same length ({a.Length} vs {b.Length}).", nameof(b));
        }

        ValidateLevel(level);
        int n = a.Length;
        if (n == 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN, 0);
        }

        // Differences are recomputed in each pass instead of stored, so no buffer is needed.
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += a[i] - b[i];
        }

        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < n; i++)
        {
            double d = a[i] - b[i] - mean;
            squares += d * d;
        }

        return Build(mean, squares, n, level);
    }

    /// <summary>
    /// Formats as <c>"mean ± halfWidth"</c> (e.g. <c>"9.012 ± 0.153"</c>), showing three significant
    /// digits of the half-width and the mean to the same decimal place, in the invariant culture.
    /// </summary>
    /// <returns>The formatted interval.</returns>
    public override string ToString() => Format(Mean, HalfWidth, halfWidthDigits: 3, groupThousands: false);

    /// <summary>
    /// Formats <c>"mean ± halfWidth"</c> with <paramref name="halfWidthDigits"/> significant digits of
    /// the half-width and the mean to the same decimal place, in the invariant culture (with
    /// <paramref name="groupThousands"/>, "24,995 ± 27"). Digits beyond the half-width's last one are
    /// noise, so they are not printed; and no exponent appears however small the half-width
    /// ("0.914902 ± 0.000024", not "0.9149 ± 2.4E-05").
    /// </summary>
    public static string Format(double mean, double halfWidth, int halfWidthDigits, bool groupThousands)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(halfWidthDigits, 1);
        CultureInfo inv = CultureInfo.InvariantCulture;
        if (!double.IsFinite(halfWidth) || halfWidth == 0 || !double.IsFinite(mean))
        {
            // No meaningful precision to align to; fall back to a general format.
            return $"{mean.ToString("G6", inv)} ± {halfWidth.ToString("G6", inv)}";
        }

        int magnitude = (int)Math.Floor(Math.Log10(Math.Abs(halfWidth)));
        int decimals = Math.Clamp(halfWidthDigits - 1 - magnitude, 0, 15);
        string format = (groupThousands ? "N" : "F") + decimals.ToString(inv);
        return $"{mean.ToString(format, inv)} ± {halfWidth.ToString(format, inv)}";
    }

    private static ConfidenceInterval Build(double mean, double squaredDeviations, int n, double level)
    {
        if (n < 2)
        {
            return new ConfidenceInterval(mean, double.NaN, n);
        }

        double standardError = Math.Sqrt(squaredDeviations / (n - 1) / n);
        double t = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - level) / 2));
        return new ConfidenceInterval(mean, t * standardError, n);
    }

    private static void ValidateLevel(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Confidence level must lie strictly between 0 and 1.");
        }
    }
}
