using System.Globalization;
using GovSim.Models.Spec;
using GovSim.Scenarios;

namespace GovSim.Models.Scenarios;

/// <summary>
/// How large a governance scenario may be. Every community and every unit is held in memory in every
/// replication that runs (about 2 KB a unit, with all replications on their own threads), and the
/// engine counts them in 32-bit integers: a slip of a few digits must be an error at the value, not
/// an arithmetic overflow, a wrong tree or an exhausted machine. Beijing is 7,056 communities and
/// about 7,500 units; the limits leave a hundred times that.
/// </summary>
internal static class ModelSize
{
    /// <summary>Communities of the jurisdiction tree, at most.</summary>
    public const int MaxCommunities = 1_000_000;

    /// <summary>Units of all unit types together (each type's units per node times the nodes of its tier), at most.</summary>
    public const int MaxUnits = 1_000_000;

    /// <summary>The largest tree, for messages.</summary>
    public static string Limit => Count(MaxCommunities);

    /// <summary>Checks the units and the staff of every unit type against the tree; reported at the unit type.</summary>
    public static void CheckUnits(IReadOnlyList<UnitTypeEntry> units, JurisdictionSpec jurisdiction)
    {
        long total = 0;
        foreach (var unit in units)
        {
            var spec = unit.Spec;
            int nodes = jurisdiction.NodeCount(spec.Tier);
            long count = (long)nodes * spec.UnitsPerNode;
            total += count;
            string where = $"{Count(spec.UnitsPerNode)} at each of {Count(nodes)} {TierName(spec.Tier)} nodes";
            if (total > MaxUnits)
            {
                string inAll = total == count ? "" : $", which makes {Count(total)} units in all";
                throw unit.Node.EntryError($"unit type '{spec.Name}' has {Count(count)} units ({where}){inAll}, "
                    + $"more than GovSim can hold in memory (at most {Count(MaxUnits)})");
            }
            // A unit type's staff is shared out in whole numbers of 32 bits (staffing: by_size).
            long staff = count * spec.StaffPerUnit;
            if (staff > int.MaxValue)
                throw unit.Node.EntryError($"unit type '{spec.Name}' has {Count(staff)} staff in all ({Count(spec.StaffPerUnit)} in each of its {Count(count)} units), "
                    + $"more than {Count(int.MaxValue)}");
        }
    }

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Count(decimal n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string TierName(Tier tier) => tier.ToString().ToLowerInvariant();
}
