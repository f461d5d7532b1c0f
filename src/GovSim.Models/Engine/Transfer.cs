using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Models.Engine;

/// <summary>Moves a case from one unit to another after the transfer delay of a hop (M3).</summary>
/// <remarks>
/// The delayed arrival is scheduled as an event of the receiving station itself
/// (<see cref="Station.ArrivalEvent"/>), addressed by its component number, so that sending does
/// not read the (likely cold) station, and the event loop calls the station directly and loads
/// it ahead, as for the station's own events.
/// </remarks>
internal sealed class Transfer
{
    private readonly Simulation _simulation;
    private readonly Station[] _stations;
    private readonly int[] _componentOfStation;
    private readonly Distribution _delay;
    private readonly RandomStream _random;
    private readonly bool _instant;

    public Transfer(Simulation simulation, Station[] stations, Distribution delay, RandomStream random)
    {
        _simulation = simulation;
        _stations = stations;
        _componentOfStation = stations.Select(s => s.ComponentId).ToArray();
        _delay = delay;
        _random = random;
        _instant = delay is DeterministicDistribution { Value: 0 };
    }

    /// <summary>Sends <paramref name="customer"/> to <paramref name="station"/> now: it arrives a transfer delay later (at once if there is none).</summary>
    public void Send(int customer, int station)
    {
        if (_instant)
        {
            _stations[station].Arrive(customer);
            return;
        }
        SendAt(customer, station, _simulation.Now);
    }

    /// <summary>
    /// Sends <paramref name="customer"/>, whose work ends at <paramref name="departure"/> (now or
    /// later), to <paramref name="station"/>: it arrives a transfer delay after that, through an
    /// event even with no delay.
    /// </summary>
    public void SendAt(int customer, int station, double departure)
    {
        double delay = _instant ? 0 : _delay.Sample(_random);
        _simulation.ScheduleAt(departure + delay, _componentOfStation[station], Station.ArrivalEvent, customer, 0);
    }
}
