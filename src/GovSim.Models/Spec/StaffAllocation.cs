namespace GovSim.Models.Spec;

/// <summary>How a unit type's staff is spread over the nodes of its tier.</summary>
public enum StaffingRule
{
    /// <summary>Every unit has the unit type's <c>staff</c>.</summary>
    Equal,

    /// <summary>
    /// The unit type's total staff (<c>staff</c> × units per node × nodes) is shared out in proportion
    /// to the communities under each node, so that a larger district or street has more staff and the
    /// total stays the same.
    /// </summary>
    BySize,
}

/// <summary>The staff of every unit of a unit type, in station order (node by node, units of a node in turn).</summary>
public static class StaffAllocation
{
    /// <summary>
    /// The staff of each unit of <paramref name="unit"/>: all <see cref="UnitTypeSpec.StaffPerUnit"/>
    /// under <see cref="StaffingRule.Equal"/>; under <see cref="StaffingRule.BySize"/>, one each to
    /// begin with (a unit without staff would hold its cases for ever), then the rest of the total in
    /// proportion to the communities under the unit's node, rounded by largest remainder (ties to the
    /// earlier unit), so the total is exactly that of equal staffing. On a generated tree both rules
    /// give every unit the same staff.
    /// </summary>
    public static int[] StaffOfUnits(UnitTypeSpec unit, JurisdictionSpec jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(jurisdiction);
        int nodes = jurisdiction.NodeCount(unit.Tier);
        int count = nodes * unit.UnitsPerNode;
        var staff = new int[count];
        if (unit.Staffing == StaffingRule.Equal)
        {
            Array.Fill(staff, unit.StaffPerUnit);
            return staff;
        }

        var weight = new long[count];
        for (int node = 0; node < nodes; node++)
            for (int j = 0; j < unit.UnitsPerNode; j++)
                weight[node * unit.UnitsPerNode + j] = jurisdiction.CommunitiesUnder(unit.Tier, node);
        long totalWeight = weight.Sum();
        long rest = (long)count * (unit.StaffPerUnit - 1);
        // Integer arithmetic throughout: the shares and their remainders are exact, so the rounding
        // does not depend on floating-point order.
        var remainder = new long[count];
        long given = 0;
        for (int i = 0; i < count; i++)
        {
            long share = Math.DivRem(rest * weight[i], totalWeight, out remainder[i]);
            staff[i] = (int)(1 + share);
            given += share;
        }
        foreach (int i in Enumerable.Range(0, count).OrderByDescending(i => remainder[i]).ThenBy(i => i).Take((int)(rest - given)))
            staff[i]++;
        return staff;
    }
}
