namespace GovSim.Kernel;

/// <summary>First in, first out.</summary>
public sealed class FifoDiscipline : QueueDiscipline
{
    public override string Name => "fifo";
    public override bool IsFirstInFirstOut => true;
    public override double Key(in QueueEntry entry) => entry.Now;
}
