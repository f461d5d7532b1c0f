using GovSim.Models.Spec;

namespace GovSim.Models.Engine;

/// <summary>
/// The path rules of a structure, resolved once into tables: which unit types resolve which
/// categories (M2) and where each unit type sends each category it cannot resolve (M3, M7).
/// </summary>
/// <remarks>
/// There is a layer of tables for each urgency class, for single-department and for
/// comprehensive cases (M5): a unit type resolves a case when it has authority for the category,
/// takes its urgency class (a 24/7 emergency team takes emergencies only, M9) and, for a
/// comprehensive case, can coordinate departments; otherwise it passes the case on like one it
/// has no authority for, and direct dispatch looks for a unit type that can resolve it.
/// </remarks>
internal sealed class RoutingTable
{
    private readonly bool[] _resolves;   // [layer][unit * categories + category]
    private readonly int[] _next;        // [layer][unit * categories + category], −1: nowhere
    private readonly int _categories;
    private readonly int _layer;         // size of one layer; layer = urgency × 2 + comprehensive

    public RoutingTable(GovernanceSpec spec)
    {
        int units = spec.Units.Count;
        _categories = spec.Categories.Count;
        _layer = units * _categories;
        int layers = 2 * spec.Urgencies.Count;
        _resolves = new bool[layers * _layer];
        _next = new int[layers * _layer];
        for (int urgency = 0; urgency < spec.Urgencies.Count; urgency++)
        {
            string urgencyName = spec.Urgencies[urgency].Name;
            for (int comprehensive = 0; comprehensive < 2; comprehensive++)
            {
                for (int u = 0; u < units; u++)
                {
                    var unit = spec.Units[u];
                    for (int c = 0; c < _categories; c++)
                    {
                        string category = spec.Categories[c].Name;
                        int i = (urgency * 2 + comprehensive) * _layer + u * _categories + c;
                        _resolves[i] = CanResolve(unit, category, comprehensive == 1, urgencyName);
                        _next[i] = NextUnit(spec, unit, category, comprehensive == 1, urgencyName);
                    }
                }
            }
        }
    }

    /// <summary>Whether <paramref name="unit"/> resolves a case of <paramref name="category"/>, of that complexity and urgency class, itself.</summary>
    public static bool CanResolve(UnitTypeSpec unit, string category, bool comprehensive, string urgency) =>
        unit.Authority.Contains(category) && unit.TakesUrgency(urgency) && (!comprehensive || unit.Coordination is not null);

    /// <summary>
    /// Why cases of some category could circle or get stuck under these rules, or null if every
    /// category a source produces reaches a unit with authority from that source's entry unit.
    /// (Scenario files are checked when read; this guards structures derived in code, such as ablations.)
    /// </summary>
    public string? FindProblem(GovernanceSpec spec)
    {
        foreach (var source in spec.Sources)
        {
            int start = spec.UnitIndex(source.EntryUnit);
            for (int c = 0; c < _categories; c++)
            {
                var category = spec.Categories[c];
                if (source.CategoryShares is not null && source.CategoryShares.GetValueOrDefault(category.Name) <= 0) continue;
                for (int u = 0; u < spec.Urgencies.Count; u++)
                {
                    foreach (bool comprehensive in category.ComprehensiveShare > 0 ? new[] { false, true } : [false])
                    {
                        string kind = $"{spec.Urgencies[u].Name} {(comprehensive ? "comprehensive cases" : "cases")}";
                        int unit = start;
                        for (int steps = 0; !Resolves(unit, c, comprehensive, u); steps++)
                        {
                            int next = Next(unit, c, comprehensive, u);
                            if (next < 0) return $"{kind} of category '{category.Name}' reaching '{spec.Units[unit].Name}' have nowhere to go";
                            if (steps > spec.Units.Count) return $"{kind} of category '{category.Name}' circle from '{spec.Units[start].Name}'";
                            unit = next;
                        }
                    }
                }
            }
        }
        return null;
    }

    public bool Resolves(int unit, int category, bool comprehensive, int urgency) =>
        _resolves[(urgency * 2 + (comprehensive ? 1 : 0)) * _layer + unit * _categories + category];

    public int Next(int unit, int category, bool comprehensive, int urgency) =>
        _next[(urgency * 2 + (comprehensive ? 1 : 0)) * _layer + unit * _categories + category];

    private static int NextUnit(GovernanceSpec spec, UnitTypeSpec unit, string category, bool comprehensive, string urgency)
    {
        if (unit.ForwardTo.Count == 0) return -1;
        if (unit.Dispatch == DispatchRule.Responsible)
        {
            // Direct dispatch: straight to the first listed unit type that can resolve the case.
            foreach (string name in unit.ForwardTo)
            {
                int candidate = spec.UnitIndex(name);
                if (CanResolve(spec.Units[candidate], category, comprehensive, urgency)) return candidate;
            }
        }
        return spec.UnitIndex(unit.ForwardTo[0]);
    }
}
