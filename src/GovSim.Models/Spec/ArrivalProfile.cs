namespace GovSim.Models.Spec;

/// <summary>
/// How a source's arrival rate varies over the week: a weight per hour of the day and per day of
/// the week (simulated time 0 is Monday 00:00). Both are scaled to mean 1, so the source's
/// <see cref="SourceSpec.RatePerCommunity"/> stays its average rate and the profile only moves
/// cases between hours: e.g. the 12345 peaks at 9–11 h and 14–16 h (MODEL.md §9).
/// A weight per month (seasons; months of 730 h, a year of 8,760 h) is scaled the same way.
/// Surges are windows of simulated time in which the rate is multiplied by a factor (a storm, a
/// heat wave, a policy campaign); unlike the weights they add or remove cases.
/// </summary>
public sealed class ArrivalProfile
{
    /// <summary>Hours in a month of the seasonal profile: a 8,760-hour year in twelve equal parts.</summary>
    public const double MonthHours = 730;

    private readonly double[] _hourly;
    private readonly double[] _daily;
    private readonly double[] _monthly;
    private readonly Surge[] _surges;

    public ArrivalProfile(IReadOnlyList<double> hourly, IReadOnlyList<double> daily,
        IReadOnlyList<double>? monthly = null, IReadOnlyList<Surge>? surges = null)
    {
        _hourly = Normalise(hourly, 24, nameof(hourly));
        _daily = Normalise(daily, 7, nameof(daily));
        _monthly = Normalise(monthly ?? FlatMonthly, 12, nameof(monthly));
        _surges = surges?.ToArray() ?? [];
        double max = 0;
        foreach (double h in _hourly)
            foreach (double d in _daily)
                max = Math.Max(max, h * d);
        // Surges may overlap, so the bound multiplies every factor above 1: loose, but a looser
        // bound only costs rejected candidates, never correctness.
        double surgeBound = 1;
        foreach (var surge in _surges) surgeBound *= Math.Max(1, surge.Factor);
        Max = max * _monthly.Max() * surgeBound;
        IsSeasonal = monthly is not null;
    }

    /// <summary>Scaled monthly weights (mean 1); all 1 when none were given.</summary>
    public IReadOnlyList<double> Monthly => _monthly;

    /// <summary>Whether monthly weights were given.</summary>
    public bool IsSeasonal { get; }

    /// <summary>The surges, in the order given.</summary>
    public IReadOnlyList<Surge> Surges => _surges;

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
        double m = _hourly[hour % 24] * _daily[Math.Min(hour / 24, 6)];
        if (IsSeasonal)
        {
            double inYear = hours - Math.Floor(hours / (12 * MonthHours)) * (12 * MonthHours);
            m *= _monthly[Math.Min((int)(inYear / MonthHours), 11)];
        }
        foreach (var surge in _surges)
            if (hours >= surge.Start && hours < surge.Start + surge.Length) m *= surge.Factor;
        return m;
    }

    /// <summary>Same weights and surges as <paramref name="other"/> (for checking that two structures see the same cases).</summary>
    public bool SameAs(ArrivalProfile? other) =>
        other is not null && _hourly.SequenceEqual(other._hourly) && _daily.SequenceEqual(other._daily)
        && _monthly.SequenceEqual(other._monthly) && _surges.SequenceEqual(other._surges);

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
    public static readonly IReadOnlyList<double> FlatMonthly = Enumerable.Repeat(1.0, 12).ToArray();
}

/// <summary>From <paramref name="Start"/> for <paramref name="Length"/> hours, arrivals come at <paramref name="Factor"/> times the rate.</summary>
public sealed record Surge(double Start, double Length, double Factor);
