using GovSim.Networks;

namespace GovSim.Models.Spec;

/// <summary>
/// A governance scenario: the jurisdiction, the units at each tier, the cases that arrive, the
/// rules that move them, the mechanisms switched on, and how to run it. Structures (inverted or
/// double pyramid, or anything between) are data of this one type, never separate code paths.
/// </summary>
public sealed record GovernanceSpec(
    string Name,
    RunSpec Run,
    JurisdictionSpec Jurisdiction,
    IReadOnlyList<CategorySpec> Categories,
    IReadOnlyList<UrgencySpec> Urgencies,
    IReadOnlyList<SourceSpec> Sources,
    IReadOnlyList<UnitTypeSpec> Units,
    MechanismSpec Mechanisms)
{
    /// <summary>The file the spec was read from, for messages; null when built in code.</summary>
    public string? SourceFile { get; init; }

    public int UnitIndex(string name)
    {
        for (int i = 0; i < Units.Count; i++)
            if (Units[i].Name == name) return i;
        return -1;
    }

    public int CategoryIndex(string name)
    {
        for (int i = 0; i < Categories.Count; i++)
            if (Categories[i].Name == name) return i;
        return -1;
    }

    /// <summary>Staff of the whole structure: every unit of every type at every node of its tier.</summary>
    public long TotalStaff => Units.Sum(u => (long)Jurisdiction.NodeCount(u.Tier) * u.UnitsPerNode * u.StaffPerUnit);

    /// <summary>Staff cost of the whole structure per year (staff × cost per staff).</summary>
    public double TotalCost => Units.Sum(u => (double)Jurisdiction.NodeCount(u.Tier) * u.UnitsPerNode * u.StaffPerUnit * u.CostPerStaff);
}
