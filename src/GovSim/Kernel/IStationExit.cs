namespace GovSim.Kernel;

/// <summary>Where a station sends customers it is done with: the router of a network, or a sink.</summary>
public interface IStationExit
{
    /// <summary>The customer finished service at <paramref name="station"/>.</summary>
    void OnServed(Station station, int customer);

    /// <summary>The customer left the queue of <paramref name="station"/> before being served.</summary>
    void OnAbandoned(Station station, int customer);
}
