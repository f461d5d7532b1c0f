using System.Runtime.CompilerServices;

namespace GovSim.Kernel;

/// <summary>
/// The buckets' storage: chains of fixed chunks from one shared pool. A bucket only ever grows at
/// its end and is emptied whole, so every chunk of a chain is full but its last, and emptying a
/// bucket gives its chain back to the pool at once.
/// </summary>
/// <remarks>
/// Why a pool rather than an array per bucket: as simulated time passes powers of two, events of
/// the same delay fall in different buckets, and arrays that each grow to their bucket's largest
/// size kept growing over a long run (16 MB after a simulated year of Beijing, against 4 MB after
/// a day). Chunks go wherever events are, so the storage stays about the number of waiting events
/// plus one partial chunk per bucket.
/// </remarks>
public sealed partial class EventList
{
    private const int Buckets = 65; // bucket b ≥ 1: highest differing bit b − 1; bucket 0 is never used
    private const int RungChains = Buckets;
    private const int ChunkBits = 6;
    private const int ChunkSize = 1 << ChunkBits; // events per chunk: 2 KB
    private const int ChunkMask = ChunkSize - 1;
    private const int NoChunk = -1;

    // Chains 1 … 64 are the radix buckets; from RungChains on, RungSize slices per rung (EventList.Rung.cs).
    private const int Chains = RungChains + MaxRungs * RungSize;
    private readonly int[] _counts = new int[Chains];
    private readonly int[] _firstChunk = new int[Chains];
    private readonly int[] _lastChunk = new int[Chains];

    // Chunk c holds _pool[c * ChunkSize …]; _nextChunk[c] is the next chunk of its chain, or of
    // the free list. Chunks up to _chunksUsed have been handed out at least once.
    private ScheduledEvent[] _pool;
    private int[] _nextChunk;
    private int _chunksUsed;
    private int _freeChunk = NoChunk;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(int bucket, in ScheduledEvent item)
    {
        AppendToChain(bucket, item);
        _nonEmpty |= 1UL << (bucket - 1);
    }

    // Chain `chain` is a radix bucket (1 … 64) or a rung's slice.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AppendToChain(int chain, in ScheduledEvent item)
    {
        int n = _counts[chain];
        int slot = n & ChunkMask;
        int chunk;
        if (slot == 0)
        {
            chunk = TakeChunk();
            if (n == 0) _firstChunk[chain] = chunk;
            else _nextChunk[_lastChunk[chain]] = chunk;
            _lastChunk[chain] = chunk;
        }
        else
        {
            chunk = _lastChunk[chain];
        }
        _pool[(chunk << ChunkBits) + slot] = item;
        _counts[chain] = n + 1;
    }

    private int TakeChunk()
    {
        int chunk = _freeChunk;
        if (chunk != NoChunk)
        {
            _freeChunk = _nextChunk[chunk];
            return chunk;
        }
        if (_chunksUsed == _nextChunk.Length) GrowPool();
        return _chunksUsed++;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowPool()
    {
        Array.Resize(ref _pool, _pool.Length * 2);
        Array.Resize(ref _nextChunk, _nextChunk.Length * 2);
    }

    // The n events of chain `chain`, a chunk at a time as spans of `pool`: a walk without a chunk
    // test at every event. The caller may take new chunks meanwhile (filing into other chains):
    // if that moves the pool and the links to larger arrays, the old ones still hold this chain's
    // events and links unchanged, and the walk reads on from them.
    private ChainChunks ChunksOf(ScheduledEvent[] pool, int chain, int n) => new(pool, _nextChunk, _firstChunk[chain], n);

    private ref struct ChainChunks(ScheduledEvent[] pool, int[] nextChunk, int firstChunk, int n)
    {
        private int _chunk = NoChunk;
        private int _remaining = n;

        public Span<ScheduledEvent> Current { get; private set; }

        public readonly ChainChunks GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_remaining == 0) return false;
            _chunk = _chunk == NoChunk ? firstChunk : nextChunk[_chunk];
            int m = Math.Min(_remaining, ChunkSize);
            Current = pool.AsSpan(_chunk << ChunkBits, m);
            _remaining -= m;
            return true;
        }
    }

    // Gives the bucket's chain back to the free list, in one step.
    private void EmptyBucket(int bucket)
    {
        EmptyChain(bucket);
        _nonEmpty &= ~(1UL << (bucket - 1));
    }

    private void EmptyChain(int chain)
    {
        _nextChunk[_lastChunk[chain]] = _freeChunk;
        _freeChunk = _firstChunk[chain];
        _counts[chain] = 0;
    }

    private void ClearBuckets()
    {
        Array.Clear(_counts);
        _chunksUsed = 0;
        _freeChunk = NoChunk;
    }
}
