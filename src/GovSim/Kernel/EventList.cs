using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GovSim.Kernel;

/// <summary>
/// The future-event list: a 4-ary min-heap of <see cref="ScheduledEvent"/> structs ordered by
/// (time, sequence).
/// </summary>
/// <remarks>
/// Why this shape: a 4-ary heap is half as deep as a binary one and its four children share a
/// cache line or two, which measured faster for the hold model at every size we use. Moves are
/// done "by hole": the moving event is written once, at its final slot. The array only grows
/// (doubling), so a run in steady state allocates nothing.
/// The sifts are the hottest loops of a large model, and address the array through a ref
/// (<see cref="MemoryMarshal.GetArrayDataReference{T}(T[])"/>, <see cref="Unsafe.Add{T}(ref T, int)"/>)
/// rather than by index: no bounds check, no copy of an event to compare it. Every index they
/// use is below the live count, itself at most the array's length. A city-scale replication ran
/// 3-10% faster so. The event being placed is passed by reference too. The one reference into
/// the heap a caller can hold is <see cref="Peek"/>'s, to the earliest event, which no sift moves
/// when it is handed back (a test does so).
/// </remarks>
public sealed class EventList
{
    private const int Arity = 4;
    private ScheduledEvent[] _heap;
    private int _count;

    public EventList(int initialCapacity = 256) =>
        _heap = new ScheduledEvent[Math.Max(initialCapacity, Arity)];

    public int Count => _count;

    /// <summary>Time of the next event; +infinity when the list is empty.</summary>
    public double NextTime
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _count > 0 ? _heap[0].Time : double.PositiveInfinity;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in ScheduledEvent a, in ScheduledEvent b) =>
        a.Time < b.Time || (a.Time == b.Time && a.Sequence < b.Sequence);

    /// <summary>Adds an event. Its <see cref="ScheduledEvent.Sequence"/> must already be set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(in ScheduledEvent item)
    {
        if (_count == _heap.Length) Grow();
        SiftUp(_count++, item);
    }

    /// <summary>Removes and returns the earliest event. The list must not be empty.</summary>
    public ScheduledEvent Pop()
    {
        Debug.Assert(_count > 0);
        var heap = _heap;
        ScheduledEvent top = heap[0];
        int last = --_count;
        if (last > 0) SiftDown(heap[last], last);
        return top;
    }

    /// <summary>
    /// Pushes <paramref name="item"/> and pops the earliest event, in one pass: the "hold"
    /// operation of a model that schedules one event for each one it handles.
    /// </summary>
    public ScheduledEvent PushPop(in ScheduledEvent item)
    {
        if (_count == 0) return item;
        ScheduledEvent top = _heap[0];
        if (Before(item, top)) return item;
        SiftDown(item, _count);
        return top;
    }

    /// <summary>The earliest event, left in place. The list must not be empty.</summary>
    public ref readonly ScheduledEvent Peek()
    {
        Debug.Assert(_count > 0);
        return ref _heap[0];
    }

    /// <summary>
    /// The earliest event after the first, if nothing earlier is scheduled meanwhile (the earliest
    /// of the root's children); false when the list holds fewer than two events.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPeekSecond(out ScheduledEvent second)
    {
        var heap = _heap;
        int end = Math.Min(_count, 1 + Arity);
        if (end < 2)
        {
            second = default;
            return false;
        }
        int best = 1;
        for (int c = 2; c < end; c++)
            if (Before(heap[c], heap[best])) best = c;
        second = heap[best];
        return true;
    }

    /// <summary>
    /// Replaces the earliest event by <paramref name="item"/>: a pop and a push for the price of
    /// one sift. The list must not be empty.
    /// </summary>
    public void ReplaceTop(in ScheduledEvent item)
    {
        Debug.Assert(_count > 0);
        SiftDown(item, _count);
    }

    /// <summary>Removes the earliest event. The list must not be empty.</summary>
    public void RemoveTop()
    {
        Debug.Assert(_count > 0);
        int last = --_count;
        if (last > 0) SiftDown(_heap[last], last);
    }

    public void Clear() => _count = 0;

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

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref _heap, _heap.Length * 2);
}
