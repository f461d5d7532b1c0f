using GovSim.Distributions;

namespace GovSim.Networks;

/// <summary>A class of customers: its arrivals, its route, and what disciplines and patience need.</summary>
/// <param name="Name">Unique class name.</param>
/// <param name="Priority">Static priority, lower is served first (used by the "priority" discipline).</param>
/// <param name="Deadline">Hours from arrival in the system to the due date (used by "edf"); infinity if none.</param>
/// <param name="Patience">Time a waiting customer stays in a queue before abandoning; null means it never abandons.</param>
/// <param name="Arrivals">Poisson arrival streams of this class, one per entry station.</param>
/// <param name="Routes">Where the class goes after each station; a station without a route, and the remainder of a row, exit.</param>
public sealed record CustomerClassSpec(
    string Name,
    int Priority,
    double Deadline,
    Distribution? Patience,
    IReadOnlyList<ArrivalSpec> Arrivals,
    IReadOnlyList<RouteSpec> Routes);

/// <summary>Poisson arrivals of one class at one station.</summary>
/// <param name="Station">Entry station name.</param>
/// <param name="Rate">Arrivals per hour.</param>
public sealed record ArrivalSpec(string Station, double Rate);

/// <summary>One row of a class's routing table: after <paramref name="From"/>, go to each target with its probability.</summary>
public sealed record RouteSpec(string From, IReadOnlyList<RouteTarget> Targets);

/// <summary>A routing probability to a next station.</summary>
public sealed record RouteTarget(string To, double Probability);
