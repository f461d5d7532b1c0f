namespace GovSim.Kernel;

/// <summary>
/// What the kernel keeps about one customer: plain data, 48 bytes, so that one customer's fields
/// share a cache line and a run's customers are one array the garbage collector never scans.
/// </summary>
public struct CustomerRecord
{
    /// <summary>When the customer entered the system, hours.</summary>
    public double SystemArrival;

    /// <summary>When the customer arrived at its current station, hours.</summary>
    public double StationArrival;

    /// <summary>Absolute due date, hours (infinity when none).</summary>
    public double DueTime;

    /// <summary>Service time of the current visit, drawn on arrival at the station, hours.</summary>
    public double ServiceTime;

    public int ClassIndex;

    /// <summary>
    /// Identifies the customer's current wait. It only ever grows, even across reuse of the slot:
    /// a queue entry or a scheduled abandonment that recorded an older token is stale.
    /// </summary>
    public int WaitToken;

    /// <summary>Station visits so far.</summary>
    public int Visits;

    /// <summary>
    /// True while the customer is summoned to its current station (<see cref="Station.Summon"/>):
    /// the server that takes it up is held until <see cref="Station.FinishHeld"/>. Fits in the
    /// record's padding, so the record stays 48 bytes.
    /// </summary>
    public bool Summoned;
}
