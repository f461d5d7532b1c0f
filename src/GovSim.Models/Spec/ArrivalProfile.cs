namespace GovSim.Models.Spec;

/// <summary>
/// How a source's arrival rate varies over the week: a weight per hour of the day and per day of
/// the week (simulated time 0 is Monday 00:00). Both are scaled to mean 1, so the source's
/// <see cref="SourceSpec.RatePerCommunity"/> stays its average rate and the profile only moves
/// cases between hours: e.g. the 12345 peaks at 9–11 h and 14–16 h (MODEL.md §9).
/// </summary>
public sealed class ArrivalProfile
{
    private readonly double[] _hourly;
    private readonly double[] _daily;

    public ArrivalProfile(IReadOnlyList<double> hourly, IReadOnlyList<double> daily)
    {
        _hourly = Normalise(hourly, 24, nameof(hourly));
        _daily = Normalise(daily, 7, nameof(daily));
        double max = 0;
        foreach (double h in _hourly)
            foreach (double d in _daily)
                max = Math.Max(max, h * d);
        Max = max;
    }

    /// <summary>Scaled hourly weights (mean 1).</summary>
    public IReadOnlyList<double> Hourly => _hourly;

    /// <summary>Scaled daily weights, Monday first (mean 1).</summary>
    public IReadOnlyList<double> Daily => _daily;

    /// <summary>The largest multiplier of the week: the rate a thinning generator proposes at.</summary>
    public double Max { get; }

    /// <summary>The rate multiplier at simulated time <paramref name="hours"/>.</summary>
    public double Multiplier(double hours)
    {
        double inWeek = hours - Math.Floor(hours / 168) * 168;
        int hour = (int)inWeek;
        return _hourly[hour % 24] * _daily[Math.Min(hour / 24, 6)];
    }

    private static double[] Normalise(IReadOnlyList<double> weights, int count, string name)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != count) throw new ArgumentException($"{name} needs {count} weights, got {weights.Count}", name);
        double sum = 0;
        foreach (double w in weights)
        {
            if (!(w >= 0) || double.IsInfinity(w)) throw new ArgumentOutOfRangeException(name, w, "weights must be finite and not negative");
            sum += w;
        }
        if (!(sum > 0)) throw new ArgumentException($"{name} needs at least one positive weight", name);
        return weights.Select(w => w * count / sum).ToArray();
    }

    public static readonly IReadOnlyList<double> FlatHourly = Enumerable.Repeat(1.0, 24).ToArray();
    public static readonly IReadOnlyList<double> FlatDaily = Enumerable.Repeat(1.0, 7).ToArray();
}
