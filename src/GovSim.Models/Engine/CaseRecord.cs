namespace GovSim.Models.Engine;

/// <summary>
/// What the governance model keeps about one case, beside the kernel's <see cref="GovSim.Kernel.CustomerRecord"/>
/// of the same number: plain data in a pooled array, no object per case.
/// </summary>
internal struct CaseRecord
{
    public int Community;
    public int Category;
    public int Urgency;
    public int Source;
    public int Hops;
    public int Bounces;
    public int Reopens;

    /// <summary>Bit t set when the case visited a unit of tier t.</summary>
    public int TiersVisited;

    /// <summary>Global index of the station that sent the case to where it is, or −1 at entry.</summary>
    public int PreviousStation;

    /// <summary>When a case was bounced back, the station its sender must send it to again; else −1.</summary>
    public int RedispatchTo;

    /// <summary>True once a unit has started work on the case (for the response rate).</summary>
    public bool Responded;

    /// <summary>True for a case that arrived after the warm-up, whose outcome is counted.</summary>
    public bool Counted;

    public double Deadline;

    /// <summary>Order of arrival in the replication, from 0: the case's name in the per-case log.</summary>
    public long CaseNumber;
}
