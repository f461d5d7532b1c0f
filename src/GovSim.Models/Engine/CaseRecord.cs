using System.Runtime.InteropServices;

namespace GovSim.Models.Engine;

/// <summary>
/// What the governance model keeps about one case, beside the kernel's <see cref="GovSim.Kernel.CustomerRecord"/>
/// of the same number: plain data in a pooled array, no object per case.
/// </summary>
/// <remarks>
/// 64 bytes, one cache line's worth: on a city-scale model the record is usually out of the caches
/// when a unit finishes with the case, so every line it spans is a wait. Small values are stored
/// narrow (checked on writing) and the four flags share a byte; properties keep the names.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal struct CaseRecord
{
    public double Deadline;

    /// <summary>Order of arrival in the replication, from 0: the case's name in the per-case log.</summary>
    public long CaseNumber;

    public int Community;
    public int Hops;
    public int Bounces;

    /// <summary>Global index of the station that sent the case to where it is, or −1 at entry.</summary>
    public int PreviousStation;

    /// <summary>When a case was bounced back, the station its sender must send it to again; else −1.</summary>
    public int RedispatchTo;

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

    private ushort _category;
    private byte _urgency;
    private byte _source;
    private byte _reopens;
    private byte _tiersVisited;
    private byte _flags;

    private const byte ComprehensiveFlag = 1, WhistledFlag = 2, RespondedFlag = 4, CountedFlag = 8;

    public int Category { readonly get => _category; set => _category = checked((ushort)value); }

    public int Urgency { readonly get => _urgency; set => _urgency = checked((byte)value); }

    public int Source { readonly get => _source; set => _source = checked((byte)value); }

    public int Reopens { readonly get => _reopens; set => _reopens = checked((byte)value); }

    /// <summary>Bit t set when the case visited a unit of tier t.</summary>
    public int TiersVisited { readonly get => _tiersVisited; set => _tiersVisited = checked((byte)value); }

    /// <summary>True for a comprehensive case: it needs several departments (M5).</summary>
    public bool Comprehensive { readonly get => Flag(ComprehensiveFlag); set => SetFlag(ComprehensiveFlag, value); }

    /// <summary>True while the departments of a comprehensive case were summoned by a whistle (M6), until it is reopened.</summary>
    public bool Whistled { readonly get => Flag(WhistledFlag); set => SetFlag(WhistledFlag, value); }

    /// <summary>True once a unit has started work on the case (for the response rate).</summary>
    public bool Responded { readonly get => Flag(RespondedFlag); set => SetFlag(RespondedFlag, value); }

    /// <summary>True for a case that arrived after the warm-up, whose outcome is counted.</summary>
    public bool Counted { readonly get => Flag(CountedFlag); set => SetFlag(CountedFlag, value); }

    private readonly bool Flag(byte flag) => (_flags & flag) != 0;

    private void SetFlag(byte flag, bool on) => _flags = on ? (byte)(_flags | flag) : (byte)(_flags & ~flag);
}
