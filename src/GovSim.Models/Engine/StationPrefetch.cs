using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Models.Engine;

/// <summary>
/// Starts loading what a new case's arrival at its entry station touches first — the station with
/// the statistics behind it, and its service stream — without reading the station itself, so
/// that the event loop's look-ahead covers arrivals, whose events belong to their source, not to
/// the station.
/// </summary>
internal sealed class StationPrefetch(Station[] stations)
{
    // Each station's service stream, held here so that prefetching it does not read the (cold) station.
    private readonly RandomStream[] _serviceStreams = stations.Select(s => s.ServiceRandom).ToArray();

    public void Prefetch(int station)
    {
        CacheHint.Prefetch(stations[station], Station.PrefetchBytes);
        CacheHint.Prefetch(_serviceStreams[station], 64);
    }
}
