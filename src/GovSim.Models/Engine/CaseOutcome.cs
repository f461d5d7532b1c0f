namespace GovSim.Models.Engine;

/// <summary>One closed case, as the per-case log records it. Times in hours from the start of the run.</summary>
public readonly record struct CaseOutcome(
    long Case,
    string Source,
    string Category,
    string Urgency,
    string Complexity,
    int Community,
    double Arrival,
    double Closed,
    double Deadline,
    int Hops,
    int Bounces,
    int Reopens,
    bool Whistled,
    string TiersVisited,
    string ResolvingTier,
    bool Satisfied)
{
    public double ResolutionTime => Closed - Arrival;
    public bool OnTime => Closed <= Deadline;
}

/// <summary>Receives every case that closes after the warm-up (the optional per-case log).</summary>
public interface ICaseObserver
{
    void OnClosed(in CaseOutcome outcome);
}
