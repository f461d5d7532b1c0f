using System.Runtime.CompilerServices;

namespace GovSim.Kernel;

// Early departures. An exit that decides where a customer goes as soon as its service starts
// (IStationExit.TryDepartAtStart) sends it on at once, to arrive elsewhere after the service's end,
// and the station needs no event for that end: in a city-scale governance model most visits end by
// passing the case on or closing it, and this removes over 40% of all events.
//
// The server is then freed lazily. Its release time is kept in an unordered array (with some that
// have passed, until they are swept out), and counted as busy, so that "busy < capacity" stays a
// safe test: only when every server looks busy, and the earliest release has passed, are the
// passed releases swept out (FreeEnded). The busy tally gets the service's whole work (its length)
// when it starts; Settle takes back the part after the time the statistics are read,
// ResetStatistics puts in the part after the warm-up. A release matters at its exact time only
// when customers wait: then an event (ReleaseDue) is kept pending at or before the earliest one,
// and it starts the next customer. A sweep scans the array: a few entries for a small unit; for a
// large one (hundreds of servers) once per dozens to hundreds of services, since it runs only when
// all look busy (4 to 10 entries scanned per server freed at Beijing's units), or once per release
// while customers wait there.
public sealed partial class Station
{
    private const int ReleaseDue = 4;

    private bool _departsAtStart;

    // End times of the services of customers that departed early: [0, _releaseCount), unordered.
    private double[] _releases;
    private int _releaseCount;

    // No release is earlier than this (+∞ when none): exact after a release is added to an empty
    // array or WakeForRelease scanned for it; after a sweep only known to be later than the sweep's
    // time. A sweep runs only when it has passed, so one at a full unit is never in vain twice.
    private double _earliestRelease = double.PositiveInfinity;

    // The earliest ReleaseDue event pending (+∞ when none known).
    private double _releaseEventAt = double.PositiveInfinity;

    // The work after the last Settle's time, taken back from the busy tally then (see Settle).
    private double _busyAheadTakenBack;

    /// <summary>True if the station's exit may take customers on as their service starts (<see cref="IStationExit.TryDepartAtStart"/>).</summary>
    public bool DepartsEarly => _departsAtStart;

    // Servers busy with customers whose end is an event: what the busy tally follows step by step.
    private int EventedBusy => _busy - _releaseCount;

    // A server is free now: one is, or one whose early-departed customer's service has ended is.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasFreeServer(double now) =>
        _busy < _capacity || (_earliestRelease <= now && FreeEnded(now) > 0 && _busy < _capacity);

    // A server's customer has departed early; its service ends at `end`.
    private void AddRelease(double now, double end)
    {
        if (_releaseCount == _releases.Length) MakeRoomForRelease(now);
        _releases[_releaseCount++] = end;
        if (end < _earliestRelease) _earliestRelease = end;
        _busyTally.AddArea(end - now);
        if (_waiting > 0 && end < _releaseEventAt) ScheduleReleaseDue(end);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MakeRoomForRelease(double now)
    {
        if (_earliestRelease <= now) FreeEnded(now);
        if (2 * _releaseCount >= _releases.Length) Array.Resize(ref _releases, Math.Max(4, 2 * _releases.Length));
    }

    // Frees the servers whose early-departed customer's service has ended by now; how many.
    private int FreeEnded(double now)
    {
        var ends = _releases;
        int n = _releaseCount, kept = 0;
        for (int i = 0; i < n; i++)
        {
            double end = ends[i];
            ends[kept] = end;
            kept += end > now ? 1 : 0; // without a branch: which entries have ended is unpredictable
        }
        int freed = n - kept;
        _releaseCount = kept;
        // Every release left is after now; which is earliest is found only if customers wait.
        _earliestRelease = kept == 0 ? double.PositiveInfinity : Math.BitIncrement(now);
        _busy -= freed;
        Statistics.Served += freed;
        return freed;
    }

    // Customers wait (every server is busy, every release is after now): wake at the earliest
    // release, unless an event already will (nothing to do if there is none).
    private void WakeForRelease()
    {
        if (_releaseCount == 0) return;
        var ends = _releases;
        double earliest = ends[0];
        for (int i = 1; i < _releaseCount; i++) earliest = ends[i] < earliest ? ends[i] : earliest;
        _earliestRelease = earliest;
        if (earliest < _releaseEventAt) ScheduleReleaseDue(earliest);
    }

    private void ScheduleReleaseDue(double at)
    {
        _releaseEventAt = at;
        ScheduleAt(at, ReleaseDue);
    }

    private void OnReleaseDue(double now)
    {
        // The earliest pending one is this; a later one may still be pending, which costs at most
        // an event that starts nobody.
        if (now >= _releaseEventAt) _releaseEventAt = double.PositiveInfinity;
        if (_waiting == 0) return;
        StartWaitingCustomers(now);
        if (_waiting > 0) WakeForRelease();
    }

    /// <summary>
    /// Brings the statistics up to <paramref name="now"/> before they are read: frees the servers of
    /// early-departed customers whose service has ended, and takes back from the busy tally the
    /// work of those still in service after now (it was counted in full when they started). A later
    /// Settle first puts back what an earlier one took, so the station may run on after it.
    /// </summary>
    public void Settle(double now)
    {
        if (_releaseCount == 0 && _busyAheadTakenBack == 0) return;
        if (_earliestRelease <= now) FreeEnded(now);
        double ahead = WorkAfter(now);
        _busyTally.AddArea(_busyAheadTakenBack - ahead);
        _busyAheadTakenBack = ahead;
    }

    /// <summary>Opens a new observation window at <paramref name="now"/> (end of warm-up), keeping the current state.</summary>
    public void ResetStatistics(double now)
    {
        if (_earliestRelease <= now) FreeEnded(now);
        Statistics.Reset(now);
        // Early-departed customers still in service: their work after now belongs to the new window.
        _busyTally.AddArea(WorkAfter(now));
        _busyAheadTakenBack = 0;
    }

    private double WorkAfter(double now)
    {
        double ahead = 0;
        for (int i = 0; i < _releaseCount; i++) ahead += _releases[i] - now;
        return ahead;
    }
}
