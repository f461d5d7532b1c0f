using GovSim.Statistics;

namespace GovSim.Tests.Statistics;

public sealed class QuantileSketchTests
{
    // The sketch's guarantee is exact arithmetic on the bucket edges, but the midpoint, the clamping and
    // the error computation each round once; allow a few ulps on top of the relative accuracy.
    private const double Tolerance = QuantileSketch.RelativeAccuracy * (1 + 1e-12);

    private static readonly double[] Probabilities =
        [0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 0.9999];

    [Fact]
    public void ExponentialSampleQuantilesWithinRelativeAccuracyOfExactOrderStatistics()
    {
        var (values, sketch) = ExponentialSample(new System.Random(20240607), 1_000_000);

        // Comparing with the exact order statistic of the same data removes sampling error entirely,
        // so the only allowed discrepancy is the sketch's own bucket resolution.
        Assert.Equal(values.Length, sketch.Count);
        foreach (double p in Probabilities)
        {
            AssertWithinRelativeAccuracy(ExactQuantile(values, p), sketch.Quantile(p), p);
        }

        // Sanity check on the data itself: the exponential median is ln 2.
        Assert.InRange(sketch.Quantile(0.5), Math.Log(2) * 0.98, Math.Log(2) * 1.02);
    }

    [Fact]
    public void ValuesSpanningTenOrdersOfMagnitude()
    {
        // Log-uniform on [1e-4, 1e6].
        var random = new System.Random(7);
        var values = new double[200_000];
        var sketch = new QuantileSketch();
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Math.Pow(10, -4 + (10 * random.NextDouble()));
            sketch.Add(values[i]);
        }

        Array.Sort(values);
        for (int k = 1; k < 1000; k++)
        {
            double p = k / 1000.0;
            AssertWithinRelativeAccuracy(ExactQuantile(values, p), sketch.Quantile(p), p);
        }

        Assert.Equal(values[0], sketch.Min);
        Assert.Equal(values[^1], sketch.Max);
    }

    [Fact]
    public void EveryValueInTrackableRangeIsResolvedWithinHalfABucket()
    {
        // Bracket each value between sentinels so that the median is the value itself and clamping to
        // [Min, Max] cannot hide a wrong bucket. Covers every octave, both edges of each octave, and
        // random mantissas in between. A bucket holding one observation reports its midpoint, so
        // the error is at most half the relative accuracy.
        var random = new System.Random(99);
        var sketch = new QuantileSketch();
        double largestError = 0;
        for (int exponent = -20; exponent < 24; exponent++)
        {
            double octave = Math.ScaleB(1, exponent);
            double[] candidates =
            [
                octave,
                Math.BitDecrement(octave * 2),
                octave * (1 + (1.0 / 128)),
                Math.BitDecrement(octave * (1 + (1.0 / 128))),
                octave * (1 + random.NextDouble()),
                octave * (1 + random.NextDouble()),
            ];

            foreach (double x in candidates)
            {
                sketch.Reset();
                sketch.Add(0);
                sketch.Add(x);
                sketch.Add(double.PositiveInfinity);
                double reported = sketch.Quantile(0.5);
                double error = Math.Abs(reported - x) / x;
                Assert.True(error <= Tolerance / 2, $"x = {x:R}: reported {reported:R}, relative error {error:E4}");
                largestError = Math.Max(largestError, error);
            }
        }

        // The bound is attained at bucket lower edges, so it is not an overly loose promise.
        Assert.True(largestError > QuantileSketch.RelativeAccuracy / 2 * 0.99, $"largest error {largestError:E4}");
    }

    [Fact]
    public void ManyObservationsAtABucketEdgeAttainTheFullBound()
    {
        // Interpolation spreads a bucket's observations over its width, so when they all sit at its
        // lower edge the last of them is reported near the upper edge: the promise of one bucket
        // width (RelativeAccuracy) is needed, and nearly reached.
        const int copies = 1000;
        double edge = 2.0; // an octave's lower edge, where a bucket is widest relative to its values
        var sketch = new QuantileSketch();
        sketch.Add(0);
        for (int i = 0; i < copies; i++)
        {
            sketch.Add(edge);
        }

        sketch.Add(double.PositiveInfinity);

        // Rank copies + 1 (of copies + 2) is the last copy.
        double reported = sketch.Quantile((copies + 1.0) / (copies + 2));
        double error = (reported - edge) / edge;
        Assert.True(error <= Tolerance, $"relative error {error:E4}");
        Assert.True(error > QuantileSketch.RelativeAccuracy * 0.99, $"relative error {error:E4}");
    }

    [Fact]
    public void DenseDataAreResolvedFarWithinABucket()
    {
        // A million exponential values put hundreds to thousands of observations in each bucket
        // between the 10th and 95th percentiles. Spread evenly over the bucket, the k-th of them is
        // off by about a bucket width / sqrt(k) (the spacing of uniform order statistics), i.e. a
        // few per cent of the bucket: well within an eighth of it, where the midpoint was off by up
        // to half.
        var (values, sketch) = ExponentialSample(new System.Random(31), 1_000_000);
        foreach (double p in new[] { 0.1, 0.25, 0.5, 0.75, 0.9, 0.95 })
        {
            double exact = ExactQuantile(values, p);
            double error = Math.Abs(sketch.Quantile(p) - exact) / exact;
            Assert.True(error <= QuantileSketch.RelativeAccuracy / 8, $"p = {p}: relative error {error:E4}");
        }
    }

    [Fact]
    public void LargeSamplesDifferByTheirSamplingErrorNotByBuckets()
    {
        // Ten independent samples of a million exponential values: the standard error of their 90th
        // percentile is sqrt(p (1 - p) / n) / f(x_p) = 0.003, a fifth of the bucket it falls in (width
        // 2/128 = 0.0156). Midpoints made most of the ten estimates equal; interpolated, their standard
        // deviation s must match the standard error: s / σ lies in [0.357, 1.816] with probability
        // 0.999 for nine degrees of freedom (chi-square quantiles 1.152 and 29.67, over 9, square root).
        const int samples = 10, n = 1_000_000;
        const double p = 0.9;
        var random = new System.Random(57);
        var estimates = new double[samples];
        for (int s = 0; s < samples; s++)
        {
            estimates[s] = ExponentialSample(random, n).Sketch.Quantile(p);
        }

        double mean = estimates.Average();
        double sd = Math.Sqrt(estimates.Sum(e => (e - mean) * (e - mean)) / (samples - 1));
        double standardError = Math.Sqrt(p * (1 - p) / n) / (1 - p); // f(x_p) = 1 - p for the unit exponential
        Assert.InRange(sd / standardError, 0.357, 1.816);
        Assert.InRange(mean, Math.Log(10) - (4 * standardError), Math.Log(10) + (4 * standardError));
    }

    [Fact]
    public void MergeOfTwoHalvesEqualsOneSketchOverAll()
    {
        var random = new System.Random(3);
        var all = new QuantileSketch();
        var first = new QuantileSketch();
        var second = new QuantileSketch();
        for (int i = 0; i < 100_000; i++)
        {
            double v = -Math.Log(1 - random.NextDouble()) * (i < 50_000 ? 1 : 10);
            all.Add(v);
            (i % 2 == 0 ? first : second).Add(v);
        }

        first.Merge(second);

        Assert.Equal(all.Count, first.Count);
        Assert.Equal(all.Min, first.Min);
        Assert.Equal(all.Max, first.Max);
        for (int k = 0; k <= 1000; k++)
        {
            double p = k / 1000.0;
            Assert.Equal(all.Quantile(p), first.Quantile(p));
        }

        Assert.Equal(50_000, second.Count); // The argument is not modified.
    }

    [Fact]
    public void MergeIntoEmptyAndFromEmpty()
    {
        var data = new QuantileSketch();
        data.Add(2);
        data.Add(8);

        var empty = new QuantileSketch();
        data.Merge(new QuantileSketch());
        Assert.Equal(2, data.Count);
        Assert.Equal(2.0, data.Min);
        Assert.Equal(8.0, data.Max);

        empty.Merge(data);
        Assert.Equal(2, empty.Count);
        Assert.Equal(2.0, empty.Min);
        Assert.Equal(8.0, empty.Max);
        Assert.Equal(data.Quantile(0.5), empty.Quantile(0.5));
    }

    [Theory]
    [InlineData(3.7)]
    [InlineData(1e-9)] // Below the trackable range: only clamping can give it back exactly.
    [InlineData(1e9)]  // Above the trackable range.
    [InlineData(0.0)]
    public void ConstantDataReturnsTheConstantExactly(double constant)
    {
        var sketch = new QuantileSketch();
        for (int i = 0; i < 1000; i++)
        {
            sketch.Add(constant);
        }

        foreach (double p in Probabilities)
        {
            Assert.Equal(constant, sketch.Quantile(p));
        }

        Assert.Equal(constant, sketch.Quantile(0));
        Assert.Equal(constant, sketch.Quantile(1));
    }

    [Fact]
    public void RankIsSmallestValueWithEnoughObservationsBelow()
    {
        // Four well-separated values: ceil(p × 4) picks the 1st for p ≤ 0.25, the 2nd for p ≤ 0.5, ...
        var sketch = new QuantileSketch();
        foreach (double v in new[] { 1.0, 10.0, 100.0, 1000.0 })
        {
            sketch.Add(v);
        }

        AssertWithinRelativeAccuracy(1.0, sketch.Quantile(0.25), 0.25);
        AssertWithinRelativeAccuracy(10.0, sketch.Quantile(0.26), 0.26);
        AssertWithinRelativeAccuracy(10.0, sketch.Quantile(0.5), 0.5);
        AssertWithinRelativeAccuracy(100.0, sketch.Quantile(0.75), 0.75);
        AssertWithinRelativeAccuracy(1000.0, sketch.Quantile(0.76), 0.76);
        AssertWithinRelativeAccuracy(1.0, sketch.Quantile(1e-9), 1e-9);
        Assert.Equal(1.0, sketch.Quantile(0));
        Assert.Equal(1000.0, sketch.Quantile(1));
    }

    [Fact]
    public void UnderflowAndOverflowBucketsReportMinAndMax()
    {
        var sketch = new QuantileSketch();
        sketch.Add(1e-8);
        sketch.Add(2e-8);
        sketch.Add(1);
        sketch.Add(5e7);
        sketch.Add(6e7);

        // Ranks 1 and 2 are in the underflow bucket (reported as Min), ranks 4 and 5 in the overflow bucket.
        Assert.Equal(1e-8, sketch.Quantile(0.2));
        Assert.Equal(1e-8, sketch.Quantile(0.4));
        AssertWithinRelativeAccuracy(1.0, sketch.Quantile(0.6), 0.6);
        Assert.Equal(6e7, sketch.Quantile(0.8));
        Assert.Equal(6e7, sketch.Quantile(0.99));
    }

    [Fact]
    public void ZeroAndNegativeZeroAreAcceptedAsZero()
    {
        var sketch = new QuantileSketch();
        sketch.Add(-0.0);
        sketch.Add(0.0);
        sketch.Add(4);

        Assert.Equal(3, sketch.Count);
        Assert.Equal(0.0, sketch.Min);
        Assert.False(double.IsNegative(sketch.Min));
        Assert.Equal(0.0, sketch.Quantile(0.5));
        Assert.False(double.IsNegative(sketch.Quantile(0)));
    }

    [Theory]
    [InlineData(-1e-300)]
    [InlineData(-5.0)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    public void NegativeOrNaNValuesAreRejected(double value)
    {
        var sketch = new QuantileSketch();
        sketch.Add(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Add(value));
        Assert.Equal(1, sketch.Count); // Nothing was recorded.
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void ProbabilityOutsideUnitIntervalIsRejected(double p)
    {
        var sketch = new QuantileSketch();
        sketch.Add(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Quantile(p));
    }

    [Fact]
    public void EmptySketchReportsNaN()
    {
        var sketch = new QuantileSketch();
        Assert.Equal(0, sketch.Count);
        Assert.True(double.IsNaN(sketch.Quantile(0.5)));
        Assert.True(double.IsNaN(sketch.Quantile(0)));
        Assert.True(double.IsNaN(sketch.Min));
        Assert.True(double.IsNaN(sketch.Max));
    }

    [Fact]
    public void ResetForgetsEverything()
    {
        var sketch = new QuantileSketch();
        for (int i = 1; i <= 100; i++)
        {
            sketch.Add(i * 1000);
        }

        sketch.Reset();
        Assert.Equal(0, sketch.Count);
        Assert.True(double.IsNaN(sketch.Quantile(0.5)));

        sketch.Add(1);
        sketch.Add(2);
        sketch.Add(3);
        Assert.Equal(3, sketch.Count);
        Assert.Equal(1.0, sketch.Min);
        Assert.Equal(3.0, sketch.Max);
        AssertWithinRelativeAccuracy(2.0, sketch.Quantile(0.5), 0.5);
    }

    /// <summary>Exact order statistic under the same rank definition as the sketch: the ceil(p n)-th smallest.</summary>
    /// <summary>n unit-exponential values, sorted, and a sketch of them.</summary>
    private static (double[] Sorted, QuantileSketch Sketch) ExponentialSample(System.Random random, int n)
    {
        var values = new double[n];
        var sketch = new QuantileSketch();
        for (int i = 0; i < n; i++)
        {
            values[i] = -Math.Log(1 - random.NextDouble());
            sketch.Add(values[i]);
        }

        Array.Sort(values);
        return (values, sketch);
    }

    private static double ExactQuantile(double[] sorted, double p)
    {
        long rank = Math.Max(1, (long)Math.Ceiling(p * sorted.Length));
        return sorted[rank - 1];
    }

    private static void AssertWithinRelativeAccuracy(double exact, double reported, double p)
    {
        double error = Math.Abs(reported - exact) / exact;
        Assert.True(
            error <= Tolerance,
            $"p = {p}: exact {exact:R}, reported {reported:R}, relative error {error:E4} > {QuantileSketch.RelativeAccuracy:E4}");
    }
}
