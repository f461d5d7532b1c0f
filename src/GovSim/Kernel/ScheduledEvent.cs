using System.Runtime.InteropServices;

namespace GovSim.Kernel;

/// <summary>
/// One entry of the future-event list: plain data, 32 bytes, no references, so the list is an
/// array the garbage collector never scans and scheduling never allocates.
/// </summary>
/// <remarks>
/// The event does not carry a callback: <see cref="Component"/> indexes the simulation's table of
/// components and <see cref="Kind"/>, <see cref="Subject"/> and <see cref="Tag"/> are the
/// component's own arguments (for a station: what happened, to which customer, which visit).
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
public struct ScheduledEvent
{
    /// <summary>When the event happens, hours.</summary>
    public double Time;

    /// <summary>Scheduling order; breaks ties in time so that runs are deterministic (FIFO among equals).</summary>
    public long Sequence;

    public int Component;
    public int Kind;
    public int Subject;
    public int Tag;
}
