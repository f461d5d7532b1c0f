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
/// "Per core" divides the work by the summed times of the replications, each measured on the one
/// thread that ran it, building the model and collecting its results included (and, for the first
/// replications of a process, the compiler's warm-up): with more threads the wall-clock time is
/// shorter and the per-core rate about the same. Peak memory is the process's largest resident set
/// so far (VmHWM on Linux, the figure <c>/usr/bin/time -v</c> reports at exit): the runs', before
/// any figure is drawn.
/// </remarks>
internal static class WorkloadLines
{
    /// <param name="what">What was run, e.g. "10 replications of 720 h (warm-up 168 h), seed 1".</param>
    /// <param name="runs">Every run's summary, ablations included: their counts and times add up.</param>
    /// <param name="wallTime">The wall-clock time of all of them.</param>
    /// <param name="countsCases">Whether arrivals are governance cases (a network's customers are not named).</param>
    public static string For(string what, IEnumerable<RunSummary> runs, TimeSpan wallTime, bool countsCases) =>
        For(what, runs, wallTime, countsCases, PeakMemoryBytes());

    /// <summary>As above, with the peak memory given (for tests).</summary>
    internal static string For(string what, IEnumerable<RunSummary> runs, TimeSpan wallTime, bool countsCases, long peakMemoryBytes)
    {
        long cases = 0, events = 0;
        double coreSeconds = 0;
        foreach (var run in runs)
        {
            foreach (var replication in run.Replications)
            {
                cases += replication.TotalArrivals;
                events += replication.EventsExecuted;
            }
            foreach (double seconds in run.ReplicationSeconds) coreSeconds += seconds;
        }
        var line = new StringBuilder(what).Append(": ");
        if (countsCases) line.Append(Format.Number(cases)).Append(" cases, ");
        line.Append(Format.Number(events)).Append(" events in ").Append(wallTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)).Append(" s");
        line.Append('\n');
        if (coreSeconds > 0)
        {
            line.Append("per core, set-up included: ");
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
