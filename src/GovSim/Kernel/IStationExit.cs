namespace GovSim.Kernel;

/// <summary>Where a station sends customers it is done with: the router of a network, or a sink.</summary>
public interface IStationExit
{
    /// <summary>The customer finished service at <paramref name="station"/>.</summary>
    void OnServed(Station station, int customer);

    /// <summary>The customer left the queue of <paramref name="station"/> before being served.</summary>
    void OnAbandoned(Station station, int customer);

    /// <summary>
    /// A server of <paramref name="station"/> took up a summoned customer and now holds it until
    /// <see cref="Station.FinishHeld"/> is called (joint work of several stations).
    /// </summary>
    void OnHeld(Station station, int customer) =>
        throw new InvalidOperationException($"station '{station.Name}' holds a summoned customer, but its exit does not handle summons");

    /// <summary>
    /// What starts loading the exit's own records of a customer whose event at the station comes
    /// next (see <see cref="EventPrefetcher"/>); null leaves the kernel to load the customer's record alone.
    /// </summary>
    EventPrefetcher? CustomerPrefetcher => null;
}
