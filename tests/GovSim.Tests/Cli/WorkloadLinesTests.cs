using GovSim.Cli.Commands;
using GovSim.Networks;

namespace GovSim.Tests.Cli;

/// <summary>The closing lines of a simulating command: counts, wall time, rates per core, peak memory.</summary>
public sealed class WorkloadLinesTests
{
    private static ReplicationResult Replication(int r, long arrivals, long events) =>
        new(r, [], arrivals, arrivals, 0, 0, events);

    [Fact]
    public void Rates_are_the_work_of_every_run_over_the_processor_time_they_took()
    {
        // 2.5 M cases and 15 M events from two runs, in 2.5 s of processor time, whatever the wall time was.
        var first = RunSummary.From([Replication(0, 1_000_000, 6_000_000), Replication(1, 1_000_000, 6_000_000)]);
        var second = RunSummary.From([Replication(0, 500_000, 3_000_000)]);

        string text = WorkloadLines.For("two runs", [first, second], TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(2.5),
            countsCases: true, peakMemoryBytes: 123_456_789);

        Assert.Equal(
            "two runs: 2,500,000 cases, 15,000,000 events in 1.50 s\n" +
            "per core (processor time, set-up included): 1.00 M cases/s, 6.00 M events/s; peak memory 123 MB", text);
    }

    [Fact]
    public void A_network_run_names_no_cases_and_no_processor_time_gives_no_rates()
    {
        var run = RunSummary.From([Replication(0, 10, 48_213)]);
        Assert.Equal("mm1: 48,213 events in 0.25 s\nper core (processor time, set-up included): 48.2 k events/s; peak memory 51 MB",
            WorkloadLines.For("mm1", [run], TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(1), countsCases: false, peakMemoryBytes: 51_000_000));
        Assert.Equal("mm1: 10 cases, 48,213 events in 0.25 s\npeak memory 51 MB",
            WorkloadLines.For("mm1", [run], TimeSpan.FromSeconds(0.25), TimeSpan.Zero, countsCases: true, peakMemoryBytes: 51_000_000));
    }

    [Theory]
    [InlineData(512, "512")]
    [InlineData(48_213, "48.2 k")]
    [InlineData(739_400, "739 k")]
    [InlineData(1_214_000, "1.21 M")]
    [InlineData(12_345_678, "12.3 M")]
    public void A_rate_keeps_three_significant_digits(double perSecond, string expected) =>
        Assert.Equal(expected, WorkloadLines.Rate(perSecond));

    [Fact]
    public void The_clock_counts_the_processor_time_of_work_done_meanwhile()
    {
        var clock = RunClock.Start();
        // About 0.2 s of work on this thread: the processor time must cover most of it.
        var spin = System.Diagnostics.Stopwatch.StartNew();
        double x = 0;
        while (spin.ElapsedMilliseconds < 200) x += Math.Sqrt(x + 1);
        clock.Stop();
        Assert.True(x > 0);
        Assert.True(clock.Wall >= TimeSpan.FromMilliseconds(200), $"wall {clock.Wall}");
        Assert.True(clock.Processor >= TimeSpan.FromMilliseconds(100), $"processor {clock.Processor}");
    }
}
