namespace GovSim.Models.Engine;

/// <summary>
/// Close times of cases whose closing was decided as their last unit's work started (its end is
/// known then, see GovernanceModel.TryDepartAtStart): until that time they are still open.
/// Unordered; the times that have passed are swept out when the open ones are counted.
/// </summary>
internal sealed class PendingClosures
{
    private double[] _times = new double[1024];
    private int _count;

    public void Add(double closeTime, double now)
    {
        if (_count == _times.Length)
        {
            Sweep(now);
            if (2 * _count >= _times.Length) Array.Resize(ref _times, 2 * _times.Length);
        }
        _times[_count++] = closeTime;
    }

    /// <summary>Cases decided closed whose close time is after <paramref name="now"/>.</summary>
    public int OpenAt(double now)
    {
        Sweep(now);
        return _count;
    }

    /// <summary>Their open time from <paramref name="now"/> on: the sum of (close time − now).</summary>
    public double OpenTimeAfter(double now)
    {
        Sweep(now);
        double total = 0;
        for (int i = 0; i < _count; i++) total += _times[i] - now;
        return total;
    }

    private void Sweep(double now)
    {
        var times = _times;
        int kept = 0;
        for (int i = 0; i < _count; i++)
        {
            double t = times[i];
            times[kept] = t;
            kept += t > now ? 1 : 0; // without a branch: which have passed is unpredictable
        }
        _count = kept;
    }
}
