namespace GovSim.Models.Spec;

/// <summary>A category of case (e.g. one of the six street function groups of seed 003_b9c8e4e6dcd5cf17.txt).</summary>
/// <param name="Name">Unique name.</param>
/// <param name="Share">Share of cases in this category (shares are normalised over all categories).</param>
/// <param name="ComprehensiveShare">Fraction of its cases that are comprehensive: they need <paramref name="Departments"/> departments (M5).</param>
/// <param name="Departments">Departments a comprehensive case needs (k ≥ 2).</param>
public sealed record CategorySpec(string Name, double Share, double ComprehensiveShare, int Departments)
{
    /// <summary>Hours each department works on a comprehensive case of this category; null: the department's own service time for the category.</summary>
    public GovSim.Distributions.Distribution? DepartmentWork { get; init; }
}

/// <summary>An urgency class (the emergency / key / routine whistles of the "232" mechanism, seed 003_b9c8e4e6dcd5cf17.txt).</summary>
/// <param name="Name">Unique name.</param>
/// <param name="Share">Share of cases of this urgency.</param>
/// <param name="Deadline">Hours from arrival to the due time; "on time" means resolved by then.</param>
/// <param name="Priority">Static priority under the "priority" discipline; lower is served first.</param>
public sealed record UrgencySpec(string Name, double Share, double Deadline, int Priority)
{
    /// <summary>
    /// Hours within which a summoned department must report when a coordinator whistles (M6).
    /// Default 0.5 h: the Pinggu practice in which departments had to arrive within 30 minutes
    /// (MODEL.md §9, secondary sources).
    /// </summary>
    public double ReportDeadline { get; init; } = 0.5;
}

/// <summary>Where cases come from: the 12345 hotline, grid inspection, community reports, directives (M7, M8).</summary>
/// <param name="Name">Unique name; the random stream of this source is named after it (common random numbers).</param>
/// <param name="RatePerCommunity">Poisson arrivals per hour per community.</param>
/// <param name="EntryUnit">The unit type that receives the case first, at the case's own node of that unit's tier.</param>
/// <param name="CategoryShares">Category mix of this source; null uses the categories' shares.</param>
public sealed record SourceSpec(string Name, double RatePerCommunity, string EntryUnit, IReadOnlyDictionary<string, double>? CategoryShares)
{
    /// <summary>How the rate varies over the day and week; null means a constant rate.</summary>
    public ArrivalProfile? Profile { get; init; }
}
