using System.Diagnostics;
using System.Globalization;
using System.Text;
using GovSim.Networks;

namespace GovSim.Cli.Commands;

/// <summary>
/// The closing lines of a command that simulates: what was run, how many cases and events, how
/// long it took; then how fast one core went, and the process's peak memory, so that the speed and
/// memory figures a user quotes come from the run itself.
/// </summary>
/// <remarks>
/// "Per core" divides the work by the processor time the process used meanwhile (see
/// <see cref="RunClock"/>): building the models, collecting their results, garbage collection and
/// the compiler's warm-up included, so a short run understates the simulation's own speed. With
/// more threads the wall-clock time is shorter; the rate per core stays about the same, or falls
/// where parallel replications contend for the caches and memory. Peak memory is the process's
/// largest resident set so far (VmHWM on Linux, the figure <c>/usr/bin/time -v</c> reports at
/// exit): the runs', before any figure is drawn.
/// </remarks>
internal static class WorkloadLines
{
    /// <param name="what">What was run, e.g. "10 replications of 720 h (warm-up 168 h), seed 1".</param>
    /// <param name="runs">Every run's summary, ablations included: the clock timed them all.</param>
    /// <param name="clock">The runs' wall-clock and processor time.</param>
    /// <param name="countsCases">Whether arrivals are governance cases (a network's customers are not named).</param>
    public static string For(string what, IEnumerable<RunSummary> runs, RunClock clock, bool countsCases) =>
        For(what, runs, clock.Wall, clock.Processor, countsCases, PeakMemoryBytes());

    /// <summary>As above, with the times and the peak memory given (for tests).</summary>
    internal static string For(string what, IEnumerable<RunSummary> runs, TimeSpan wallTime, TimeSpan processorTime, bool countsCases, long peakMemoryBytes)
    {
        long cases = 0, events = 0;
        foreach (var run in runs)
        {
            foreach (var replication in run.Replications)
            {
                cases += replication.TotalArrivals;
                events += replication.EventsExecuted;
            }
        }
        double coreSeconds = processorTime.TotalSeconds;
        var line = new StringBuilder(what).Append(": ");
        if (countsCases) line.Append(Format.Number(cases)).Append(" cases, ");
        line.Append(Format.Number(events)).Append(" events in ").Append(wallTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)).Append(" s");
        line.Append('\n');
        if (coreSeconds > 0)
        {
            line.Append("per core (processor time, set-up included): ");
            if (countsCases) line.Append(Rate(cases / coreSeconds)).Append(" cases/s, ");
            line.Append(Rate(events / coreSeconds)).Append(" events/s; ");
        }
        return line.Append("peak memory ").Append((peakMemoryBytes / 1e6).ToString("0", CultureInfo.InvariantCulture)).Append(" MB").ToString();
    }

    /// <summary>A rate with three significant digits: "1.21 M", "739 k", "48.2 k", "512".</summary>
    internal static string Rate(double perSecond) =>
        perSecond >= 1e6 ? Scaled(perSecond / 1e6) + " M"
        : perSecond >= 1e3 ? Scaled(perSecond / 1e3) + " k"
        : perSecond.ToString("0", CultureInfo.InvariantCulture);

    private static string Scaled(double x) =>
        x.ToString(x >= 100 ? "0" : x >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    private static long PeakMemoryBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
