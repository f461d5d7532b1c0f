using GovSim.Models.Spec;
using GovSim.Networks;

namespace GovSim.Models.Engine;

/// <summary>Runs the replications of a governance scenario.</summary>
public static class GovernanceRunner
{
    /// <param name="spec">The scenario.</param>
    /// <param name="replication">Which replication (selects its random streams).</param>
    /// <param name="observer">Receives every case closed after the warm-up (the per-case log); null for none.</param>
    public static ReplicationResult RunReplication(GovernanceSpec spec, int replication, ICaseObserver? observer = null)
    {
        var model = new GovernanceModel(spec, replication, observer);
        model.Run();
        return GovernanceResultCollector.Collect(model, replication);
    }

    /// <param name="spec">The scenario.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; 1 runs serially, -1 uses every core.</param>
    /// <param name="onReplicationDone">Called (from any thread) as each replication finishes, for progress.</param>
    /// <param name="observerFor">The per-case observer of replication r (called once per replication, from its thread); null for none.</param>
    public static RunSummary Run(
        GovernanceSpec spec, int maxDegreeOfParallelism = -1, Action<ReplicationResult>? onReplicationDone = null,
        Func<int, ICaseObserver?>? observerFor = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ReplicationRunner.Run(spec.Run.Replications, maxDegreeOfParallelism,
            r => RunReplication(spec, r, observerFor?.Invoke(r)), onReplicationDone);
    }
}
