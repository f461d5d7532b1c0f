using GovSim.Kernel;

namespace GovSim.Models.Engine;

/// <summary>
/// A station's next event, a service ending or an arrival, reads its case's kernel record, and an
/// ending then the case record (GovernanceModel.OnServed): starts loading both.
/// </summary>
internal sealed class CaseRecordsPrefetcher(CustomerStore customers, CaseStore cases) : EventPrefetcher
{
    public override void Prefetch(int kind, int subject, int tag)
    {
        customers.Prefetch(subject);
        cases.Prefetch(subject);
    }
}
