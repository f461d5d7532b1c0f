using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GovSim.Kernel;

namespace GovSim.Benchmarks;

/// <summary>
/// The future-event list GovSim used until the radix list replaced it: a 4-ary min-heap ordered
/// by (time, sequence), sifting through a ref. Kept here only as the reference that
/// <see cref="EventListBenchmarks"/> measures <see cref="EventList"/> against.
/// </summary>
internal sealed class FourAryHeap
{
    private const int Arity = 4;
    private ScheduledEvent[] _heap;
    private int _count;

    public FourAryHeap(int initialCapacity) => _heap = new ScheduledEvent[Math.Max(initialCapacity, Arity)];

    public int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in ScheduledEvent a, in ScheduledEvent b) =>
        a.Time < b.Time || (a.Time == b.Time && a.Sequence < b.Sequence);

    public void Push(in ScheduledEvent item)
    {
        if (_count == _heap.Length) Array.Resize(ref _heap, _heap.Length * 2);
        SiftUp(_count++, item);
    }

    public ScheduledEvent Pop()
    {
        ScheduledEvent top = _heap[0];
        RemoveTop();
        return top;
    }

    public ref readonly ScheduledEvent Peek() => ref _heap[0];

    /// <summary>The earliest of the root's children.</summary>
    public bool TryPeekSecond(out ScheduledEvent second)
    {
        int end = Math.Min(_count, 1 + Arity);
        if (end < 2)
        {
            second = default;
            return false;
        }
        int best = 1;
        for (int c = 2; c < end; c++)
            if (Before(_heap[c], _heap[best])) best = c;
        second = _heap[best];
        return true;
    }

    /// <summary>A pop and a push in one sift, as the kernel did for a handler's first event.</summary>
    public void ReplaceTop(in ScheduledEvent item) => SiftDown(item, _count);

    public void RemoveTop()
    {
        int last = --_count;
        if (last > 0) SiftDown(_heap[last], last);
    }

    private void SiftUp(int hole, in ScheduledEvent item)
    {
        ref ScheduledEvent slot0 = ref MemoryMarshal.GetArrayDataReference(_heap);
        while (hole > 0)
        {
            int parent = (hole - 1) >> 2;
            ref ScheduledEvent parentEvent = ref Unsafe.Add(ref slot0, parent);
            if (!Before(item, parentEvent)) break;
            Unsafe.Add(ref slot0, hole) = parentEvent;
            hole = parent;
        }
        Unsafe.Add(ref slot0, hole) = item;
    }

    // Places item starting from the root, in a heap whose live part is [0, count).
    private void SiftDown(in ScheduledEvent item, int count)
    {
        ref ScheduledEvent slot0 = ref MemoryMarshal.GetArrayDataReference(_heap);
        int hole = 0;
        while (true)
        {
            int first = (hole << 2) + 1;
            if (first >= count) break;
            int end = Math.Min(first + Arity, count);
            int best = first;
            ref ScheduledEvent bestEvent = ref Unsafe.Add(ref slot0, first);
            for (int c = first + 1; c < end; c++)
            {
                ref ScheduledEvent candidate = ref Unsafe.Add(ref slot0, c);
                if (Before(candidate, bestEvent))
                {
                    best = c;
                    bestEvent = ref candidate;
                }
            }
            if (!Before(bestEvent, item)) break;
            Unsafe.Add(ref slot0, hole) = bestEvent;
            hole = best;
        }
        Unsafe.Add(ref slot0, hole) = item;
    }
}
