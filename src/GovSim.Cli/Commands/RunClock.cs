using System.Diagnostics;

namespace GovSim.Cli.Commands;

/// <summary>
/// Wall-clock and processor time of the runs a command makes. Processor time is what the rate
/// "per core" divides by: with more replications in flight than cores (the thread pool may add
/// workers), each replication's own wall-clock time overstates what it cost.
/// </summary>
internal sealed class RunClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _processorAtStart = ProcessorTime();

    public TimeSpan Wall { get; private set; }

    /// <summary>Processor time of every thread of the process while the runs went on (collections and compilation included).</summary>
    public TimeSpan Processor { get; private set; }

    public static RunClock Start() => new();

    public void Stop()
    {
        _wall.Stop();
        Wall = _wall.Elapsed;
        Processor = ProcessorTime() - _processorAtStart;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
