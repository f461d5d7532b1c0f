using GovSim.Kernel;

namespace GovSim.Models.Engine;

/// <summary>Calls an observer at time 0 and then every <c>interval</c> hours (e.g. to record the backlog over time).</summary>
internal sealed class Sampler : SimulationComponent
{
    private readonly double _interval;
    private readonly Action<double> _observe;

    public Sampler(Simulation simulation, double interval, Action<double> observe) : base(simulation)
    {
        if (!(interval > 0)) throw new ArgumentOutOfRangeException(nameof(interval), interval, "the sampling interval must be positive");
        _interval = interval;
        _observe = observe;
        ScheduleAt(simulation.Now, 0);
    }

    protected internal override void OnEvent(int kind, int subject, int tag)
    {
        _observe(Simulation.Now);
        Schedule(_interval, 0);
    }
}
