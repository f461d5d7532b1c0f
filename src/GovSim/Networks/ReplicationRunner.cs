namespace GovSim.Networks;

/// <summary>
/// Runs independent replications in parallel with results independent of the thread count: each
/// replication derives all its streams from (seed, replication, name), results are stored by
/// replication index, and the summary reads them in index order — so a parallel run gives, bit
/// for bit, the numbers of a serial one.
/// </summary>
public static class ReplicationRunner
{
    /// <param name="replications">How many replications.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; 1 runs serially, -1 uses every core.</param>
    /// <param name="runReplication">Runs replication r and reports what it measured.</param>
    /// <param name="onReplicationDone">Called (from any thread) as each replication finishes, for progress.</param>
    public static RunSummary Run(
        int replications, int maxDegreeOfParallelism, Func<int, ReplicationResult> runReplication,
        Action<ReplicationResult>? onReplicationDone = null)
    {
        ArgumentNullException.ThrowIfNull(runReplication);
        var results = new ReplicationResult[replications];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, results.Length, options, r =>
        {
            results[r] = runReplication(r);
            onReplicationDone?.Invoke(results[r]);
        });
        return RunSummary.From(results);
    }
}
