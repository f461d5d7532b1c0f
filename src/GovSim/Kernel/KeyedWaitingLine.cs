namespace GovSim.Kernel;

/// <summary>
/// A line ordered by a discipline's key, ties by arrival order: a binary min-heap of
/// (key, sequence, customer, token) structs.
/// </summary>
internal sealed class KeyedWaitingLine : WaitingLine
{
    private struct Entry
    {
        public double Key;
        public long Sequence;
        public int Customer;
        public int Token;
    }

    private Entry[] _heap = new Entry[16];
    private int _count;
    private long _nextSequence;

    public override int Count => _count;

    private static bool Before(in Entry a, in Entry b) =>
        a.Key < b.Key || (a.Key == b.Key && a.Sequence < b.Sequence);

    public override void Add(int customer, int token, double key)
    {
        if (_count == _heap.Length) Array.Resize(ref _heap, _heap.Length * 2);
        var item = new Entry { Key = key, Sequence = _nextSequence++, Customer = customer, Token = token };
        int hole = _count++;
        while (hole > 0)
        {
            int parent = (hole - 1) >> 1;
            if (!Before(item, _heap[parent])) break;
            _heap[hole] = _heap[parent];
            hole = parent;
        }
        _heap[hole] = item;
    }

    public override void RemoveStale(CustomerStore customers)
    {
        // Keep the live entries, then restore the heap order bottom-up (Floyd's heap construction).
        int kept = 0;
        for (int i = 0; i < _count; i++)
            if (customers[_heap[i].Customer].WaitToken == _heap[i].Token) _heap[kept++] = _heap[i];
        _count = kept;
        for (int i = kept / 2 - 1; i >= 0; i--) SiftDown(i, _heap[i]);
    }

    public override void RemoveFront(out int customer, out int token)
    {
        customer = _heap[0].Customer;
        token = _heap[0].Token;
        int count = --_count;
        if (count == 0) return;
        SiftDown(0, _heap[count]);
    }

    private void SiftDown(int hole, Entry item)
    {
        int count = _count;
        while (true)
        {
            int child = 2 * hole + 1;
            if (child >= count) break;
            if (child + 1 < count && Before(_heap[child + 1], _heap[child])) child++;
            if (!Before(_heap[child], item)) break;
            _heap[hole] = _heap[child];
            hole = child;
        }
        _heap[hole] = item;
    }
}
