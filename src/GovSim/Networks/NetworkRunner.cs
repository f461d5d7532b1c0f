namespace GovSim.Networks;

/// <summary>Runs the replications of a network (see <see cref="ReplicationRunner"/> for why parallel equals serial).</summary>
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
        return ReplicationRunner.Run(spec.Run.Replications, maxDegreeOfParallelism, r => RunReplication(spec, r), onReplicationDone);
    }
}
