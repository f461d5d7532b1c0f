using GovSim.Statistics;

namespace GovSim.Kernel;

/// <summary>What a station observes, since the start of the run or the last <see cref="Reset"/> (end of warm-up).</summary>
public sealed class StationStatistics
{
    /// <param name="classCount">Statistics slots: one per customer class, or fewer when the station pools classes.</param>
    public StationStatistics(int classCount, double now, int capacity)
    {
        // What every visit updates first, so that it lies in one run of memory (see Station.PrefetchBytes).
        ArrivalsByClass = new long[classCount];
        WaitByClass = new RunningTally[classCount];
        for (int i = 0; i < classCount; i++) WaitByClass[i] = new RunningTally();
        Busy = new TimeWeightedTally(now);
        AbandonedByClass = new long[classCount];
        QueueLength = new TimeWeightedTally(now);
        Capacity = new TimeWeightedTally(now, capacity);
        WindowStart = now;
    }

    public double WindowStart { get; private set; }

    // Only per-class figures are counted on the hot path; station totals are summed from them
    // when read, which saves a second update per customer.
    public long Arrivals
    {
        get
        {
            long total = 0;
            foreach (long n in ArrivalsByClass) total += n;
            return total;
        }
    }

    public long Delayed;
    public long Served;
    public long Abandoned;
    public readonly long[] ArrivalsByClass;
    public readonly long[] AbandonedByClass;

    /// <summary>Time in queue, per class, of every customer that left the queue: into service, or by abandoning.</summary>
    public readonly RunningTally[] WaitByClass;

    /// <summary>Time in queue of every customer that left the queue, all classes together.</summary>
    public RunningTally Wait
    {
        get
        {
            var all = new RunningTally();
            foreach (var t in WaitByClass) all.Combine(t);
            return all;
        }
    }

    /// <summary>Customers waiting (abandoned entries not counted).</summary>
    public readonly TimeWeightedTally QueueLength;

    /// <summary>
    /// Servers busy (for an infinite-server station: customers in it). The work of customers that
    /// departed early is added in full as it starts (see <see cref="Station.Settle"/>), so its
    /// <see cref="TimeWeightedTally.Current"/> and <see cref="TimeWeightedTally.Max"/> count only
    /// the servers whose service ends with an event; its mean counts all.
    /// </summary>
    public readonly TimeWeightedTally Busy;

    /// <summary>Servers on duty, which a weekly schedule changes.</summary>
    public readonly TimeWeightedTally Capacity;

    /// <summary>
    /// Starts a new observation window at <paramref name="now"/>, keeping the current state. A
    /// station's owner calls <see cref="Station.ResetStatistics"/> instead, which also carries over
    /// the work of early-departed customers still in service.
    /// </summary>
    public void Reset(double now)
    {
        WindowStart = now;
        Delayed = Served = Abandoned = 0;
        Array.Clear(ArrivalsByClass);
        Array.Clear(AbandonedByClass);
        foreach (var t in WaitByClass) t.Reset();
        QueueLength.Reset(now);
        Busy.Reset(now);
        Capacity.Reset(now);
    }
}
