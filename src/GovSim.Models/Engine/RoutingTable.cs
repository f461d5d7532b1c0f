using GovSim.Models.Spec;

namespace GovSim.Models.Engine;

/// <summary>
/// The path rules of a structure, resolved once into tables: which unit types resolve which
/// categories (M2) and where each unit type sends each category it cannot resolve (M3, M7).
/// </summary>
internal sealed class RoutingTable
{
    private readonly bool[] _resolves;   // [unit * categories + category]
    private readonly int[] _next;        // [unit * categories + category], −1: nowhere
    private readonly int _categories;

    public RoutingTable(GovernanceSpec spec)
    {
        int units = spec.Units.Count;
        _categories = spec.Categories.Count;
        _resolves = new bool[units * _categories];
        _next = new int[units * _categories];
        for (int u = 0; u < units; u++)
        {
            var unit = spec.Units[u];
            for (int c = 0; c < _categories; c++)
            {
                string category = spec.Categories[c].Name;
                _resolves[u * _categories + c] = unit.Authority.Contains(category);
                _next[u * _categories + c] = NextUnit(spec, unit, category);
            }
        }
    }

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
                if (source.CategoryShares is not null && source.CategoryShares.GetValueOrDefault(spec.Categories[c].Name) <= 0) continue;
                int unit = start;
                for (int steps = 0; !Resolves(unit, c); steps++)
                {
                    int next = Next(unit, c);
                    if (next < 0) return $"cases of category '{spec.Categories[c].Name}' reaching '{spec.Units[unit].Name}' have nowhere to go";
                    if (steps > spec.Units.Count) return $"cases of category '{spec.Categories[c].Name}' circle from '{spec.Units[start].Name}'";
                    unit = next;
                }
            }
        }
        return null;
    }

    public bool Resolves(int unit, int category) => _resolves[unit * _categories + category];

    public int Next(int unit, int category) => _next[unit * _categories + category];

    private static int NextUnit(GovernanceSpec spec, UnitTypeSpec unit, string category)
    {
        if (unit.ForwardTo.Count == 0) return -1;
        if (unit.Dispatch == DispatchRule.Responsible)
        {
            // Direct dispatch: straight to the first listed unit type that can resolve the case.
            foreach (string name in unit.ForwardTo)
            {
                int candidate = spec.UnitIndex(name);
                if (spec.Units[candidate].Authority.Contains(category)) return candidate;
            }
        }
        return spec.UnitIndex(unit.ForwardTo[0]);
    }
}
