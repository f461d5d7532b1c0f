using GovSim.Random;

namespace GovSim.Distributions;

/// <summary>Triangular law on [min, max] with its peak at mode: the usual three-point estimate.</summary>
public sealed class TriangularDistribution : Distribution
{
    public TriangularDistribution(double min, double mode, double max)
    {
        Min = RequireNonNegative(min, "min");
        Mode = RequireNonNegative(mode, "mode");
        Max = RequireNonNegative(max, "max");
        if (!(min <= mode && mode <= max && min < max))
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "triangular needs min <= mode <= max and min < max");
    }

    public double Min { get; }
    public double Mode { get; }
    public double Max { get; }

    public override double Sample(RandomStream random) =>
        MathNet.Numerics.Distributions.Triangular.Sample(random, Min, Max, Mode);

    public override double Mean => (Min + Mode + Max) / 3;

    public override double Variance =>
        (Min * Min + Mode * Mode + Max * Max - Min * Mode - Min * Max - Mode * Max) / 18;

    public override string ToString() => FormattableString.Invariant($"triangular(min={Min:G6}, mode={Mode:G6}, max={Max:G6})");
}
