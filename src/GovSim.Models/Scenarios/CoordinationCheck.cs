using GovSim.Models.Spec;
using GovSim.Scenarios;

namespace GovSim.Models.Scenarios;

/// <summary>
/// Checks that every coordinator can get its comprehensive cases done (M5, M6): the departments it
/// asks have a work time for each comprehensive category of its authority, and, when they work
/// jointly, enough staff for the tasks of one case that land on the same unit — a case that needs
/// more staff of one unit than it has would wait forever.
/// </summary>
internal static class CoordinationCheck
{
    public static void Run(IReadOnlyList<(CategorySpec Spec, YamlNodeReader Node)> categories, IReadOnlyList<UnitTypeEntry> units, JurisdictionSpec jurisdiction)
    {
        foreach (var coordinator in units)
        {
            if (coordinator.Spec.Coordination is not { } coordination) continue;
            var node = coordinator.CoordinationNode!;
            var departments = units.First(u => u.Spec.Name == coordination.Departments).Spec;
            // The smallest unit decides (staffing by size gives small nodes fewer staff).
            int onDuty = departments.Schedule?.MaxServers ?? StaffAllocation.StaffOfUnits(departments, jurisdiction).Min();
            foreach (var (category, _) in categories)
            {
                if (category.ComprehensiveShare <= 0 || !coordinator.Spec.Authority.Contains(category.Name)) continue;
                if (category.DepartmentWork is null && !departments.HasServiceFor(category.Name))
                    throw node.Error(
                        $"departments '{departments.Name}' have no work time for category '{category.Name}': give them 'service' " +
                        $"(or a 'service_by_category' entry), or give the category a 'department_work'");

                bool joint = coordination.Whistle || coordination.Work == DepartmentWork.Joint;
                if (!joint) continue;
                // Department i of a case of category c is unit (c + i) mod units; one unit takes ⌈k / units⌉ of them at most.
                int perUnit = (category.Departments + departments.UnitsPerNode - 1) / departments.UnitsPerNode;
                if (perUnit > onDuty)
                    throw node.Error(
                        $"a comprehensive case of category '{category.Name}' needs {perUnit} staff of one unit of '{departments.Name}' on site together " +
                        $"({category.Departments} departments over {departments.UnitsPerNode} unit(s) per node), but " +
                        (departments.Staffing == StaffingRule.BySize && departments.Schedule is null
                            ? $"its smallest unit, staffed by size, has {onDuty}: the case would wait forever"
                            : $"that unit has at most {onDuty} on duty: the case would wait forever"));
            }
        }
    }
}
