using GovSim.Kernel;
using GovSim.Statistics;

namespace GovSim.Models.Engine;

/// <summary>
/// Starts loading what a case's arrival at a station touches first — the station and its busy
/// tally — without reading the station itself: for events whose receiving station is known when
/// they are scheduled (transfers, new cases), so the event loop's look-ahead can cover them too.
/// </summary>
internal sealed class StationPrefetch(Station[] stations)
{
    // Each station's busy tally, held here so that prefetching it does not read the (cold) station.
    private readonly TimeWeightedTally[] _busyTallies = stations.Select(s => s.Statistics.Busy).ToArray();

    public void Prefetch(int station)
    {
        CacheHint.Prefetch(stations[station], 192);
        CacheHint.Prefetch(_busyTallies[station], 64);
    }
}
