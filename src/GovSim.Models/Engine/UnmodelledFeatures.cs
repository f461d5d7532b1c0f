using GovSim.Models.Spec;

namespace GovSim.Models.Engine;

/// <summary>
/// Parts of a scenario the engine reads but does not model yet, named in a warning so that no
/// one takes a figure for what it is not.
/// </summary>
public static class UnmodelledFeatures
{
    public static IReadOnlyList<string> Warnings(GovernanceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var warnings = new List<string>();
        var comprehensive = spec.Categories.Where(c => c.ComprehensiveShare > 0).Select(c => c.Name).ToList();
        if (comprehensive.Count > 0)
        {
            warnings.Add(
                $"comprehensive cases (M5, needing several departments; whistle-and-report M6) are not modelled yet: " +
                $"the comprehensive share of {string.Join(", ", comprehensive)} is ignored and those cases are handled as single-department cases");
        }
        return warnings;
    }
}
