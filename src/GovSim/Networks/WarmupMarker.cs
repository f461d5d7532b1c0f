using GovSim.Kernel;

namespace GovSim.Networks;

/// <summary>Fires once at the end of the warm-up and clears the statistics gathered so far.</summary>
internal sealed class WarmupMarker : SimulationComponent
{
    private readonly Action<double> _reset;

    public WarmupMarker(Simulation simulation, double warmup, Action<double> reset) : base(simulation)
    {
        _reset = reset;
        if (warmup > 0) ScheduleAt(warmup, 0);
    }

    protected internal override void OnEvent(int kind, int subject, int tag) => _reset(Simulation.Now);
}
