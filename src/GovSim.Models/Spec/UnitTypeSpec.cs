using GovSim.Distributions;
using GovSim.Kernel;

namespace GovSim.Models.Spec;

/// <summary>
/// A kind of unit (机构/部门/科室) present at every node of one tier, e.g. "the street's comprehensive
/// enforcement team": its staff, the categories it has authority to resolve (M2), its times, and
/// where it sends the cases it cannot resolve (M3, M7).
/// </summary>
/// <param name="Name">Unique name, e.g. "district.departments".</param>
/// <param name="Tier">The tier whose every node has <paramref name="UnitsPerNode"/> such units.</param>
/// <param name="UnitsPerNode">Units of this type at each node (e.g. 12 district bodies).</param>
/// <param name="StaffPerUnit">Staff of each unit: its servers (M1).</param>
/// <param name="Discipline">Queue discipline name (M10): fifo, priority, edf, easy-first.</param>
/// <param name="Authority">Categories it resolves itself (M2).</param>
/// <param name="Service">Hours of work to resolve a case, per category where given (falls back to <paramref name="DefaultService"/>).</param>
/// <param name="DefaultService">Hours of work to resolve a case of a category without an entry in <paramref name="Service"/>.</param>
/// <param name="Handling">Hours to register, classify and pass on a case it does not resolve.</param>
/// <param name="ForwardTo">Unit types a case it cannot resolve may go to, in order of preference.</param>
/// <param name="Dispatch">How it picks among <paramref name="ForwardTo"/>.</param>
/// <param name="BuckPassing">Probability that it returns a case it should resolve to the unit that sent it (M4).</param>
/// <param name="CostPerStaff">Cost of one staff member per year, in the scenario's currency unit (M12).</param>
/// <param name="Schedule">Weekly calendar of staff on duty (M9); null means always StaffPerUnit.</param>
public sealed record UnitTypeSpec(
    string Name,
    Tier Tier,
    int UnitsPerNode,
    int StaffPerUnit,
    string Discipline,
    IReadOnlySet<string> Authority,
    IReadOnlyDictionary<string, Distribution> Service,
    Distribution DefaultService,
    Distribution Handling,
    IReadOnlyList<string> ForwardTo,
    DispatchRule Dispatch,
    double BuckPassing,
    double CostPerStaff,
    WeeklySchedule? Schedule = null)
{
    public Distribution ServiceFor(string category) =>
        Service.TryGetValue(category, out var d) ? d : DefaultService;

    /// <summary>
    /// The urgency classes whose cases it resolves; null: all. A 24/7 emergency duty team is a unit
    /// type with authority for every category but only for the emergency class (M9); cases of other
    /// classes reaching it are passed on like those of a category it has no authority for.
    /// </summary>
    public IReadOnlySet<string>? Urgencies { get; init; }

    /// <summary>True when it resolves cases of urgency class <paramref name="urgency"/>.</summary>
    public bool TakesUrgency(string urgency) => Urgencies is null || Urgencies.Contains(urgency);

    /// <summary>Whether and how it coordinates comprehensive cases (M5, M6); null: it cannot.</summary>
    public CoordinationSpec? Coordination { get; init; }

    /// <summary>True when it has a service time of its own for <paramref name="category"/> (for department work).</summary>
    public bool HasServiceFor(string category) => Service.ContainsKey(category) || HasDefaultService;

    /// <summary>Whether <see cref="DefaultService"/> was given (a unit without one has no time of its own for unlisted categories).</summary>
    public bool HasDefaultService { get; init; } = true;

    /// <summary>How its staff is spread over the nodes of its tier (see <see cref="StaffAllocation"/>).</summary>
    public StaffingRule Staffing { get; init; } = StaffingRule.Equal;
}

/// <summary>How a unit chooses where a case it cannot resolve goes.</summary>
public enum DispatchRule
{
    /// <summary>To the first unit type of its list: step by step up or down the hierarchy (status quo).</summary>
    First,

    /// <summary>
    /// Straight to the first unit type of its list that has authority for the case's category,
    /// skipping the hops in between: the direct dispatch of "act on every call" (接诉即办, M7).
    /// </summary>
    Responsible,
}
