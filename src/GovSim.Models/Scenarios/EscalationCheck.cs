using GovSim.Models.Spec;
using GovSim.Scenarios;

namespace GovSim.Models.Scenarios;

/// <summary>
/// Checks that every case can be resolved: each category is in some unit type's authority, and
/// the path a case follows from each source's entry unit, by the routing rule of each unit it
/// meets, ends at a unit with authority for its category, without loops and without dead ends;
/// and the same for comprehensive cases, which end at a unit that also can coordinate (M5).
/// </summary>
internal static class EscalationCheck
{
    public static void Run(
        IReadOnlyList<(CategorySpec Spec, YamlNodeReader Node)> categories,
        IReadOnlyList<(SourceSpec Spec, YamlNodeReader EntryNode)> sources,
        IReadOnlyList<UnitTypeEntry> units,
        IReadOnlyList<string> urgencies)
    {
        // Paths differ by urgency class only when some unit type takes some classes only (M9); the
        // messages name the class then.
        bool byUrgency = units.Any(u => u.Spec.Urgencies is not null);
        var classes = byUrgency ? urgencies : urgencies.Take(1).ToList();
        foreach (var (category, node) in categories)
        {
            if (!units.Any(u => u.Spec.Authority.Contains(category.Name)))
                throw node.EntryError($"no unit type has authority for category '{category.Name}', so its cases would wait forever; add it to some unit type's 'authority'");
            foreach (string urgency in classes)
            {
                if (!units.Any(u => Engine.RoutingTable.CanResolve(u.Spec, category.Name, false, urgency)))
                    throw node.EntryError($"no unit type that takes urgency class '{urgency}' has authority for category '{category.Name}', so those cases would wait forever; widen some unit type's 'urgencies'");
            }
            if (category.ComprehensiveShare > 0 && !classes.Any(urgency => units.Any(u => Engine.RoutingTable.CanResolve(u.Spec, category.Name, true, urgency))))
                throw node.EntryError(
                    $"category '{category.Name}' has comprehensive cases, but no unit type with authority for it can coordinate departments, " +
                    $"so they would wait forever; give one of them a 'coordination'");
        }

        foreach (var (source, _) in sources)
        {
            var produced = source.CategoryShares?.Keys ?? categories.Select(c => c.Spec.Name);
            foreach (string category in produced)
            {
                foreach (string urgency in classes)
                {
                    string? named = byUrgency ? urgency : null;
                    Walk(source, category, false, urgency, named, units);
                    if (categories.First(c => c.Spec.Name == category).Spec.ComprehensiveShare > 0) Walk(source, category, true, urgency, named, units);
                }
            }
        }
    }

    /// <summary>
    /// The routing rule: a unit with authority for the category resolves the case; otherwise it
    /// sends it to the first entry of its forward_to list, or, with dispatch 'responsible', to the
    /// first entry that has authority for the category (the first entry when none has).
    /// </summary>
    private static int Next(UnitTypeSpec unit, string category, bool comprehensive, string urgency, Func<string, UnitTypeSpec> byName)
    {
        if (unit.ForwardTo.Count == 0) return -1;
        if (unit.Dispatch == DispatchRule.Responsible)
        {
            for (int i = 0; i < unit.ForwardTo.Count; i++)
                if (Engine.RoutingTable.CanResolve(byName(unit.ForwardTo[i]), category, comprehensive, urgency)) return i;
        }
        return 0;
    }

    /// <param name="namedUrgency">The urgency class, when messages should name it (some unit type takes some classes only).</param>
    private static void Walk(SourceSpec source, string category, bool comprehensive, string urgency, string? namedUrgency, IReadOnlyList<UnitTypeEntry> units)
    {
        int IndexOf(string name)
        {
            for (int i = 0; i < units.Count; i++)
                if (units[i].Spec.Name == name) return i;
            throw new InvalidOperationException($"unit type '{name}' was checked to be declared");
        }

        var path = new List<int> { IndexOf(source.EntryUnit) };
        while (true)
        {
            var unit = units[path[^1]];
            if (Engine.RoutingTable.CanResolve(unit.Spec, category, comprehensive, urgency)) return;

            int choice = Next(unit.Spec, category, comprehensive, urgency, name => units[IndexOf(name)].Spec);
            string kind = (namedUrgency is null ? "" : $"'{namedUrgency}' ") + (comprehensive ? "comprehensive cases" : "cases");
            if (choice < 0)
            {
                string route = string.Join(" → ", path.Select(i => units[i].Spec.Name));
                string why = !unit.Spec.TakesUrgency(urgency) && unit.Spec.Authority.Contains(category)
                    ? $"it takes no '{urgency}' cases and has nothing in 'forward_to'"
                    : comprehensive && unit.Spec.Authority.Contains(category)
                    ? $"it has authority for '{category}' but no 'coordination' to ask departments, and nothing in 'forward_to'"
                    : $"it has no authority for '{category}' and nothing in 'forward_to'";
                string problem = $"{kind} of category '{category}' that reach unit type '{unit.Spec.Name}' have nowhere to go: " +
                                 $"{why} (path from source '{source.Name}': {route})";
                throw unit.ForwardToNode is { } written ? written.Error(problem) : unit.Node.MissingError("forward_to", problem);
            }

            int next = IndexOf(unit.Spec.ForwardTo[choice]);
            int seen = path.IndexOf(next);
            if (seen >= 0)
            {
                var loop = path.Skip(seen).Append(next).Select(i => units[i].Spec.Name);
                throw unit.ForwardToItems[choice].Error(
                    $"escalation cycle: {string.Join(" → ", loop)} for {(comprehensive ? "comprehensive cases of " : "")}category '{category}' " +
                    $"({kind} from source '{source.Name}' never reach a unit type {(comprehensive ? "that has authority for it and can coordinate" : "with authority for it")})");
            }
            path.Add(next);
        }
    }
}
