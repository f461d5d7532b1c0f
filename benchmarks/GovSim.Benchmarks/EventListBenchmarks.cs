using BenchmarkDotNet.Attributes;
using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Benchmarks;

/// <summary>
/// How much does one step of the future-event list cost, and how does it scale with the number of
/// pending events? The classic "hold model": the list is pre-filled with <see cref="Size"/>
/// events, then each hold pops the earliest event and pushes one at (popped time + exponential
/// increment), so the size stays constant while time moves on, as in a simulation in steady state.
/// </summary>
/// <remarks>
/// Mean is per hold (OperationsPerInvoke). The increments come from a precomputed table so the
/// figures are the list's cost, not the random number generator's. Compared:
/// <list type="bullet">
/// <item><c>PriorityQueue</c> (baseline): <see cref="PriorityQueue{TElement, TPriority}"/> keyed by
/// (time, sequence), Dequeue then Enqueue.</item>
/// <item><c>PriorityQueueDequeueEnqueue</c>: the same with its fused DequeueEnqueue.</item>
/// <item><c>EventListPopPush</c>: <see cref="EventList.Pop"/> then <see cref="EventList.Push"/>,
/// which is what <see cref="Simulation.RunUntil"/> does.</item>
/// <item><c>EventListHold</c>: the fused <see cref="EventList.PushPop"/>.</item>
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
    private PriorityQueue<ScheduledEvent, (double, long)> _priorityQueue = null!;
    private long _sequence;
    private int _next;

    [Params(10, 1_000, 100_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new RandomStream(12345);
        _increments = new double[IncrementCount];
        for (int i = 0; i < _increments.Length; i++) _increments[i] = -Math.Log(random.NextUnitOpenAtZero());

        _eventList = new EventList(Size);
        _priorityQueue = new PriorityQueue<ScheduledEvent, (double, long)>(Size);
        _sequence = 0;
        _next = 0;
        for (int i = 0; i < Size; i++)
        {
            var e = new ScheduledEvent { Time = -Math.Log(random.NextUnitOpenAtZero()), Sequence = _sequence++, Kind = i };
            _eventList.Push(e);
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
    public double PriorityQueueDequeueEnqueue()
    {
        var queue = _priorityQueue;
        var increments = _increments;
        long sequence = _sequence;
        int next = _next;
        double last = 0;
        for (int i = 0; i < Holds; i++)
        {
            // DequeueEnqueue returns the minimum and inserts in one sift, like EventList.PushPop;
            // the new event is computed from the current minimum, read first.
            queue.TryPeek(out ScheduledEvent e, out _);
            last = e.Time;
            e.Time += increments[next++ & (IncrementCount - 1)];
            e.Sequence = sequence++;
            queue.DequeueEnqueue(e, (e.Time, e.Sequence));
        }
        _sequence = sequence;
        _next = next;
        return last;
    }

    [Benchmark(OperationsPerInvoke = Holds)]
    public double EventListPopPush()
    {
        var list = _eventList;
        var increments = _increments;
        long sequence = _sequence;
        int next = _next;
        double last = 0;
        for (int i = 0; i < Holds; i++)
        {
            ScheduledEvent e = list.Pop();
            last = e.Time;
            e.Time += increments[next++ & (IncrementCount - 1)];
            e.Sequence = sequence++;
            list.Push(e);
        }
        _sequence = sequence;
        _next = next;
        return last;
    }

    [Benchmark(OperationsPerInvoke = Holds)]
    public double EventListHold()
    {
        var list = _eventList;
        var increments = _increments;
        long sequence = _sequence;
        int next = _next;
        double last = 0;
        var e = new ScheduledEvent { Time = list.NextTime };
        for (int i = 0; i < Holds; i++)
        {
            // The next event follows the current minimum; PushPop removes that minimum and
            // inserts the new one in a single sift down.
            last = list.NextTime;
            e.Time = last + increments[next++ & (IncrementCount - 1)];
            e.Sequence = sequence++;
            e = list.PushPop(e);
        }
        _sequence = sequence;
        _next = next;
        return last;
    }
}
