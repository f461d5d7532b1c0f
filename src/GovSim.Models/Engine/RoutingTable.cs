using GovSim.Models.Spec;

namespace GovSim.Models.Engine;

/// <summary>
/// The path rules of a structure, resolved once into tables: which unit types resolve which
/// categories (M2) and where each unit type sends each category it cannot resolve (M3, M7).
/// </summary>
/// <remarks>
/// There are two layers of tables, one for single-department cases and one for comprehensive
/// cases (M5): a unit type resolves a comprehensive case only when it has authority for the
/// category <em>and</em> can coordinate departments; otherwise it passes the case on like one
/// it has no authority for, and direct dispatch looks for a unit type that can coordinate.
/// </remarks>
internal sealed class RoutingTable
{
    private readonly bool[] _resolves;   // [layer][unit * categories + category]
    private readonly int[] _next;        // [layer][unit * categories + category], −1: nowhere
    private readonly int _categories;
    private readonly int _layer;         // size of one layer

    public RoutingTable(GovernanceSpec spec)
    {
        int units = spec.Units.Count;
        _categories = spec.Categories.Count;
        _layer = units * _categories;
        _resolves = new bool[2 * _layer];
        _next = new int[2 * _layer];
        for (int comprehensive = 0; comprehensive < 2; comprehensive++)
        {
            for (int u = 0; u < units; u++)
            {
                var unit = spec.Units[u];
                for (int c = 0; c < _categories; c++)
                {
                    string category = spec.Categories[c].Name;
                    int i = comprehensive * _layer + u * _categories + c;
                    _resolves[i] = CanResolve(unit, category, comprehensive == 1);
                    _next[i] = NextUnit(spec, unit, category, comprehensive == 1);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="unit"/> resolves a case of <paramref name="category"/> of that complexity itself.</summary>
    public static bool CanResolve(UnitTypeSpec unit, string category, bool comprehensive) =>
        unit.Authority.Contains(category) && (!comprehensive || unit.Coordination is not null);

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
                foreach (bool comprehensive in category.ComprehensiveShare > 0 ? new[] { false, true } : [false])
                {
                    string kind = comprehensive ? "comprehensive cases" : "cases";
                    int unit = start;
                    for (int steps = 0; !Resolves(unit, c, comprehensive); steps++)
                    {
                        int next = Next(unit, c, comprehensive);
                        if (next < 0) return $"{kind} of category '{category.Name}' reaching '{spec.Units[unit].Name}' have nowhere to go";
                        if (steps > spec.Units.Count) return $"{kind} of category '{category.Name}' circle from '{spec.Units[start].Name}'";
                        unit = next;
                    }
                }
            }
        }
        return null;
    }

    public bool Resolves(int unit, int category, bool comprehensive) =>
        _resolves[(comprehensive ? _layer : 0) + unit * _categories + category];

    public int Next(int unit, int category, bool comprehensive) =>
        _next[(comprehensive ? _layer : 0) + unit * _categories + category];

    private static int NextUnit(GovernanceSpec spec, UnitTypeSpec unit, string category, bool comprehensive)
    {
        if (unit.ForwardTo.Count == 0) return -1;
        if (unit.Dispatch == DispatchRule.Responsible)
        {
            // Direct dispatch: straight to the first listed unit type that can resolve the case.
            foreach (string name in unit.ForwardTo)
            {
                int candidate = spec.UnitIndex(name);
                if (CanResolve(spec.Units[candidate], category, comprehensive)) return candidate;
            }
        }
        return spec.UnitIndex(unit.ForwardTo[0]);
    }
}
