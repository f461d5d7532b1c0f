using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Models.Engine;

/// <summary>Moves a case from one unit to another after the transfer delay of a hop (M3).</summary>
internal sealed class Transfer : SimulationComponent, IEventPrefetcher
{
    private readonly Station[] _stations;
    private readonly CustomerStore _customers;
    private readonly StationPrefetch _stationPrefetch;
    private readonly Distribution _delay;
    private readonly RandomStream _random;
    private readonly bool _instant;

    public Transfer(Simulation simulation, Station[] stations, StationPrefetch stationPrefetch, CustomerStore customers, Distribution delay, RandomStream random) : base(simulation)
    {
        _stations = stations;
        _customers = customers;
        _stationPrefetch = stationPrefetch;
        SetPrefetch(null, this);
        _delay = delay;
        _random = random;
        _instant = delay is DeterministicDistribution { Value: 0 };
    }

    public void Send(int customer, int station)
    {
        if (_instant) _stations[station].Arrive(customer);
        else Schedule(_delay.Sample(_random), 0, customer, station);
    }

    protected internal override void OnEvent(int kind, int subject, int tag) => _stations[tag].Arrive(subject);

    /// <summary>The arrival will touch the receiving station, its busy tally and the case's kernel record.</summary>
    public void Prefetch(int kind, int subject, int tag)
    {
        _stationPrefetch.Prefetch(tag);
        _customers.Prefetch(subject);
    }
}
