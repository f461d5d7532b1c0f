namespace GovSim.Kernel;

/// <summary>
/// A number of servers that follows a weekly calendar (office hours, weekends). Simulated time 0
/// is Monday 00:00 and the calendar repeats every 168 hours.
/// </summary>
public sealed class WeeklySchedule
{
    public const double HoursPerWeek = 168;

    private readonly double[] _changeHours;
    private readonly int[] _servers;

    /// <param name="defaultServers">Servers at every hour no shift covers.</param>
    /// <param name="shifts">Shifts; where shifts overlap, the later one in the list wins.</param>
    public WeeklySchedule(int defaultServers, IReadOnlyList<Shift> shifts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(defaultServers);
        ArgumentNullException.ThrowIfNull(shifts);
        DefaultServers = defaultServers;
        Shifts = shifts;
        // Resolve the shifts into hour-of-week change points at whole minutes, which is fine
        // enough for office calendars and keeps lookups exact.
        const int minutes = 168 * 60;
        var perMinute = new int[minutes];
        Array.Fill(perMinute, defaultServers);
        foreach (var shift in shifts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(shift.Servers);
            if (!(shift.FromHour >= 0 && shift.ToHour <= 24 && shift.FromHour < shift.ToHour))
                throw new ArgumentOutOfRangeException(nameof(shifts), "a shift needs 0 <= from < to <= 24");
            foreach (var day in shift.Days)
            {
                int start = (int)day * 1440 + (int)Math.Round(shift.FromHour * 60);
                int end = (int)day * 1440 + (int)Math.Round(shift.ToHour * 60);
                for (int m = start; m < end; m++) perMinute[m] = shift.Servers;
            }
        }
        var hours = new List<double>();
        var servers = new List<int>();
        for (int m = 0; m < minutes; m++)
        {
            if (m == 0 || perMinute[m] != perMinute[m - 1])
            {
                hours.Add(m / 60.0);
                servers.Add(perMinute[m]);
            }
        }
        _changeHours = hours.ToArray();
        _servers = servers.ToArray();
        MaxServers = _servers.Max();
        double area = 0;
        for (int i = 0; i < _changeHours.Length; i++)
        {
            double end = i + 1 < _changeHours.Length ? _changeHours[i + 1] : HoursPerWeek;
            area += _servers[i] * (end - _changeHours[i]);
        }
        AverageServers = area / HoursPerWeek;
    }

    public int DefaultServers { get; }
    public IReadOnlyList<Shift> Shifts { get; }
    public int MaxServers { get; }

    /// <summary>Servers averaged over the week: the capacity used to judge long-run overload.</summary>
    public double AverageServers { get; }

    /// <summary>Servers at simulated time <paramref name="hours"/>.</summary>
    public int ServersAt(double hours) => _servers[SegmentAt(hours)];

    /// <summary>The first time after <paramref name="hours"/> at which the number of servers changes.</summary>
    public double NextChangeAfter(double hours)
    {
        if (_changeHours.Length == 1) return double.PositiveInfinity;
        double weekStart = Math.Floor(hours / HoursPerWeek) * HoursPerWeek;
        int i = SegmentAt(hours) + 1;
        return i < _changeHours.Length ? weekStart + _changeHours[i] : weekStart + HoursPerWeek + _changeHours[0];
    }

    private int SegmentAt(double hours)
    {
        double inWeek = hours - Math.Floor(hours / HoursPerWeek) * HoursPerWeek;
        int i = Array.BinarySearch(_changeHours, inWeek);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>A block of hours on some days of the week with a given number of servers.</summary>
    public sealed record Shift(IReadOnlyList<DayOfWeekIndex> Days, double FromHour, double ToHour, int Servers);
}

/// <summary>Days of the week counted from Monday, as simulated time 0 is Monday 00:00.</summary>
public enum DayOfWeekIndex
{
    Monday = 0, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday,
}
