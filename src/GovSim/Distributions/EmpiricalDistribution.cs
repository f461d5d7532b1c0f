using GovSim.Random;

namespace GovSim.Distributions;

/// <summary>
/// Resamples observed values, each with equal probability (the empirical law of a data set,
/// e.g. measured handling times).
/// </summary>
public sealed class EmpiricalDistribution : Distribution
{
    private readonly double[] _values;

    public EmpiricalDistribution(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values.ToArray();
        if (_values.Length == 0) throw new ArgumentOutOfRangeException(nameof(values), "values must not be empty");
        foreach (double v in _values) RequireNonNegative(v, "values");
        double mean = 0;
        foreach (double v in _values) mean += v;
        mean /= _values.Length;
        double variance = 0;
        foreach (double v in _values) variance += (v - mean) * (v - mean);
        Mean = mean;
        // The variance of the law that puts mass 1/n on each value (population variance), since
        // that is exactly what Sample draws from.
        Variance = variance / _values.Length;
    }

    public IReadOnlyList<double> Values => _values;

    public override double Sample(RandomStream random) =>
        _values[(int)(random.NextUnit() * _values.Length)];

    public override double Mean { get; }
    public override double Variance { get; }
    public override string ToString() => FormattableString.Invariant($"empirical(n={_values.Length}, mean={Mean:G6})");
}
