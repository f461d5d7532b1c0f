using System.Runtime.CompilerServices;

namespace GovSim.Random;

/// <summary>
/// One independent stream of pseudo-random numbers: xoshiro256** (Blackman and Vigna), seeded
/// from 64 bits through SplitMix64 so that every derived seed is usable.
/// </summary>
/// <remarks>
/// It derives from <see cref="System.Random"/> only so that the samplers of MathNet.Numerics
/// can draw from it; the kernel itself calls <see cref="NextUnit"/>, which is not virtual.
/// Not thread-safe by design: every source, station and router owns its own stream.
/// </remarks>
public sealed class RandomStream : System.Random
{
    private ulong _s0, _s1, _s2, _s3;

    public RandomStream(ulong seed)
    {
        // SplitMix64 spreads a possibly low-entropy seed over the 256-bit state, and never yields all zeros.
        ulong x = seed;
        _s0 = SplitMix64.Next(ref x);
        _s1 = SplitMix64.Next(ref x);
        _s2 = SplitMix64.Next(ref x);
        _s3 = SplitMix64.Next(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextBits()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUnit() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in (0, 1]: safe to take the logarithm of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUnitOpenAtZero() => ((NextBits() >> 11) + 1) * (1.0 / (1UL << 53));

    public override double NextDouble() => NextUnit();

    protected override double Sample() => NextUnit();

    public override int Next() => (int)(NextBits() >> 33);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)((NextBits() >> 32) * (ulong)maxValue >> 32);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        long range = (long)maxValue - minValue;
        return (int)(minValue + (long)((NextBits() >> 32) * (ulong)range >> 32));
    }

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(NextBits() >> 56);
    }
}
