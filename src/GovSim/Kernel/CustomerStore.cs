using System.Runtime.CompilerServices;

namespace GovSim.Kernel;

/// <summary>
/// All customers in the system as an array of <see cref="CustomerRecord"/> structs indexed by a
/// customer number. Numbers of departed customers are reused through a free list, so a run's
/// memory follows the number of customers present, not the number that ever came.
/// </summary>
public sealed class CustomerStore : EventPrefetcher
{
    private CustomerRecord[] _records = new CustomerRecord[64];
    private int[] _free = new int[64];
    private int _freeCount;
    private int _allocated;

    /// <summary>The record of customer <paramref name="id"/>, by reference.</summary>
    public ref CustomerRecord this[int id]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _records[id];
    }

    /// <summary>Prefetches the record of customer <paramref name="subject"/> (any number is safe: out of range, nothing happens).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int subject)
    {
        var records = _records;
        if ((uint)subject < (uint)records.Length) CacheHint.Prefetch(ref records[subject]);
    }

    /// <summary>An event whose subject is a customer will read that customer's record: start loading it.</summary>
    public override void Prefetch(int kind, int subject, int tag) => Prefetch(subject);

    /// <summary>Customer numbers allocated so far: the largest number present at once.</summary>
    public int Capacity => _allocated;

    /// <summary>Customers currently present.</summary>
    public int Present { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Allocate(int classIndex, double now, double dueTime)
    {
        int id = _freeCount > 0 ? _free[--_freeCount] : AllocateNew();
        ref CustomerRecord c = ref _records[id];
        c.ClassIndex = classIndex;
        c.SystemArrival = now;
        c.DueTime = dueTime;
        c.Visits = 0;
        c.Summoned = false;
        Present++;
        return id;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Release(int id)
    {
        _records[id].WaitToken++;
        _free[_freeCount++] = id;
        Present--;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int AllocateNew()
    {
        if (_allocated == _records.Length)
        {
            Array.Resize(ref _records, _allocated * 2);
            Array.Resize(ref _free, _allocated * 2);
        }
        return _allocated++;
    }
}
