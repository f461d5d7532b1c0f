using GovSim.Models.Spec;
using GovSim.Networks;

namespace GovSim.Models.Engine;

/// <summary>Runs the replications of a governance scenario.</summary>
public static class GovernanceRunner
{
    public static ReplicationResult RunReplication(GovernanceSpec spec, int replication)
    {
        var model = new GovernanceModel(spec, replication);
        model.Run();
        return GovernanceResultCollector.Collect(model, replication);
    }

    public static RunSummary Run(GovernanceSpec spec, int maxDegreeOfParallelism = -1, Action<ReplicationResult>? onReplicationDone = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ReplicationRunner.Run(spec.Run.Replications, maxDegreeOfParallelism, r => RunReplication(spec, r), onReplicationDone);
    }
}
