using GovSim.Statistics;

namespace GovSim.Tests.Statistics;

public sealed class TimeWeightedTallyTests
{
    /// <summary>
    /// Step function: 0 on [0,1), 2 on [1,3), 5 on [3,4), 1 from 4 onwards.
    /// </summary>
    private static TimeWeightedTally HandComputedStepFunction()
    {
        var tally = new TimeWeightedTally(0);
        tally.Update(1, 2);
        tally.Update(3, 5);
        tally.Update(4, 1);
        return tally;
    }

    [Fact]
    public void MeanOfHandComputedStepFunctionIncludesOpenSegment()
    {
        TimeWeightedTally tally = HandComputedStepFunction();

        // Area to 4: 0×1 + 2×2 + 5×1 = 9. To 6: 9 + 1×2 = 11 (the open segment since the last update).
        Assert.Equal(9.0 / 4, tally.Mean(4), 15);
        Assert.Equal(11.0 / 6, tally.Mean(6), 15);
        Assert.Equal(1.0, tally.Current);
        Assert.Equal(5.0, tally.Max);
        Assert.Equal(4.0, tally.LastUpdateTime);

        // Querying must not change the tally.
        Assert.Equal(11.0 / 6, tally.Mean(6), 15);
        Assert.Equal(9.0 / 4, tally.Mean(4), 15);
    }

    [Fact]
    public void NonZeroStartAndInitialValue()
    {
        // 3 on [10,12), 1 on [12,15): area 6 + 3 = 9 over 5 time units.
        var tally = new TimeWeightedTally(10, 3);
        Assert.Equal(3.0, tally.Current);
        Assert.Equal(3.0, tally.Max);
        tally.Update(12, 1);
        Assert.Equal(9.0 / 5, tally.Mean(15), 15);
        Assert.Equal(10.0, tally.StartTime);
    }

    [Fact]
    public void IncrementAndDecrementStepByOne()
    {
        // Queue: 1 on [0,1), 2 on [1,2), 1 on [2,4), 0 on [4,5). Area 1 + 2 + 2 + 0 = 5 over 5.
        var tally = new TimeWeightedTally(0);
        tally.Increment(0);
        tally.Increment(1);
        tally.Decrement(2);
        tally.Decrement(4);

        Assert.Equal(0.0, tally.Current);
        Assert.Equal(2.0, tally.Max);
        Assert.Equal(1.0, tally.Mean(5), 15);
    }

    [Fact]
    public void SeveralUpdatesAtTheSameInstantContributeNoArea()
    {
        var tally = new TimeWeightedTally(0);
        tally.Update(2, 100);
        tally.Update(2, 4);

        // Zero on [0,2), 4 on [2,4): the momentary 100 has zero duration but still counts as the maximum.
        Assert.Equal(2.0, tally.Mean(4), 15);
        Assert.Equal(100.0, tally.Max);
    }

    [Fact]
    public void MeanIsNaNWhenNoTimeHasElapsed()
    {
        var tally = new TimeWeightedTally(5, 2);
        Assert.True(double.IsNaN(tally.Mean(5)));

        tally.Update(5, 7);
        Assert.True(double.IsNaN(tally.Mean(5)));
    }

    [Fact]
    public void ResetStartsNewWindowKeepingCurrentValue()
    {
        TimeWeightedTally tally = HandComputedStepFunction();
        tally.Reset(4);

        Assert.Equal(4.0, tally.StartTime);
        Assert.Equal(1.0, tally.Current);
        Assert.Equal(1.0, tally.Max); // The 5 held before the reset is forgotten.
        Assert.True(double.IsNaN(tally.Mean(4)));

        // 1 on [4,5), 3 on [5,7): area 1 + 6 = 7 over 3.
        tally.Update(5, 3);
        Assert.Equal(7.0 / 3, tally.Mean(7), 15);
        Assert.Equal(3.0, tally.Max);
    }

    [Fact]
    public void ResetInsideOpenSegmentDiscardsItsEarlierPart()
    {
        TimeWeightedTally tally = HandComputedStepFunction();

        // The value 1 has held since time 4; after resetting at 5 only [5,8) counts.
        tally.Reset(5);
        tally.Update(6, 4);

        // 1 on [5,6), 4 on [6,8): area 1 + 8 = 9 over 3.
        Assert.Equal(3.0, tally.Mean(8), 15);
    }

    [Fact]
    public void TimeGoingBackwardsIsRejected()
    {
        TimeWeightedTally tally = HandComputedStepFunction();

        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Update(3.5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Update(double.NaN, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Increment(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Mean(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Reset(0));

        // A rejected update leaves the tally as it was.
        Assert.Equal(11.0 / 6, tally.Mean(6), 15);
    }

    [Fact]
    public void CompensatedAreaKeepsSmallIncrementsAfterHugeOne()
    {
        // 1e16 on [0,1) then 1 for 10^6 unit-length steps. In plain double arithmetic 1e16 + 1 == 1e16,
        // so an uncompensated area would stay at 1e16 and lose the whole 10^6 contribution.
        const int steps = 1_000_000;
        var tally = new TimeWeightedTally(0, 1e16);
        tally.Update(1, 1);
        for (int i = 2; i <= steps + 1; i++)
        {
            tally.Update(i, 1);
        }

        double expected = (1e16 + steps) / (steps + 1);
        double actual = tally.Mean(steps + 1);
        Assert.True(
            Math.Abs(actual - expected) <= 1e-15 * expected,
            $"expected {expected:R}, got {actual:R}");
    }

    [Fact]
    public void LongRunWithManyUpdatesMatchesExactArea()
    {
        // 10^7 updates at times k/8 (exact in binary) alternating between 1.1 and 2.1, so every area term
        // is exact and only the running sum can round: half of the 1/8-long segments hold each value.
        // Plain summation drifts by far more than the 1e-15 allowed here.
        const int updates = 10_000_000;
        var tally = new TimeWeightedTally(0, 1.1);
        for (int k = 1; k <= updates; k++)
        {
            tally.Update(k / 8.0, (k % 2 == 0) ? 1.1 : 2.1);
        }

        double end = updates / 8.0;
        double expected = (1.1 + 2.1) / 2;
        Assert.True(
            Math.Abs(tally.Mean(end) - expected) <= 1e-15 * expected,
            $"expected {expected:R}, got {tally.Mean(end):R}");
    }
}
