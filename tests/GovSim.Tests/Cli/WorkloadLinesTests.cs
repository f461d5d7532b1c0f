using GovSim.Cli.Commands;
using GovSim.Networks;

namespace GovSim.Tests.Cli;

/// <summary>The closing lines of a simulating command: counts, wall time, per-core rates, peak memory.</summary>
public sealed class WorkloadLinesTests
{
    private static ReplicationResult Replication(int r, long arrivals, long events) =>
        new(r, [], arrivals, arrivals, 0, 0, events);

    [Fact]
    public void Rates_are_the_work_of_every_run_over_the_summed_time_of_their_replications()
    {
        // Two replications of 1 s each on two threads, and a run of one replication of 0.5 s:
        // 2.5 M cases and 15 M events over 2.5 s of replication time, whatever the wall time was.
        var first = RunSummary.From([Replication(0, 1_000_000, 6_000_000), Replication(1, 1_000_000, 6_000_000)], [1.0, 1.0]);
        var second = RunSummary.From([Replication(0, 500_000, 3_000_000)], [0.5]);

        string text = WorkloadLines.For("two runs", [first, second], TimeSpan.FromSeconds(1.5), countsCases: true, peakMemoryBytes: 123_456_789);

        Assert.Equal(
            "two runs: 2,500,000 cases, 15,000,000 events in 1.50 s\n" +
            "per core, set-up included: 1.00 M cases/s, 6.00 M events/s; peak memory 123 MB", text);
    }

    [Fact]
    public void A_network_run_names_no_cases_and_a_summary_without_times_no_rates()
    {
        var timed = RunSummary.From([Replication(0, 10, 48_213)], [1.0]);
        Assert.Equal("mm1: 48,213 events in 0.25 s\nper core, set-up included: 48.2 k events/s; peak memory 51 MB",
            WorkloadLines.For("mm1", [timed], TimeSpan.FromSeconds(0.25), countsCases: false, peakMemoryBytes: 51_000_000));

        var untimed = RunSummary.From([Replication(0, 10, 48_213)]);
        Assert.Empty(untimed.ReplicationSeconds);
        Assert.Equal("mm1: 10 cases, 48,213 events in 0.25 s\npeak memory 51 MB",
            WorkloadLines.For("mm1", [untimed], TimeSpan.FromSeconds(0.25), countsCases: true, peakMemoryBytes: 51_000_000));
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
    public void One_time_per_replication_or_none()
    {
        var ex = Assert.Throws<ArgumentException>(() => RunSummary.From([Replication(0, 1, 1), Replication(1, 1, 1)], [1.0]));
        Assert.Contains("one time per replication", ex.Message);
    }
}
