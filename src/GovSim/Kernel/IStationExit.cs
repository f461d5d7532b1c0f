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

    /// <summary>
    /// True if the exit decides where a customer goes when its service starts (see
    /// <see cref="TryDepartAtStart"/>); read once, when the exit is set.
    /// </summary>
    bool DecidesAtServiceStart => false;

    /// <summary>
    /// Asked, if <see cref="DecidesAtServiceStart"/>, as a server of <paramref name="station"/>
    /// takes up <paramref name="customer"/>, whose service will end at <paramref name="departure"/>:
    /// true if the exit has already sent the customer on (to arrive somewhere at or after
    /// <paramref name="departure"/>), so that the station needs no event for the service's end and
    /// frees the server then by itself (see <see cref="Station"/>, early departures); false to be
    /// told by <see cref="OnServed"/> at the end, as usual.
    /// </summary>
    bool TryDepartAtStart(Station station, int customer, double departure) => false;
}
