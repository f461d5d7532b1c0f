using System.Numerics;
using System.Runtime.CompilerServices;

namespace GovSim.Kernel;

/// <summary>
/// The future-event list: a radix heap with a sorted front, holding <see cref="ScheduledEvent"/>
/// structs in (time, sequence) order.
/// </summary>
/// <remarks>
/// <para>
/// Why this shape. A simulation only ever schedules at or after the present, so the list is a
/// monotone priority queue, which a radix heap (Ahuja, Mehlhorn, Orlin and Tarjan, 1990) serves
/// with few comparisons. Times are non-negative doubles, whose bit patterns read as unsigned
/// integers sort like the times themselves; call that the key. The list keeps a key
/// <c>last</c>, at most every waiting key, and files an event in bucket b when the highest bit in
/// which its key differs from <c>last</c> is bit b − 1: every event in a lower bucket is earlier than
/// every event in a higher one, and filing is a computed index, not a search.
/// </para>
/// <para>
/// The earliest events are kept apart, in the front: a short array sorted by (time, sequence),
/// taken from the lowest non-empty bucket. An event that falls in the front's bucket or below is
/// inserted into it in order; later ones are filed. When the front runs out, the lowest non-empty
/// bucket becomes the front (sorted on the spot) if it is short; if it is long, it is cut into
/// slices of equal time, a rung (EventList.Rung.cs), whose slices become the front in turn. (A
/// bucket the rungs cannot cut, e.g. one holding an infinite time, has its earliest key become
/// <c>last</c> and its events filed again relative to it, each into a lower bucket: the radix
/// heap's own step.) So an event is moved two or three times in its life and compared with a few
/// neighbours, instead of being sifted through a heap with a mispredicted comparison at every level,
/// which cost about half of an event's time at city scale (a Beijing replication's event
/// sequence replayed on both lists).
/// </para>
/// <para>
/// Ties: events of equal time compare by sequence number in the front, so they come out in the
/// order they were scheduled; the order of events is exactly that of any heap ordered by
/// (time, sequence).
/// </para>
/// <para>
/// An event earlier than <c>last</c> is allowed (this is also a general priority queue, and a run
/// that stopped after looking at its next event may schedule before it), at the price of filing
/// every waiting event again; the kernel does so at most once per run. The buckets share one
/// pool of fixed chunks (EventList.Buckets.cs), so the memory they hold follows the number of
/// waiting events, not which buckets a long run happened to fill; arrays only grow (doubling),
/// so a run in steady state allocates nothing.
/// </para>
/// </remarks>
public sealed partial class EventList
{
    // A bucket (or a rung's slice) this short becomes the front by sorting; a longer one is cut
    // into a rung or filed again.
    private const int SortUpTo = 32;

    // A bucket at least this long is cut into a rung; a shorter one is filed again (see RefillFront).
    private const int RungFrom = 128;

    // A front this long is split before it takes another event (see SplitFront).
    private const int FrontLimit = 2 * SortUpTo;

    private ulong _nonEmpty;      // bit b − 1 set when bucket b holds events (see EventList.Buckets.cs)
    private ulong _last;          // no waiting event has a smaller key

    // The earliest events, sorted: [_frontHead, _frontEnd) of _front. Every event whose bucket is
    // at most _frontBucket belongs here; the buckets up to it are empty.
    private ScheduledEvent[] _front;
    private int _frontHead;
    private int _frontEnd;
    private int _frontBucket;

    private int _count;

    public EventList(int initialCapacity = 16)
    {
        int capacity = Math.Max(initialCapacity, 4);
        _pool = new ScheduledEvent[(capacity / ChunkSize + Buckets) * ChunkSize];
        _nextChunk = new int[_pool.Length / ChunkSize];
        _front = new ScheduledEvent[Math.Max(capacity, 2 * SortUpTo)];
    }

    public int Count => _count;

    // +0.0 turns −0.0 into +0.0, whose bits are the smallest key; every other time the kernel
    // allows (not NaN, not negative) has bits that sort like the time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong KeyOf(double time) => (ulong)BitConverter.DoubleToInt64Bits(time + 0.0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BucketOf(ulong key, ulong last) => 64 - BitOperations.LeadingZeroCount(key ^ last);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in ScheduledEvent a, in ScheduledEvent b) =>
        a.Time < b.Time || (a.Time == b.Time && a.Sequence < b.Sequence);

    /// <summary>Adds an event. Its <see cref="ScheduledEvent.Sequence"/> must already be set, larger than any before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(in ScheduledEvent item)
    {
        ulong key = KeyOf(item.Time);
        if (key < _last) Rebase(key);
        if (_rungs > 0 && item.Time <= _rungEnd)
        {
            PushIntoRungs(item);
        }
        else
        {
            int bucket = BucketOf(key, _last);
            if (bucket <= _frontBucket) InsertIntoFront(item);
            else Append(bucket, item);
        }
        _count++;
    }

    // Sequence numbers only grow, so an event goes after every event of equal time already here.
    // Taken by value: a caller's reference may point into the front, which this moves.
    private void InsertIntoFront(ScheduledEvent item)
    {
        // (An event earlier than the front's first, which a general queue may get, goes in as it
        // is: the split would make the first one's key _last, above this event's.)
        // (While a rung lasts the front is one slice, which the split would file past the rung's
        // later slices; a slice is short unless many of its events tie, and ties are cheap to insert.)
        if (_frontEnd - _frontHead >= FrontLimit && _rungs == 0 && !Before(item, _front[_frontHead]) && SplitFront())
        {
            // The front now holds only the earliest key: the event belongs beyond it unless it ties.
            int bucket = BucketOf(KeyOf(item.Time), _last);
            if (bucket > 0)
            {
                Append(bucket, item);
                return;
            }
        }
        if (_frontEnd == _front.Length) MakeRoomInFront(1);
        InsertSorted(_front, _frontHead, _frontEnd, item);
        _frontEnd++;
    }

    // A long front makes every insertion slow. That happens when few events spread over a long
    // time (a small model): the lowest bucket then covers much of the future, and so does the
    // front taken from it. The earliest key becomes _last (it lies in the front's range and below
    // every bucketed event, so the buckets keep their meaning), and the front keeps only the
    // events of that key; the others are filed relative to it, into buckets that now cover only
    // the near future. (Keeping more of them in the front measured slower, for a small model and
    // for a city alike.) False when all the front's events share one key: nothing to split.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool SplitFront()
    {
        var front = _front;
        ulong earliest = KeyOf(front[_frontHead].Time);
        if (KeyOf(front[_frontEnd - 1].Time) == earliest) return false;
        _last = earliest;
        _frontBucket = 0;
        int keep = _frontHead + 1;
        while (KeyOf(front[keep].Time) == earliest) keep++;
        for (int i = keep; i < _frontEnd; i++) Append(BucketOf(KeyOf(front[i].Time), earliest), front[i]);
        _frontEnd = keep;
        return true;
    }

    // Room for `more` events at the end: slide the live part to the start, and double if it is
    // more than half full.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MakeRoomInFront(int more)
    {
        int live = _frontEnd - _frontHead;
        int length = _front.Length;
        while ((live + more) * 2 > length) length *= 2;
        if (length > _front.Length) Array.Resize(ref _front, length);
        Array.Copy(_front, _frontHead, _front, 0, live);
        _frontHead = 0;
        _frontEnd = live;
    }

    /// <summary>The earliest event, left in place. The list must not be empty.</summary>
    public ref readonly ScheduledEvent Peek()
    {
        if (_frontHead == _frontEnd) RefillFront();
        return ref _front[_frontHead];
    }

    /// <summary>Removes and returns the earliest event. The list must not be empty.</summary>
    public ScheduledEvent Pop()
    {
        ScheduledEvent top = Peek();
        RemoveTop();
        return top;
    }

    /// <summary>
    /// The earliest event after the first, if nothing earlier is scheduled meanwhile, when the list
    /// knows it without a search: it is a hint (for prefetching), and false says only that no
    /// hint is at hand: the list holds fewer than two events, or the second would have to be
    /// looked for among a long bucket's events, which is left to the time the first is gone.
    /// </summary>
    public bool TryPeekSecond(out ScheduledEvent second)
    {
        if (_count >= 2)
        {
            if (_frontHead == _frontEnd) RefillFront();
            if (_frontEnd - _frontHead < 2) BringSecondIntoFront();
            if (_frontEnd - _frontHead >= 2)
            {
                second = _front[_frontHead + 1];
                return true;
            }
        }
        second = default;
        return false;
    }

    /// <summary>
    /// The <paramref name="n"/>th earliest event (3 for the third, …), if nothing earlier is
    /// scheduled meanwhile, when the front holds it already (call TryPeekSecond first): a hint,
    /// as that one.
    /// </summary>
    public bool TryPeekNth(int n, out ScheduledEvent nth)
    {
        if (_frontEnd - _frontHead >= n)
        {
            nth = _front[_frontHead + n - 1];
            return true;
        }
        nth = default;
        return false;
    }

    // The front holds one event: the next slice or bucket joins it now, behind the earliest event,
    // rather than once that is gone, if it is short; it would be sorted then anyway.
    private void BringSecondIntoFront()
    {
        if (_rungs > 0 && BringSecondSliceIntoFront()) return;
        int bucket = BitOperations.TrailingZeroCount(_nonEmpty) + 1;
        int n = _counts[bucket];
        if (n <= SortUpTo) TakeIntoFront(bucket, n);
    }

    /// <summary>Removes the earliest event. The list must not be empty.</summary>
    public void RemoveTop()
    {
        if (_frontHead == _frontEnd) RefillFront();
        if (++_frontHead == _frontEnd)
        {
            _frontHead = 0;
            _frontEnd = 0;
        }
        _count--;
    }

    public void Clear()
    {
        ClearBuckets();
        _nonEmpty = 0;
        _rungs = 0;
        _last = 0;
        _frontHead = 0;
        _frontEnd = 0;
        _frontBucket = 0;
        _count = 0;
    }

    // The front is empty and the list is not: the next slice of the rungs holds the earliest
    // events, or if there are none, the lowest non-empty bucket.
    private void RefillFront()
    {
        while (true)
        {
            if (_rungs > 0 && TakeNextSlice()) return;
            int bucket = BitOperations.TrailingZeroCount(_nonEmpty) + 1;
            int n = _counts[bucket];
            if (n <= SortUpTo)
            {
                TakeIntoFront(bucket, n);
                return;
            }
            if (n >= RungFrom && TryBuildRung(bucket, n))
            {
                EmptyBucket(bucket);
                continue;
            }
            FileAgain(bucket, n);
            if (_frontEnd > 0) return;
        }
    }

    // A short bucket becomes the front: every event in it is later than what the front holds,
    // being in a higher bucket.
    private void TakeIntoFront(int bucket, int n)
    {
        SortIntoFront(bucket, n);
        _frontBucket = bucket;
        EmptyBucket(bucket);
    }

    // Chain `chain` (n events) joins the front, sorted (insertion sort: a few dozen events at
    // most), behind what the front holds. The caller empties the chain.
    private void SortIntoFront(int chain, int n)
    {
        if (_frontEnd + n > _front.Length) MakeRoomInFront(n);
        var front = _front;
        var pool = _pool; // nothing is filed meanwhile, so the pool stays where it is
        int start = _frontEnd, end = start;
        foreach (var chunk in ChunksOf(pool, chain, n))
            foreach (ref readonly var e in chunk)
                InsertSorted(front, start, end++, e);
        _frontEnd = end;
    }

    // Puts `item` into front[from, end), which is sorted, shifting the later ones up by one
    // (front[end] must be free): the step of both an insertion into the front and its sort.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void InsertSorted(ScheduledEvent[] front, int from, int end, ScheduledEvent item)
    {
        int hole = end;
        while (hole > from && Before(item, front[hole - 1]))
        {
            front[hole] = front[hole - 1];
            hole--;
        }
        front[hole] = item;
    }

    // A long bucket: its earliest key becomes _last and its events are filed again relative to it,
    // each into a lower bucket; those of that very key go to the front.
    private void FileAgain(int bucket, int n)
    {
        ulong min = ulong.MaxValue;
        var source = _pool;
        foreach (var chunk in ChunksOf(source, bucket, n))
            foreach (ref readonly var e in chunk)
                min = Math.Min(min, KeyOf(e.Time));
        _last = min;
        _frontBucket = 0;
        // This bucket's chunks are given back only at the end, so none is reused while read.
        foreach (var chunk in ChunksOf(source, bucket, n))
        {
            foreach (ref readonly var e in chunk)
            {
                int to = BucketOf(KeyOf(e.Time), min);
                if (to == 0) InsertIntoFront(e);
                else Append(to, e);
            }
        }
        EmptyBucket(bucket);
    }

    // An event earlier than _last is coming: file every waiting event again relative to its key.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Rebase(ulong key)
    {
        var waiting = new ScheduledEvent[_count];
        int k = 0;
        for (int i = _frontHead; i < _frontEnd; i++) waiting[k++] = _front[i];
        for (int b = 1; b < Chains; b++)
        {
            foreach (var chunk in ChunksOf(_pool, b, _counts[b]))
            {
                chunk.CopyTo(waiting.AsSpan(k));
                k += chunk.Length;
            }
        }
        Clear();
        _last = key;
        foreach (var e in waiting)
        {
            int to = BucketOf(KeyOf(e.Time), key);
            if (to == 0) InsertIntoFront(e);
            else Append(to, e);
        }
        _count = waiting.Length;
    }
}
