using GovSim.Models.Spec;
using GovSim.Scenarios;

namespace GovSim.Models.Scenarios;

/// <summary>
/// Checks that every case can be resolved: each category is in some unit type's authority, and
/// the path a case follows from each source's entry unit, by the routing rule of each unit it
/// meets, ends at a unit with authority for its category, without loops and without dead ends.
/// </summary>
internal static class EscalationCheck
{
    public static void Run(
        IReadOnlyList<(CategorySpec Spec, YamlNodeReader Node)> categories,
        IReadOnlyList<(SourceSpec Spec, YamlNodeReader EntryNode)> sources,
        IReadOnlyList<UnitTypeEntry> units)
    {
        foreach (var (category, node) in categories)
        {
            if (!units.Any(u => u.Spec.Authority.Contains(category.Name)))
                throw node.EntryError($"no unit type has authority for category '{category.Name}', so its cases would wait forever; add it to some unit type's 'authority'");
        }

        foreach (var (source, _) in sources)
        {
            var produced = source.CategoryShares?.Keys ?? categories.Select(c => c.Spec.Name);
            foreach (string category in produced)
                Walk(source, category, units);
        }
    }

    /// <summary>
    /// The routing rule: a unit with authority for the category resolves the case; otherwise it
    /// sends it to the first entry of its forward_to list, or, with dispatch 'responsible', to the
    /// first entry that has authority for the category (the first entry when none has).
    /// </summary>
    private static int Next(UnitTypeSpec unit, string category, Func<string, UnitTypeSpec> byName)
    {
        if (unit.ForwardTo.Count == 0) return -1;
        if (unit.Dispatch == DispatchRule.Responsible)
        {
            for (int i = 0; i < unit.ForwardTo.Count; i++)
                if (byName(unit.ForwardTo[i]).Authority.Contains(category)) return i;
        }
        return 0;
    }

    private static void Walk(SourceSpec source, string category, IReadOnlyList<UnitTypeEntry> units)
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
            if (unit.Spec.Authority.Contains(category)) return;

            int choice = Next(unit.Spec, category, name => units[IndexOf(name)].Spec);
            if (choice < 0)
            {
                string route = string.Join(" → ", path.Select(i => units[i].Spec.Name));
                string problem = $"cases of category '{category}' that reach unit type '{unit.Spec.Name}' have nowhere to go: " +
                                 $"it has no authority for '{category}' and nothing in 'forward_to' (path from source '{source.Name}': {route})";
                throw unit.ForwardToNode is { } written ? written.Error(problem) : unit.Node.MissingError("forward_to", problem);
            }

            int next = IndexOf(unit.Spec.ForwardTo[choice]);
            int seen = path.IndexOf(next);
            if (seen >= 0)
            {
                var loop = path.Skip(seen).Append(next).Select(i => units[i].Spec.Name);
                throw unit.ForwardToItems[choice].Error(
                    $"escalation cycle: {string.Join(" → ", loop)} for category '{category}' (cases from source '{source.Name}' never reach a unit type with authority for it)");
            }
            path.Add(next);
        }
    }
}
