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

    /// <summary>True for a comprehensive case: it needs several departments (M5).</summary>
    public bool Comprehensive;

    /// <summary>True while the departments of a comprehensive case were summoned by a whistle (M6), until it is reopened.</summary>
    public bool Whistled;

    /// <summary>For a department's task on a comprehensive case, the case's customer number; −1 for a case.</summary>
    public int Parent;

    /// <summary>For a case in department work: tasks not finished yet. For a task: its department number (0 … k−1).</summary>
    public int Pending;

    /// <summary>For a case in joint work: tasks whose staff are on site so far. For a task: its station.</summary>
    public int Held;

    /// <summary>For a case in department work: its first task, the others follow through <see cref="NextTask"/>; for a task, the next task of the same case (−1 at the end).</summary>
    public int NextTask;

    /// <summary>For a case in department work: the unit type coordinating it, which resolves it when the departments are done.</summary>
    public int Coordinator;

    /// <summary>True once a unit has started work on the case (for the response rate).</summary>
    public bool Responded;

    /// <summary>True for a case that arrived after the warm-up, whose outcome is counted.</summary>
    public bool Counted;

    public double Deadline;

    /// <summary>Order of arrival in the replication, from 0: the case's name in the per-case log.</summary>
    public long CaseNumber;
}
