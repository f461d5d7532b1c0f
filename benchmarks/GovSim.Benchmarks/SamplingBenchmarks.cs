using BenchmarkDotNet.Attributes;
using GovSim.Distributions;
using GovSim.Random;

namespace GovSim.Benchmarks;

/// <summary>
/// What does one random draw cost, per law? Every GovSim distribution sampled from a
/// <see cref="RandomStream"/> through the abstract <see cref="Distribution.Sample"/>, exactly as a
/// station or source calls it, next to the raw uniform <see cref="RandomStream.NextUnit"/>
/// (the baseline), and the two samplers the ziggurat replaced, written out by hand: the exponential
/// by inversion and the log-normal by the polar method.
/// </summary>
/// <remarks>
/// Mean is per sample (OperationsPerInvoke). Allocated must read 0 B (or "-"): a draw that
/// allocated would make every event allocate. Parameters are chosen near a one-hour mean; only
/// the gamma with shape below 1 takes a different code path from the Erlang.
/// </remarks>
public class SamplingBenchmarks
{
    private const int Samples = 10_000;

    private RandomStream _random = null!;
    private Distribution _exponential = null!;
    private Distribution _deterministic = null!;
    private Distribution _erlang3 = null!;
    private Distribution _gammaShapeHalf = null!;
    private Distribution _logNormal = null!;
    private Distribution _uniform = null!;
    private Distribution _triangular = null!;
    private Distribution _empirical = null!;

    [GlobalSetup]
    public void Setup()
    {
        _random = new RandomStream(42);
        _exponential = new ExponentialDistribution(1.0);
        _deterministic = new DeterministicDistribution(1.0);
        _erlang3 = GammaDistribution.Erlang(3, 1.0);
        _gammaShapeHalf = new GammaDistribution(0.5, 0.5);
        _logNormal = LogNormalDistribution.FromMeanAndStandardDeviation(1.0, 0.5);
        _uniform = new UniformDistribution(0.5, 1.5);
        _triangular = new TriangularDistribution(0.5, 0.8, 1.7);
        var source = new RandomStream(7);
        _empirical = new EmpiricalDistribution(Enumerable.Range(0, 1000).Select(_ => 2 * source.NextUnit()));
    }

    private double Draw(Distribution distribution)
    {
        var random = _random;
        double sum = 0;
        for (int i = 0; i < Samples; i++) sum += distribution.Sample(random);
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Samples)]
    public double NextUnit()
    {
        var random = _random;
        double sum = 0;
        for (int i = 0; i < Samples; i++) sum += random.NextUnit();
        return sum;
    }

    /// <summary>-ln(u) inlined, for comparison with <see cref="ExponentialDistribution"/> (the ziggurat).</summary>
    [Benchmark(OperationsPerInvoke = Samples)]
    public double InverseTransformExponential()
    {
        var random = _random;
        double sum = 0;
        for (int i = 0; i < Samples; i++) sum += -Math.Log(random.NextUnitOpenAtZero());
        return sum;
    }

    /// <summary>exp(mu + sigma Z) with Z by Marsaglia's polar method (MathNet's sampler), for comparison with <see cref="LogNormalDistribution"/> (the ziggurat).</summary>
    [Benchmark(OperationsPerInvoke = Samples)]
    public double PolarMethodLogNormal()
    {
        var random = _random;
        var law = (LogNormalDistribution)_logNormal;
        double sum = 0;
        for (int i = 0; i < Samples; i++)
        {
            double v1, v2, r;
            do
            {
                v1 = 2.0 * random.NextUnit() - 1.0;
                v2 = 2.0 * random.NextUnit() - 1.0;
                r = v1 * v1 + v2 * v2;
            }
            while (r >= 1.0 || r == 0.0);
            sum += Math.Exp(law.Mu + law.Sigma * v1 * Math.Sqrt(-2.0 * Math.Log(r) / r));
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Samples)]
    public double Exponential() => Draw(_exponential);

    [Benchmark(OperationsPerInvoke = Samples)]
    public double Deterministic() => Draw(_deterministic);

    [Benchmark(OperationsPerInvoke = Samples)]
    public double Erlang3() => Draw(_erlang3);

    [Benchmark(OperationsPerInvoke = Samples)]
    public double GammaShapeHalf() => Draw(_gammaShapeHalf);

    [Benchmark(OperationsPerInvoke = Samples)]
    public double LogNormal() => Draw(_logNormal);

    [Benchmark(OperationsPerInvoke = Samples)]
    public double Uniform() => Draw(_uniform);

    [Benchmark(OperationsPerInvoke = Samples)]
    public double Triangular() => Draw(_triangular);

    [Benchmark(OperationsPerInvoke = Samples)]
    public double Empirical() => Draw(_empirical);
}
