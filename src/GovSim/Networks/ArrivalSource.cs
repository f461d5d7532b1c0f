using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Networks;

/// <summary>Poisson arrivals of one customer class at one station.</summary>
internal sealed class ArrivalSource : SimulationComponent
{
    private readonly QueueingNetwork _network;
    private readonly int _classIndex;
    private readonly Station _station;
    private readonly ExponentialDistribution _gap;
    private readonly RandomStream _random;

    public ArrivalSource(Simulation simulation, QueueingNetwork network, int classIndex, Station station, double rate, RandomStream random)
        : base(simulation)
    {
        _network = network;
        _classIndex = classIndex;
        _station = station;
        _gap = new ExponentialDistribution(rate);
        _random = random;
        Schedule(NextGap(), 0);
    }

    private double NextGap() => _gap.Sample(_random);

    protected internal override void OnEvent(int kind, int subject, int tag)
    {
        int customer = _network.Admit(_classIndex);
        _station.Arrive(customer);
        Schedule(NextGap(), 0);
    }
}
