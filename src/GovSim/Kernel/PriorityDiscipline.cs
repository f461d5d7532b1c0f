namespace GovSim.Kernel;

/// <summary>Static, non-preemptive priority: the lowest priority number first, FIFO within a priority.</summary>
public sealed class PriorityDiscipline : QueueDiscipline
{
    public override string Name => "priority";
    public override double Key(in QueueEntry entry) => entry.Priority;
}
