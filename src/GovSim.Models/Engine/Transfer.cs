using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Models.Engine;

/// <summary>Moves a case from one unit to another after the transfer delay of a hop (M3).</summary>
internal sealed class Transfer : SimulationComponent
{
    private readonly Station[] _stations;
    private readonly Distribution _delay;
    private readonly RandomStream _random;
    private readonly bool _instant;

    public Transfer(Simulation simulation, Station[] stations, Distribution delay, RandomStream random) : base(simulation)
    {
        _stations = stations;
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
}
