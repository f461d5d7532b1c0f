namespace GovSim.Networks;

/// <summary>Runs the replications of a network, in parallel, with results independent of the thread count.</summary>
/// <remarks>
/// Each replication owns its simulation and derives every stream from (seed, replication, name),
/// and results are stored by replication index and summarised in index order: so a parallel run
/// gives, bit for bit, the numbers of a serial one.
/// </remarks>
public static class NetworkRunner
{
    /// <summary>Runs one replication to the end of the spec's run length.</summary>
    public static ReplicationResult RunReplication(NetworkSpec spec, int replication)
    {
        var network = new QueueingNetwork(spec, replication);
        network.Run();
        return ResultCollector.Collect(spec, network, replication);
    }

    /// <param name="spec">The network and its run settings.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; 1 runs serially, -1 uses every core.</param>
    /// <param name="onReplicationDone">Called (from any thread) as each replication finishes, for progress.</param>
    public static RunSummary Run(NetworkSpec spec, int maxDegreeOfParallelism = -1, Action<ReplicationResult>? onReplicationDone = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var results = new ReplicationResult[spec.Run.Replications];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, results.Length, options, r =>
        {
            results[r] = RunReplication(spec, r);
            onReplicationDone?.Invoke(results[r]);
        });
        return RunSummary.From(results);
    }
}
