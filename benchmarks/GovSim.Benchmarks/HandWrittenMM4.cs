using GovSim.Random;
using System.Runtime.CompilerServices;

namespace GovSim.Benchmarks;

/// <summary>
/// The yardstick for the kernel: an M/M/c queue simulated the way one would write it by hand for
/// this one model, with nothing general about it. It is still a real discrete-event simulation
/// (a future-event list, a clock, a FIFO queue), not a formula: the kernel is measured against
/// the cheapest honest program that does the same work.
/// </summary>
/// <remarks>
/// What it shares with the kernel, so that the ratio measures generality and not a different
/// algorithm: events are (time, sequence, kind) structs in an array-backed heap ordered by
/// (time, sequence); service times and gaps are exponential draws by the kernel's own sampler
/// (<see cref="Ziggurat"/> on a <see cref="RandomStream"/>, xoshiro256**); every customer's wait in
/// queue (zero for those served at once) is averaged.
/// What it leaves out: statistics beyond the mean wait, customer records, routing, disciplines,
/// abandonment, schedules, per-component dispatch.
/// </remarks>
internal static class HandWrittenMM4
{
    private const int Arrival = 0;
    private const int Departure = 1;

    /// <summary>Simulates the queue on [0, <paramref name="horizon"/>] hours and returns the mean wait in queue, hours.</summary>
    public static double MeanWait(double lambda, double mu, int servers, double horizon, ulong seed)
    {
        var rng = new RandomStream(seed);
        var events = new EventHeap(16);
        var queue = new ArrivalTimeRing(64);
        long sequence = 0;
        int busy = 0;
        double waitSum = 0;
        long started = 0;

        events.Push(new Event(Ziggurat.Exponential(rng) / lambda, sequence++, Arrival));
        while (events.Count > 0 && events.MinTime <= horizon)
        {
            Event e = events.Pop();
            double now = e.Time;
            if (e.Kind == Arrival)
            {
                events.Push(new Event(now + Ziggurat.Exponential(rng) / lambda, sequence++, Arrival));
                if (busy < servers)
                {
                    busy++;
                    started++; // waited zero
                    events.Push(new Event(now + Ziggurat.Exponential(rng) / mu, sequence++, Departure));
                }
                else
                {
                    queue.Enqueue(now);
                }
            }
            else if (queue.Count > 0)
            {
                // The freed server takes the head of the line at once; busy is unchanged.
                waitSum += now - queue.Dequeue();
                started++;
                events.Push(new Event(now + Ziggurat.Exponential(rng) / mu, sequence++, Departure));
            }
            else
            {
                busy--;
            }
        }
        return started > 0 ? waitSum / started : double.NaN;
    }

    private readonly struct Event(double time, long sequence, int kind)
    {
        public readonly double Time = time;
        public readonly long Sequence = sequence;
        public readonly int Kind = kind;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Before(in Event other) =>
            Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
    }

    /// <summary>A binary min-heap of events in an array that doubles when full.</summary>
    private struct EventHeap(int capacity)
    {
        private Event[] _items = new Event[capacity];
        private int _count;

        public readonly int Count => _count;

        public readonly double MinTime => _items[0].Time;

        public void Push(Event item)
        {
            if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            var items = _items;
            int hole = _count++;
            while (hole > 0)
            {
                int parent = (hole - 1) >> 1;
                if (!item.Before(items[parent])) break;
                items[hole] = items[parent];
                hole = parent;
            }
            items[hole] = item;
        }

        public Event Pop()
        {
            var items = _items;
            Event top = items[0];
            int count = --_count;
            if (count == 0) return top;
            Event last = items[count];
            int hole = 0;
            while (true)
            {
                int child = (hole << 1) + 1;
                if (child >= count) break;
                if (child + 1 < count && items[child + 1].Before(items[child])) child++;
                if (!items[child].Before(last)) break;
                items[hole] = items[child];
                hole = child;
            }
            items[hole] = last;
            return top;
        }
    }

    /// <summary>Arrival times of the waiting customers, oldest first, in a power-of-two ring that doubles when full.</summary>
    private struct ArrivalTimeRing(int capacity)
    {
        private double[] _times = new double[capacity];
        private int _head;
        private int _count;

        public readonly int Count => _count;

        public void Enqueue(double time)
        {
            if (_count == _times.Length) Grow();
            _times[(_head + _count) & (_times.Length - 1)] = time;
            _count++;
        }

        public double Dequeue()
        {
            double time = _times[_head];
            _head = (_head + 1) & (_times.Length - 1);
            _count--;
            return time;
        }

        private void Grow()
        {
            var bigger = new double[_times.Length * 2];
            for (int i = 0; i < _count; i++) bigger[i] = _times[(_head + i) & (_times.Length - 1)];
            _times = bigger;
            _head = 0;
        }
    }
}
