using GovSim.Statistics;

namespace GovSim.Tests.Statistics;

public sealed class ConfidenceIntervalTests
{
    // Student t quantiles t_{0.975, 9}, t_{0.95, 9} and t_{0.975, 5}, evaluated independently to 40 digits
    // (root of the regularized incomplete beta CDF, cross-checked by quadrature of the density). The
    // commonly quoted t_{0.975, 9} = 2.2621571627409915 is 2.5e-11 low, so it is not used here.
    // MathNet's inverse CDF agrees to about 3e-14; an off-by-one in the degrees of freedom or a
    // one-sided quantile would be wrong in the second digit.
    private const double T975With9 = 2.262157162798205;
    private const double T95With9 = 1.8331129326562366;
    private const double T975With5 = 2.5705818356363148;
    private const double Relative = 1e-12;

    // Sum 91.2, mean 9.12. Deviations -0.02 -0.42 0.28 -0.12 -0.32 0.18 0.08 -0.22 0.38 0.18,
    // squares sum to 0.636, so s² = 0.636 / 9 and the standard error is sqrt(0.636 / 9 / 10).
    private static readonly double[] TenValues = [9.1, 8.7, 9.4, 9.0, 8.8, 9.3, 9.2, 8.9, 9.5, 9.3];

    [Fact]
    public void FromSampleMatchesHandComputedTInterval()
    {
        ConfidenceInterval ci = ConfidenceInterval.FromSample(TenValues);

        double expectedHalfWidth = T975With9 * Math.Sqrt(0.636 / 9 / 10);
        Assert.Equal(10, ci.Count);
        Assert.Equal(9.12, ci.Mean, 12);
        AssertRelative(expectedHalfWidth, ci.HalfWidth);
        AssertRelative(0.19016477646068208, ci.HalfWidth); // The same number, written out.
        Assert.Equal(ci.Mean - ci.HalfWidth, ci.Lower);
        Assert.Equal(ci.Mean + ci.HalfWidth, ci.Upper);
    }

    [Fact]
    public void LevelSelectsTheQuantile()
    {
        ConfidenceInterval ci = ConfidenceInterval.FromSample(TenValues, 0.90);
        AssertRelative(T95With9 * Math.Sqrt(0.636 / 9 / 10), ci.HalfWidth);

        ConfidenceInterval wider = ConfidenceInterval.FromSample(TenValues, 0.99);
        Assert.True(wider.HalfWidth > ConfidenceInterval.FromSample(TenValues).HalfWidth);
    }

    [Fact]
    public void ContainsIsClosedInterval()
    {
        var ci = new ConfidenceInterval(10, 2, 5);
        Assert.Equal(8.0, ci.Lower);
        Assert.Equal(12.0, ci.Upper);
        Assert.True(ci.Contains(8));
        Assert.True(ci.Contains(12));
        Assert.True(ci.Contains(10.5));
        Assert.False(ci.Contains(7.999));
        Assert.False(ci.Contains(12.001));
        Assert.False(ci.Contains(double.NaN));
        Assert.False(new ConfidenceInterval(10, double.NaN, 1).Contains(10));
    }

    [Fact]
    public void SingleValueHasNoHalfWidthAndEmptyHasNoMean()
    {
        ConfidenceInterval one = ConfidenceInterval.FromSample([4.25]);
        Assert.Equal(4.25, one.Mean);
        Assert.True(double.IsNaN(one.HalfWidth));
        Assert.Equal(1, one.Count);

        ConfidenceInterval none = ConfidenceInterval.FromSample([]);
        Assert.True(double.IsNaN(none.Mean));
        Assert.True(double.IsNaN(none.HalfWidth));
        Assert.Equal(0, none.Count);
    }

    [Fact]
    public void NaNValueIsNotSilentlyDropped()
    {
        ConfidenceInterval ci = ConfidenceInterval.FromSample([1.0, 2.0, double.NaN, 4.0]);
        Assert.Equal(4, ci.Count);
        Assert.True(double.IsNaN(ci.Mean));
        Assert.True(double.IsNaN(ci.HalfWidth));
    }

    [Fact]
    public void IdenticalValuesGiveZeroHalfWidth()
    {
        ConfidenceInterval ci = ConfidenceInterval.FromSample([3.0, 3.0, 3.0]);
        Assert.Equal(3.0, ci.Mean);
        Assert.Equal(0.0, ci.HalfWidth);
    }

    [Fact]
    public void PairedDifferencesMatchHandComputedTInterval()
    {
        double[] a = [12.0, 15.5, 11.2, 14.8, 13.1, 16.0];
        double[] b = [11.1, 14.2, 10.9, 13.0, 12.5, 14.6];

        // Differences 0.9 1.3 0.3 1.8 0.6 1.4: mean 1.05, deviations -0.15 0.25 -0.75 0.75 -0.45 0.35,
        // squares sum to 1.535, so s² = 1.535 / 5 and the standard error is sqrt(1.535 / 5 / 6).
        ConfidenceInterval ci = ConfidenceInterval.FromPairedDifferences(a, b);
        Assert.Equal(6, ci.Count);
        Assert.Equal(1.05, ci.Mean, 12);
        AssertRelative(T975With5 * Math.Sqrt(1.535 / 5 / 6), ci.HalfWidth);

        // The configurations share most of their variation, which cancels in the differences: the paired
        // interval is far narrower than the interval for either configuration alone.
        Assert.True(ci.HalfWidth < ConfidenceInterval.FromSample(a).HalfWidth);

        // Swapping the arguments negates the mean and keeps the width.
        ConfidenceInterval swapped = ConfidenceInterval.FromPairedDifferences(b, a);
        Assert.Equal(-ci.Mean, swapped.Mean, 12);
        Assert.Equal(ci.HalfWidth, swapped.HalfWidth, 12);
    }

    [Fact]
    public void PairedDifferencesPropagateNaNAndHandleDegenerateSizes()
    {
        ConfidenceInterval withNaN = ConfidenceInterval.FromPairedDifferences([1.0, double.NaN], [0.5, 0.5]);
        Assert.True(double.IsNaN(withNaN.Mean));

        ConfidenceInterval one = ConfidenceInterval.FromPairedDifferences([3.0], [1.0]);
        Assert.Equal(2.0, one.Mean);
        Assert.True(double.IsNaN(one.HalfWidth));

        ConfidenceInterval none = ConfidenceInterval.FromPairedDifferences([], []);
        Assert.True(double.IsNaN(none.Mean));
        Assert.Equal(0, none.Count);
    }

    [Fact]
    public void PairedDifferencesRequireEqualLengths()
    {
        Assert.Throws<ArgumentException>(() => ConfidenceInterval.FromPairedDifferences([1.0, 2.0], [1.0]));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(95.0)]
    [InlineData(double.NaN)]
    public void LevelMustLieStrictlyBetweenZeroAndOne(double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.FromSample(TenValues, level));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.FromPairedDifferences(TenValues, TenValues, level));
    }

    [Theory]
    [InlineData(9.0123, 0.15312, "9.012 ± 0.153")]
    [InlineData(1234.56, 15.34, "1234.6 ± 15.3")]
    [InlineData(52000.4, 1234.4, "52000 ± 1234")]
    [InlineData(0.000123456, 0.0000045678, "0.00012346 ± 0.00000457")]
    [InlineData(-2.5, 0.5, "-2.500 ± 0.500")]
    [InlineData(4.25, double.NaN, "4.25 ± NaN")]
    [InlineData(double.NaN, double.NaN, "NaN ± NaN")]
    [InlineData(3.0, 0.0, "3 ± 0")]
    public void ToStringShowsMeanPlusMinusHalfWidth(double mean, double halfWidth, string expected)
    {
        Assert.Equal(expected, new ConfidenceInterval(mean, halfWidth, 10).ToString());
    }

    private static void AssertRelative(double expected, double actual)
    {
        double error = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= Relative, $"expected {expected:R}, got {actual:R} (relative error {error:E3})");
    }
}
