using GovSim.Models.Engine;

namespace GovSim.Tests.Models;

/// <summary>The multiply-for-divide of the routing (which street, which district) agrees with integer division.</summary>
public class FastDivisorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(21)]
    [InlineData(441)]
    [InlineData(7_056)]
    [InlineData(65_537)]
    [InlineData(1 << 30)]
    [InlineData(int.MaxValue)]
    public void Divides_like_integer_division(int divisor)
    {
        var fast = new FastDivisor(divisor);
        var random = new System.Random(divisor);
        var numbers = new List<int> { 0, 1, divisor - 1, divisor, int.MaxValue, int.MaxValue - 1 };
        if (divisor < int.MaxValue / 3) numbers.AddRange([divisor + 1, 2 * divisor - 1, 2 * divisor, 3 * divisor + 1]);
        for (int i = 0; i < 100_000; i++) numbers.Add(random.Next());
        for (int n = 0; n < 20_000; n++) numbers.Add(n);
        foreach (int n in numbers) Assert.Equal(n / divisor, fast.Divide(n));
    }

    [Fact]
    public void A_divisor_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FastDivisor(0));
}
