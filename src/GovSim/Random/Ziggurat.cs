using System.Runtime.CompilerServices;

namespace GovSim.Random;

/// <summary>
/// Standard exponential and standard normal variates by the ziggurat method (Marsaglia and Tsang,
/// 2000), drawn from one 64-bit output of a <see cref="RandomStream"/> in almost every case.
/// </summary>
/// <remarks>
/// <para>
/// Why. Inversion (−ln U) costs a logarithm per exponential draw, and the polar method a
/// logarithm, a square root, a division and on average 2.5 uniforms per normal, half of which it
/// throws away. The city presets draw an exponential or a log-normal for nearly every event, and
/// that arithmetic was a tenth of a city-scale run. The ziggurat covers the density with layers
/// of equal area: a draw picks a layer and a point in it, and the point is accepted at once unless
/// it falls in the layer's ragged right edge (about 2% of draws for the exponential, 3% for the
/// normal, top layers included), where it is tested against the density itself, or in the base
/// layer's tail, sampled exactly.
/// </para>
/// <para>
/// One draw, no reuse of bits: the low bits of the 64-bit output choose the layer (and the
/// normal's sign), the top 53 bits the point, so the two are independent (the correlation that
/// Doornik, 2005, found in the original, which used the same bits for both, does not arise).
/// The tables are computed at start-up from each ziggurat's published r and v; x[i] is the right
/// edge of layer i (x[0] the base layer's width including its tail, so that the base is a
/// rectangle of the same area v), and f[i] the density at x[i] (unnormalised: exp(−x), exp(−x²/2)).
/// </para>
/// </remarks>
public static class Ziggurat
{
    private const int ExponentialLayers = 256;
    private const double ExponentialR = 7.69711747013104972;
    private const double ExponentialV = 3.949659822581572e-3;

    private const int NormalLayers = 128;
    private const double NormalR = 3.442619855899;
    private const double NormalV = 9.91256303526217e-3;

    private const double Unit53 = 1.0 / (1UL << 53);

    private static readonly double[] ExponentialX = new double[ExponentialLayers + 1];
    private static readonly double[] ExponentialF = new double[ExponentialLayers + 1];
    private static readonly double[] NormalX = new double[NormalLayers + 1];
    private static readonly double[] NormalF = new double[NormalLayers + 1];

    static Ziggurat()
    {
        Build(ExponentialX, ExponentialF, ExponentialR, ExponentialV, x => Math.Exp(-x), y => -Math.Log(y));
        Build(NormalX, NormalF, NormalR, NormalV, x => Math.Exp(-0.5 * x * x), y => Math.Sqrt(-2 * Math.Log(y)));
    }

    // Layer i (0 ≤ i < n) spans [0, x[i]) across and [f[i], f[i + 1]) up, of area v each: from the
    // outermost edge r inwards, x[i + 1] = f⁻¹(v / x[i] + f(x[i])); the top layer ends at x[n] = 0.
    private static void Build(double[] x, double[] f, double r, double v, Func<double, double> density, Func<double, double> inverse)
    {
        int n = x.Length - 1;
        x[0] = v / density(r);
        x[1] = r;
        for (int i = 1; i < n - 1; i++) x[i + 1] = inverse(v / x[i] + density(x[i]));
        x[n] = 0;
        for (int i = 0; i <= n; i++) f[i] = density(x[i]);
        f[0] = 0; // the base layer reaches down to the axis
    }

    /// <summary>A standard exponential variate (mean 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exponential(RandomStream random)
    {
        ulong bits = random.NextBits();
        int layer = (int)(bits & (ExponentialLayers - 1));
        double x = (bits >> 11) * Unit53 * ExponentialX[layer];
        if (x < ExponentialX[layer + 1]) return x;
        return ExponentialEdge(random, layer, x);
    }

    /// <summary>A standard normal variate (mean 0, variance 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Normal(RandomStream random)
    {
        ulong bits = random.NextBits();
        int layer = (int)(bits & (NormalLayers - 1));
        double x = (bits >> 11) * Unit53 * NormalX[layer];
        if (x < NormalX[layer + 1]) return (bits & NormalLayers) == 0 ? x : -x;
        return NormalEdge(random, layer, x, (bits & NormalLayers) != 0);
    }

    // The rare draws, out of line so that the common path stays small where it is inlined.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ExponentialEdge(RandomStream random, int layer, double x)
    {
        while (true)
        {
            // The tail beyond r is r plus an exponential: the law has no memory.
            if (layer == 0) return ExponentialR - Math.Log(random.NextUnitOpenAtZero());
            if (ExponentialF[layer] + random.NextUnit() * (ExponentialF[layer + 1] - ExponentialF[layer]) < Math.Exp(-x)) return x;
            ulong bits = random.NextBits();
            layer = (int)(bits & (ExponentialLayers - 1));
            x = (bits >> 11) * Unit53 * ExponentialX[layer];
            if (x < ExponentialX[layer + 1]) return x;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double NormalEdge(RandomStream random, int layer, double x, bool negative)
    {
        while (true)
        {
            if (layer == 0)
            {
                // Marsaglia's tail method: beyond r, exact.
                double tail, y;
                do
                {
                    tail = -Math.Log(random.NextUnitOpenAtZero()) / NormalR;
                    y = -Math.Log(random.NextUnitOpenAtZero());
                }
                while (y + y < tail * tail);
                x = NormalR + tail;
                return negative ? -x : x;
            }
            if (NormalF[layer] + random.NextUnit() * (NormalF[layer + 1] - NormalF[layer]) < Math.Exp(-0.5 * x * x))
                return negative ? -x : x;
            ulong bits = random.NextBits();
            layer = (int)(bits & (NormalLayers - 1));
            negative = (bits & NormalLayers) != 0;
            x = (bits >> 11) * Unit53 * NormalX[layer];
            if (x < NormalX[layer + 1]) return negative ? -x : x;
        }
    }
}
