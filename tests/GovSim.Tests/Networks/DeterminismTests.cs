using GovSim.Networks;

namespace GovSim.Tests.Networks;

/// <summary>Same seed, same numbers, bit for bit, whatever the number of threads.</summary>
public class DeterminismTests
{
    private static double[] Flatten(RunSummary s) =>
        s.Replications.SelectMany(r => r.Metrics.Select(m => m.Value)).ToArray();

    [Fact]
    public void The_same_seed_gives_identical_results()
    {
        var spec = TestNetworks.Jackson(length: 5_000, replications: 3);
        var a = Flatten(NetworkRunner.Run(spec));
        var b = Flatten(NetworkRunner.Run(spec));
        Assert.Equal(a.Select(BitConverter.DoubleToInt64Bits), b.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Parallel_replications_equal_serial_ones_bit_for_bit()
    {
        var spec = TestNetworks.Jackson(length: 5_000, replications: 6);
        var serial = NetworkRunner.Run(spec, maxDegreeOfParallelism: 1);
        var parallel = NetworkRunner.Run(spec, maxDegreeOfParallelism: 4);
        Assert.Equal(Flatten(serial).Select(BitConverter.DoubleToInt64Bits), Flatten(parallel).Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(
            serial.Metrics.Select(m => BitConverter.DoubleToInt64Bits(m.Interval.HalfWidth)),
            parallel.Metrics.Select(m => BitConverter.DoubleToInt64Bits(m.Interval.HalfWidth)));
    }

    [Fact]
    public void A_different_seed_gives_different_results()
    {
        var spec = TestNetworks.Jackson(length: 5_000, replications: 2);
        var other = spec with { Run = spec.Run with { Seed = spec.Run.Seed + 1 } };
        Assert.NotEqual(Flatten(NetworkRunner.Run(spec)), Flatten(NetworkRunner.Run(other)));
    }

    [Fact]
    public void Replications_of_one_run_are_independent_streams()
    {
        var spec = TestNetworks.Jackson(length: 5_000, replications: 2);
        var run = NetworkRunner.Run(spec);
        Assert.NotEqual(run.Replications[0].TotalArrivals, run.Replications[1].TotalArrivals);
    }
}
