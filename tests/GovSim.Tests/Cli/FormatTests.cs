using GovSim.Cli.Commands;

namespace GovSim.Tests.Cli;

/// <summary>How tables print a mean with its confidence interval.</summary>
public sealed class FormatTests
{
    [Theory]
    [InlineData(16.2331, 0.01534, "16.233 ± 0.015")]
    [InlineData(24995.3, 27.4, "24,995 ± 27")]
    [InlineData(0.914902, 0.0000241, "0.914902 ± 0.000024")]
    [InlineData(0.0000128642, 0.00000304, "0.0000129 ± 0.0000030")]
    [InlineData(-5.2371, 0.0251, "-5.237 ± 0.025")]
    [InlineData(0.07144, 0.51, "0.07 ± 0.51")]
    [InlineData(41.5386, 1.587, "41.5 ± 1.6")]
    [InlineData(20188, 0.0, "20,188 ± 0")]
    [InlineData(4.25, double.NaN, "4.25")]
    [InlineData(double.NaN, 0.1, "–")]
    public void An_interval_shows_two_digits_of_its_half_width_and_the_mean_to_the_same_place(double mean, double halfWidth, string expected) =>
        Assert.Equal(expected, Format.Interval(mean, halfWidth));
}
