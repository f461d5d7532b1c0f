using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Networks;

/// <summary>Poisson arrivals of one customer class at one station.</summary>
internal sealed class ArrivalSource : SimulationComponent
{
    private readonly QueueingNetwork _network;
    private readonly int _classIndex;
    private readonly Station _station;
    private readonly double _rate;
    private readonly RandomStream _random;

    public ArrivalSource(Simulation simulation, QueueingNetwork network, int classIndex, Station station, double rate, RandomStream random)
        : base(simulation)
    {
        _network = network;
        _classIndex = classIndex;
        _station = station;
        _rate = rate;
        _random = random;
        Schedule(NextGap(), 0);
    }

    private double NextGap() => MathNet.Numerics.Distributions.Exponential.Sample(_random, _rate);

    protected internal override void OnEvent(int kind, int subject, int tag)
    {
        int customer = _network.Admit(_classIndex);
        _station.Arrive(customer);
        Schedule(NextGap(), 0);
    }
}
