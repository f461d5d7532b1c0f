using System.Runtime.CompilerServices;

namespace GovSim.Kernel;

/// <summary>
/// All customers in the system, as parallel arrays indexed by a customer number (a struct of
/// arrays). Numbers of departed customers are reused through a free list, so a run's memory
/// follows the number of customers present, not the number that ever came.
/// </summary>
/// <remarks>
/// <see cref="WaitToken"/> is never reset, even when a number is reused: a queue entry or a
/// scheduled abandonment is valid only while the token it recorded is still the customer's token,
/// which is how cancelled entries are recognised without searching the queue or the event list.
/// </remarks>
public sealed class CustomerStore
{
    private int[] _free = new int[64];
    private int _freeCount;
    private int _allocated;

    public int[] ClassIndex = new int[64];
    public double[] SystemArrival = new double[64];
    public double[] StationArrival = new double[64];
    public double[] DueTime = new double[64];
    public double[] ServiceTime = new double[64];
    public int[] WaitToken = new int[64];
    public int[] Visits = new int[64];

    /// <summary>Customer numbers allocated so far: the largest number present at once.</summary>
    public int Capacity => _allocated;

    /// <summary>Customers currently present.</summary>
    public int Present { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Allocate(int classIndex, double now, double dueTime)
    {
        int id = _freeCount > 0 ? _free[--_freeCount] : AllocateNew();
        ClassIndex[id] = classIndex;
        SystemArrival[id] = now;
        DueTime[id] = dueTime;
        Visits[id] = 0;
        Present++;
        return id;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Release(int id)
    {
        WaitToken[id]++;
        _free[_freeCount++] = id;
        Present--;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int AllocateNew()
    {
        if (_allocated == ClassIndex.Length)
        {
            int size = _allocated * 2;
            Array.Resize(ref ClassIndex, size);
            Array.Resize(ref SystemArrival, size);
            Array.Resize(ref StationArrival, size);
            Array.Resize(ref DueTime, size);
            Array.Resize(ref ServiceTime, size);
            Array.Resize(ref WaitToken, size);
            Array.Resize(ref Visits, size);
            Array.Resize(ref _free, size);
        }
        return _allocated++;
    }
}
