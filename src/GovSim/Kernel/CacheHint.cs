using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace GovSim.Kernel;

/// <summary>
/// Asks the processor to start loading memory that will be needed soon, so that the wait for it
/// overlaps other work. Only a hint: it changes no value, and on processors without the
/// instruction it does nothing.
/// </summary>
/// <remarks>
/// The one unsafe corner of the kernel, and deliberately small: a prefetch needs an address, and
/// managed references are turned into one here without pinning. If the garbage collector moves
/// the object in between, the hint merely fetches a stale line; nothing is read or written
/// through these addresses.
/// </remarks>
public static unsafe class CacheHint
{
    /// <summary>Prefetches the cache line of <paramref name="location"/> and the one after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch<T>(ref T location)
    {
        if (!Sse.IsSupported) return;
        byte* address = (byte*)Unsafe.AsPointer(ref location);
        Sse.Prefetch0(address);
        Sse.Prefetch0(address + 63);
    }

    /// <summary>Prefetches the first <paramref name="bytes"/> bytes of object <paramref name="o"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch(object o, int bytes = 128)
    {
        if (!Sse.IsSupported) return;
        // The reference itself is the object's address; reading it as a number (rather than
        // through a field) spares the null check, which would load the line and wait for it.
        // A null reference prefetches address 0, which does not fault.
        byte* start = (byte*)Unsafe.As<object, nint>(ref o);
        for (int offset = 0; offset < bytes; offset += 64) Sse.Prefetch0(start + offset);
    }
}
