using GovSim.Kernel;
using GovSim.Statistics;

namespace GovSim.Models.Engine;

/// <summary>
/// Starts loading what a new case's arrival at its entry station touches first — the station and
/// its busy tally — without reading the station itself, so that the event loop's look-ahead covers
/// arrivals, whose events belong to their source, not to the station.
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
