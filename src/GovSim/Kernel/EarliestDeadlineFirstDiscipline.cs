namespace GovSim.Kernel;

/// <summary>Earliest deadline first (non-preemptive): the customer whose due date comes first is served next.</summary>
public sealed class EarliestDeadlineFirstDiscipline : QueueDiscipline
{
    public override string Name => "edf";
    public override double Key(in QueueEntry entry) => entry.DueTime;
}
