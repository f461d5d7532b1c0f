using GovSim.Statistics;

namespace GovSim.Tests.Statistics;

public sealed class RunningTallyTests
{
    [Theory]
    [InlineData(0.0, 1e-12)]

    // Large offset: the sum-of-squares formula would lose every digit of the variance here (error of order 1).
    // Welford's running mean is rounded to ulp(1e9) ≈ 1.2e-7 at each step, which perturbs each squared
    // deviation (spread ≈ 3) by about 4e-8 relative, with random signs; 1e-7 bounds that comfortably.
    [InlineData(1e9, 1e-7)]
    public void MatchesTwoPassComputationOnRandomData(double offset, double varianceTolerance)
    {
        var random = new System.Random(12345);
        var values = new double[10_000];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = offset + (random.NextDouble() * 10) - 3;
        }

        var tally = new RunningTally();
        foreach (double v in values)
        {
            tally.Add(v);
        }

        (double mean, double variance, double min, double max, double sum) = TwoPass(values);
        Assert.Equal(values.Length, tally.Count);
        AssertRelative(mean, tally.Mean, 1e-13);
        AssertRelative(variance, tally.Variance, varianceTolerance);
        AssertRelative(Math.Sqrt(variance), tally.StandardDeviation, varianceTolerance);
        Assert.Equal(min, tally.Min);
        Assert.Equal(max, tally.Max);
        AssertRelative(sum, tally.Sum, 1e-13);
    }

    [Fact]
    public void SmallHandComputedSample()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, sample variance 32/7.
        var tally = new RunningTally();
        foreach (double v in new[] { 2.0, 4, 4, 4, 5, 5, 7, 9 })
        {
            tally.Add(v);
        }

        Assert.Equal(8, tally.Count);
        Assert.Equal(5.0, tally.Mean, 14);
        Assert.Equal(32.0 / 7, tally.Variance, 14);
        Assert.Equal(2.0, tally.Min);
        Assert.Equal(9.0, tally.Max);
        Assert.Equal(40.0, tally.Sum);
    }

    [Fact]
    public void EmptyAndSingleObservationEdgeCases()
    {
        var tally = new RunningTally();
        Assert.Equal(0, tally.Count);
        Assert.True(double.IsNaN(tally.Mean));
        Assert.True(double.IsNaN(tally.Variance));
        Assert.True(double.IsNaN(tally.StandardDeviation));
        Assert.True(double.IsNaN(tally.Min));
        Assert.True(double.IsNaN(tally.Max));
        Assert.Equal(0.0, tally.Sum);

        tally.Add(3.5);
        Assert.Equal(1, tally.Count);
        Assert.Equal(3.5, tally.Mean);
        Assert.True(double.IsNaN(tally.Variance));
        Assert.Equal(3.5, tally.Min);
        Assert.Equal(3.5, tally.Max);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 999)]
    [InlineData(500, 500)]
    [InlineData(7, 2000)]
    public void CombineEqualsSingleTallyOverConcatenation(int firstCount, int secondCount)
    {
        var random = new System.Random(firstCount * 31 + secondCount);
        var all = new RunningTally();
        var first = new RunningTally();
        var second = new RunningTally();
        for (int i = 0; i < firstCount; i++)
        {
            double v = 100 + (random.NextDouble() * 5);
            first.Add(v);
            all.Add(v);
        }

        for (int i = 0; i < secondCount; i++)
        {
            // A different distribution so the two means differ and the cross term in the merge matters.
            double v = 90 + (random.NextDouble() * 20);
            second.Add(v);
            all.Add(v);
        }

        first.Combine(second);

        Assert.Equal(all.Count, first.Count);
        AssertRelative(all.Mean, first.Mean, 1e-12);
        if (all.Count >= 2)
        {
            AssertRelative(all.Variance, first.Variance, 1e-12);
        }

        AssertRelative(all.Sum, first.Sum, 1e-12);
        Assert.Equal(all.Min, first.Min);
        Assert.Equal(all.Max, first.Max);

        // The argument must be left untouched.
        Assert.Equal(secondCount, second.Count);
    }

    [Fact]
    public void CombineWithEmptyTalliesInEitherDirection()
    {
        var data = new RunningTally();
        data.Add(1);
        data.Add(4);

        var empty = new RunningTally();
        data.Combine(empty);
        Assert.Equal(2, data.Count);
        Assert.Equal(2.5, data.Mean);
        Assert.Equal(4.5, data.Variance);

        empty.Combine(data);
        Assert.Equal(2, empty.Count);
        Assert.Equal(2.5, empty.Mean);
        Assert.Equal(4.5, empty.Variance);
        Assert.Equal(1.0, empty.Min);
        Assert.Equal(4.0, empty.Max);
    }

    [Fact]
    public void CombineWithItselfDoublesEveryObservation()
    {
        var tally = new RunningTally();
        tally.Add(1);
        tally.Add(4);
        tally.Combine(tally);

        // 1, 4, 1, 4: mean 2.5, squared deviations 4 × 2.25 = 9, sample variance 3.
        Assert.Equal(4, tally.Count);
        Assert.Equal(2.5, tally.Mean);
        Assert.Equal(3.0, tally.Variance, 14);
        Assert.Equal(10.0, tally.Sum);
    }

    [Fact]
    public void ResetReturnsToEmptyState()
    {
        var tally = new RunningTally();
        tally.Add(10);
        tally.Add(20);
        tally.Reset();

        Assert.Equal(0, tally.Count);
        Assert.True(double.IsNaN(tally.Mean));
        Assert.True(double.IsNaN(tally.Min));
        Assert.Equal(0.0, tally.Sum);

        tally.Add(-1);
        tally.Add(1);
        Assert.Equal(0.0, tally.Mean);
        Assert.Equal(2.0, tally.Variance);
        Assert.Equal(-1.0, tally.Min);
        Assert.Equal(1.0, tally.Max);
    }

    [Fact]
    public void NaNObservationPropagatesInsteadOfBeingSkipped()
    {
        var tally = new RunningTally();
        tally.Add(1);
        tally.Add(double.NaN);
        tally.Add(2);

        Assert.Equal(3, tally.Count);
        Assert.True(double.IsNaN(tally.Mean));
        Assert.True(double.IsNaN(tally.Variance));
        Assert.True(double.IsNaN(tally.Min));
        Assert.True(double.IsNaN(tally.Max));
        Assert.True(double.IsNaN(tally.Sum));
    }

    private static (double Mean, double Variance, double Min, double Max, double Sum) TwoPass(double[] values)
    {
        double sum = 0;
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        foreach (double v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        double mean = sum / values.Length;
        double squares = 0;
        foreach (double v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return (mean, squares / (values.Length - 1), min, max, sum);
    }

    private static void AssertRelative(double expected, double actual, double tolerance)
    {
        double error = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"expected {expected:R}, got {actual:R} (relative error {error:E3} > {tolerance:E1})");
    }
}
