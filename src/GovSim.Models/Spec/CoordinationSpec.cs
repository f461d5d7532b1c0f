using GovSim.Distributions;

namespace GovSim.Models.Spec;

/// <summary>
/// How a unit type coordinates the comprehensive cases of its authority (M5), and whether it may
/// "whistle" for the departments (吹哨报到, M6). A unit type without it cannot resolve a
/// comprehensive case even where it has authority for the category: it passes the case on.
/// </summary>
/// <param name="Departments">
/// The unit type whose units do the department work: a case of category c needing k departments
/// goes to units c, c+1, …, c+k−1 (mod units per node) of that type, at the case's node of its tier.
/// </param>
/// <param name="Work">How the departments work when they are asked in the ordinary way.</param>
/// <param name="Delay">
/// Hours from the coordinator's decision to the departments receiving the work when asked in the
/// ordinary way (letters, meetings, approvals): the coordination delay of the status quo.
/// </param>
/// <param name="Whistle">
/// Whether the coordinator whistles (M6, when the mechanism is on): the departments are summoned at
/// once, each must report within the report deadline of the case's urgency class, ahead of their
/// ordinary work, and they handle the case jointly on site.
/// </param>
public sealed record CoordinationSpec(string Departments, DepartmentWork Work, Distribution Delay, bool Whistle);

/// <summary>How the k departments of a comprehensive case work (M5).</summary>
public enum DepartmentWork
{
    /// <summary>All at once, each in its own queue; the case is done when the last finishes (fork-join).</summary>
    Parallel,

    /// <summary>One after another: each department receives the case when the previous one is done.</summary>
    Sequential,

    /// <summary>
    /// Together (joint seize): each department's staff member waits on site until all k are there,
    /// then they work for the longest of their k work times and leave together.
    /// </summary>
    Joint,
}
