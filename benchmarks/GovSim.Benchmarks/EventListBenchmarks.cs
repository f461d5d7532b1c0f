using BenchmarkDotNet.Attributes;
using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Benchmarks;

/// <summary>
/// How much does one step of the future-event list cost, and how does it scale with the number of
/// pending events? The classic "hold model": the list is pre-filled with <see cref="Size"/>
/// events, then each hold takes the earliest event and schedules one at (its time + a random
/// increment), so the size stays constant while time moves on, as in a simulation in steady state.
/// </summary>
/// <remarks>
/// Mean is per hold (OperationsPerInvoke). The increments come from a precomputed table so the
/// figures are the list's cost, not the random number generator's. They are exponential with two
/// scales, as in a city model: most events are due soon (arrivals, hand-overs), some hours ahead
/// (long services). Compared:
/// <list type="bullet">
/// <item><c>PriorityQueue</c> (baseline): <see cref="PriorityQueue{TElement, TPriority}"/> keyed by
/// (time, sequence), Dequeue then Enqueue.</item>
/// <item><c>FourAryHeap</c>: the 4-ary heap GovSim used before, in the way the kernel used it:
/// look at the earliest and the next, then replace the earliest by the new event in one sift.</item>
/// <item><c>EventList</c>: <see cref="EventList"/> in the way <see cref="Simulation.RunUntil"/>
/// uses it: look at the earliest and the next, push the new event, remove the earliest.</item>
/// </list>
/// Each benchmark owns its list, filled in <see cref="Setup"/>; later iterations continue from
/// where the previous ones left it, which is the hold model's stationary regime.
/// </remarks>
public class EventListBenchmarks
{
    private const int Holds = 1_000_000;
    private const int IncrementCount = 1 << 16; // a power of two, so the index wraps with a mask

    private double[] _increments = null!;
    private EventList _eventList = null!;
    private FourAryHeap _heap = null!;
    private PriorityQueue<ScheduledEvent, (double, long)> _priorityQueue = null!;
    private long _sequence;
    private int _next;

    [Params(10, 1_000, 20_000, 100_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new RandomStream(12345);
        _increments = new double[IncrementCount];
        for (int i = 0; i < _increments.Length; i++)
        {
            // Two events in three soon (mean 0.05), one hours ahead (mean 4): a mean of about 1.4.
            double scale = random.NextUnit() < 2.0 / 3 ? 0.05 : 4;
            _increments[i] = -Math.Log(random.NextUnitOpenAtZero()) * scale;
        }

        _eventList = new EventList(Size);
        _heap = new FourAryHeap(Size);
        _priorityQueue = new PriorityQueue<ScheduledEvent, (double, long)>(Size);
        _sequence = 0;
        _next = 0;
        for (int i = 0; i < Size; i++)
        {
            var e = new ScheduledEvent { Time = _increments[i & (IncrementCount - 1)], Sequence = _sequence++, Kind = i };
            _eventList.Push(e);
            _heap.Push(e);
            _priorityQueue.Enqueue(e, (e.Time, e.Sequence));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Holds)]
    public double PriorityQueue()
    {
        var queue = _priorityQueue;
        var increments = _increments;
        long sequence = _sequence;
        int next = _next;
        double last = 0;
        for (int i = 0; i < Holds; i++)
        {
            ScheduledEvent e = queue.Dequeue();
            last = e.Time;
            e.Time += increments[next++ & (IncrementCount - 1)];
            e.Sequence = sequence++;
            queue.Enqueue(e, (e.Time, e.Sequence));
        }
        _sequence = sequence;
        _next = next;
        return last;
    }

    [Benchmark(OperationsPerInvoke = Holds)]
    public double FourAryHeap()
    {
        var heap = _heap;
        var increments = _increments;
        long sequence = _sequence;
        int next = _next;
        double last = 0;
        long seen = 0;
        for (int i = 0; i < Holds; i++)
        {
            ScheduledEvent e = heap.Peek();
            if (heap.TryPeekSecond(out var second)) seen += second.Kind;
            last = e.Time;
            e.Time += increments[next++ & (IncrementCount - 1)];
            e.Sequence = sequence++;
            heap.ReplaceTop(e);
        }
        _sequence = sequence;
        _next = next;
        return last + seen;
    }

    [Benchmark(OperationsPerInvoke = Holds)]
    public double EventList()
    {
        var list = _eventList;
        var increments = _increments;
        long sequence = _sequence;
        int next = _next;
        double last = 0;
        long seen = 0;
        for (int i = 0; i < Holds; i++)
        {
            ScheduledEvent e = list.Peek();
            if (list.TryPeekSecond(out var second)) seen += second.Kind;
            last = e.Time;
            e.Time += increments[next++ & (IncrementCount - 1)];
            e.Sequence = sequence++;
            list.Push(e);
            list.RemoveTop();
        }
        _sequence = sequence;
        _next = next;
        return last + seen;
    }
}
