using System.Runtime.CompilerServices;

namespace GovSim.Models.Engine;

/// <summary>
/// Division of non-negative 32-bit integers by a divisor fixed when the model is built, by one
/// multiplication instead of a hardware division (some tens of cycles, and the path of every case
/// divides: which street, which district holds its community).
/// </summary>
/// <remarks>
/// With c = ⌊(2⁶⁴ − 1) / d⌋ + 1, the high 64 bits of c × n are ⌊n / d⌋ for every n below 2³² and
/// d ≥ 2 (Lemire, Kaser and Kurz, "Faster remainder by direct computation", 2019). d = 1 would
/// make c overflow, so it is kept apart.
/// </remarks>
internal readonly struct FastDivisor
{
    private readonly ulong _multiplier;
    private readonly int _divisor;

    public FastDivisor(int divisor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(divisor, 1);
        _divisor = divisor;
        _multiplier = divisor == 1 ? 0 : ulong.MaxValue / (ulong)divisor + 1;
    }

    /// <summary>⌊<paramref name="n"/> / divisor⌋ for n ≥ 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Divide(int n) =>
        _divisor == 1 ? n : (int)Math.BigMul(_multiplier, (ulong)(uint)n, out _);
}
