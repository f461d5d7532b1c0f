namespace GovSim.Kernel;

/// <summary>
/// Anything that receives events: a station, an arrival source, a warm-up marker. The simulation
/// calls <see cref="OnEvent"/> with the arguments the component scheduled itself with.
/// </summary>
public abstract class SimulationComponent
{
    protected SimulationComponent(Simulation simulation)
    {
        Simulation = simulation ?? throw new ArgumentNullException(nameof(simulation));
        ComponentId = simulation.Register(this);
    }

    public Simulation Simulation { get; }

    /// <summary>This component's index in the simulation's table; events address it by this number.</summary>
    public int ComponentId { get; }

    /// <summary>Handles one of this component's events at <see cref="Simulation.Now"/>.</summary>
    protected internal abstract void OnEvent(int kind, int subject, int tag);

    /// <summary>
    /// What the event loop may prefetch for this component's next event (see
    /// <see cref="Simulation.RunUntil"/>): the first <paramref name="componentBytes"/> bytes from
    /// the component's address, the object <paramref name="alsoPrefetch"/> (e.g. a random stream
    /// every event draws from) and whatever <paramref name="prefetcher"/> loads for the event's
    /// subject. The last two are optional.
    /// </summary>
    protected void SetPrefetch(object? alsoPrefetch, EventPrefetcher? prefetcher, int componentBytes = Simulation.DefaultPrefetchBytes) =>
        Simulation.SetPrefetch(ComponentId, alsoPrefetch, prefetcher, componentBytes);

    /// <summary>Schedules one of this component's own events <paramref name="delay"/> hours from now.</summary>
    protected void Schedule(double delay, int kind, int subject = 0, int tag = 0) =>
        Simulation.ScheduleAt(Simulation.Now + delay, ComponentId, kind, subject, tag);

    protected void ScheduleAt(double time, int kind, int subject = 0, int tag = 0) =>
        Simulation.ScheduleAt(time, ComponentId, kind, subject, tag);
}
