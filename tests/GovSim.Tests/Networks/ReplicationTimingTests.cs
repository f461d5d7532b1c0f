using GovSim.Networks;

namespace GovSim.Tests.Networks;

/// <summary>The runner's record of how long each replication took (for the per-core rates a command reports).</summary>
public sealed class ReplicationTimingTests
{
    [Fact]
    public void Each_replication_is_timed_on_its_own_thread_and_in_its_own_slot()
    {
        // Replication r takes at least 20 × (r + 1) ms, so a time stored in the wrong slot, or one
        // measured across replications rather than within one, shows.
        var summary = ReplicationRunner.Run(4, maxDegreeOfParallelism: 2, r =>
        {
            Thread.Sleep(20 * (r + 1));
            return new ReplicationResult(r, [], 0, 0, 0, 0, 0);
        });

        Assert.Equal(4, summary.ReplicationSeconds.Count);
        for (int r = 0; r < 4; r++)
        {
            double seconds = summary.ReplicationSeconds[r];
            Assert.True(seconds >= 0.020 * (r + 1), $"replication {r}: {seconds} s");
            Assert.True(seconds < 0.020 * (r + 1) + 1.0, $"replication {r}: {seconds} s"); // not the whole run's time
        }
    }
}
