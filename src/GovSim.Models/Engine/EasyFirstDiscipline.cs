using GovSim.Kernel;

namespace GovSim.Models.Engine;

/// <summary>
/// "Easy cases first" (score-chasing, M10): the waiting case with the least work is served next.
/// It raises the count of cases closed per day, and makes the hard cases wait: the selective
/// enforcement that seed 002_3db85f59ec6f1bee.txt warns of.
/// </summary>
public sealed class EasyFirstDiscipline : QueueDiscipline
{
    public override string Name => "easy-first";
    public override double Key(in QueueEntry entry) => entry.ServiceTime;

    /// <summary>Registers the discipline with the kernel (idempotent).</summary>
    public static void Register() => QueueDisciplines.Register(new EasyFirstDiscipline());
}
