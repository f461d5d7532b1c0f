using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GovSim.Kernel;

/// <summary>
/// The rungs: a long bucket spread over equal slices of its time span in one pass, and a long
/// slice over slices of its own.
/// </summary>
/// <remarks>
/// <para>
/// Why. Filing a long bucket again relative to its earliest key (the radix heap's own step)
/// splits it by one bit: about half of its events land in the next bucket down, which is filed
/// again in turn, and so on until a bucket is short enough to sort. With the events of a city
/// spread over the near future, every event was filed four times on average before it reached
/// the front (a Beijing replication: 44 M filings for 10 M events).
/// </para>
/// <para>
/// How (after the ladder queue of Tang, Goh and Thng, 2005). The lowest bucket, when long, is cut
/// into up to <see cref="RungSize"/> slices of equal width between its earliest and latest time,
/// about <see cref="SliceTarget"/> events to a slice: a rung. Its slices become the front one
/// after another, each sorted as it is taken; a slice that has grown long meanwhile (events
/// crowd where the future is near) becomes a rung of its own, one level down, instead. While a
/// rung lasts, an event scheduled within its span joins its slice, or the rung below if that
/// slice is the one being worked through, or the front; a later one is filed in the radix
/// buckets as usual: every one of those is later than the rung's latest time, so the rungs are
/// used up before any of them is looked at.
/// </para>
/// <para>
/// Order. An event's slice is ⌊(t − start) × scale⌋, capped at the rung's first and last slice: a
/// subtraction, a product by a positive number, a floor and the caps never reverse the order of
/// two doubles, so an event in a later slice is never earlier than one in an earlier slice, and
/// equal times share a slice. Within a slice the front's sort decides by (time, sequence), as
/// everywhere else.
/// </para>
/// </remarks>
public sealed partial class EventList
{
    // Slices per rung (one bit each in a mask), the events a slice should hold, rungs at most.
    private const int RungSize = 64;
    private const int SliceTarget = 8;
    private const int MaxRungs = 4;

    private int _rungs;                                  // rungs in use; rung r + 1 cuts rung r's current slice
    private double _rungEnd;                             // the top rung's latest time: events up to it belong to the rungs
    private struct Rung
    {
        public double Start;
        public double Scale;     // slices per hour
        public int LastSlice;
        public int Cursor;       // the slice being worked through (in the front, or cut by the rung below)
        public ulong Waiting;    // bit j set when slice j holds events not yet taken
    }

    private readonly Rung[] _rung = new Rung[MaxRungs];

    // Without a bounds check: every caller passes a rung below _rungs ≤ MaxRungs (or 0 for the
    // first of PushIntoRungs' steps), and the push path reads these figures for almost every event.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Rung RungAt(int rung) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rung), rung);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ChainOf(int rung, int slice) => RungChains + rung * RungSize + slice;

    // The one formula that places a time in a rung, for events filed when the rung is built and
    // for those pushed later alike (they must agree, or the order between slices would not hold).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SliceAt(double time, double start, double scale, int lastSlice) =>
        Math.Clamp((int)((time - start) * scale), 0, lastSlice);

    // An event within the top rung's span: to a later slice of the first rung that has one for
    // it, or to the front (its slice, at the lowest rung, is the front's; or it comes before).
    private void PushIntoRungs(in ScheduledEvent item)
    {
        double time = item.Time;
        ref Rung r = ref RungAt(0);
        for (int rung = 0; ; rung++, r = ref Unsafe.Add(ref r, 1))
        {
            int slice = SliceAt(time, r.Start, r.Scale, r.LastSlice);
            int cursor = r.Cursor;
            if (slice > cursor)
            {
                AppendToChain(ChainOf(rung, slice), item);
                r.Waiting |= 1UL << slice;
                return;
            }
            if (slice < cursor || rung == _rungs - 1)
            {
                InsertIntoFront(item);
                return;
            }
        }
    }

    // Cuts chain `chain` (n events) into a new rung below the others, if its span allows; false
    // leaves it as it is. The span must be finite and wide enough for a normal slice width (an
    // infinite time, or times a few units in the last place apart, are left to other steps).
    private bool TryBuildRung(int chain, int n)
    {
        if (_rungs == MaxRungs) return false;
        var source = _pool;
        double start = double.PositiveInfinity, end = double.NegativeInfinity;
        foreach (var chunk in ChunksOf(source, chain, n))
        {
            foreach (ref readonly var e in chunk)
            {
                start = Math.Min(start, e.Time);
                end = Math.Max(end, e.Time);
            }
        }
        int slices = Math.Min(RungSize, (n + SliceTarget - 1) / SliceTarget);
        double scale = slices / (end - start);
        if (!double.IsFinite(end) || !double.IsNormal(scale)) return false;
        int rung = _rungs++;
        if (rung == 0)
        {
            _rungEnd = end;
            // While rungs are in use the front is a slice, not a bucket: no radix-filed event
            // belongs in it. (The limit left from an earlier bucket lies below every bucket still
            // filed to, so it did no harm; zero says so instead of relying on it.)
            _frontBucket = 0;
        }
        ref Rung r = ref RungAt(rung);
        r.Start = start;
        r.Scale = scale;
        r.LastSlice = slices - 1;
        r.Cursor = -1;
        // The source's chunks are given back only at the end, so none is reused while read.
        // (The rung's figures and mask in locals: this loop files most events.)
        ulong waiting = 0;
        int firstChain = ChainOf(rung, 0);
        foreach (var chunk in ChunksOf(source, chain, n))
        {
            foreach (ref readonly var e in chunk)
            {
                int slice = SliceAt(e.Time, start, scale, slices - 1);
                AppendToChain(firstChain + slice, e);
                waiting |= 1UL << slice;
            }
        }
        r.Waiting = waiting;
        return true;
    }

    // The next slice with events joins the front (a long one is cut into a rung below first);
    // rungs used up are dropped. False when no rung is left.
    private bool TakeNextSlice()
    {
        while (_rungs > 0)
        {
            int rung = _rungs - 1;
            ref Rung r = ref RungAt(rung);
            ulong waiting = r.Waiting;
            if (waiting == 0)
            {
                _rungs--; // used up: its parent's current slice is done with
                continue;
            }
            int slice = BitOperations.TrailingZeroCount(waiting);
            r.Waiting = waiting & (waiting - 1);
            r.Cursor = slice;
            int chain = ChainOf(rung, slice);
            int n = _counts[chain];
            if (n <= SortUpTo || !TryBuildRung(chain, n)) SortIntoFront(chain, n);
            EmptyChain(chain);
            if (_rungs == rung + 1) return true;
        }
        return false;
    }

    // The front holds one event and rungs are in use: the next slice joins it now if it is short
    // (it would be sorted then anyway). Rungs used up are dropped; false when none is left.
    private bool BringSecondSliceIntoFront()
    {
        while (_rungs > 0 && RungAt(_rungs - 1).Waiting == 0) _rungs--;
        if (_rungs == 0) return false;
        int rung = _rungs - 1;
        if (_counts[ChainOf(rung, BitOperations.TrailingZeroCount(RungAt(rung).Waiting))] <= SortUpTo) TakeNextSlice();
        return true;
    }
}
