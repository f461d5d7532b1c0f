using GovSim.Models.Spec;

namespace GovSim.Reports.Html;

/// <summary>
/// Section 2: the structures side by side: staff per tier, total and cost, then each unit type
/// (units × staff at each node, authority, and where it sends the cases it does not resolve).
/// </summary>
internal static class StructuresSection
{
    public static void Write(HtmlBuilder html, ComparisonReport report)
    {
        var specs = report.Structures.Select(s => s.Spec).ToList();
        html.Line("<section id=\"structures\">").Line("<h2>2. The structures</h2>");
        WriteStaffTable(html, specs);
        foreach (var spec in specs) WriteUnitTable(html, spec);
        html.Line("</section>");
    }

    private static void WriteStaffTable(HtmlBuilder html, IReadOnlyList<GovernanceSpec> specs)
    {
        var j = specs[0].Jurisdiction;
        html.Raw("<table><caption>").Text(
            $"Staff per tier (every unit at every node: 1 city, {HtmlBuilder.Number(j.NodeCount(Tier.District))} districts, " +
            $"{HtmlBuilder.Number(j.NodeCount(Tier.Street))} streets, {HtmlBuilder.Number(j.NodeCount(Tier.Community))} communities)").Line("</caption>");
        html.Raw("<thead><tr><th>tier</th>");
        foreach (var spec in specs) html.Element("th", spec.Name, "num");
        html.Line("</tr></thead><tbody>");
        foreach (Tier tier in Enum.GetValues<Tier>())
        {
            html.Raw("<tr><td>").Raw(TierBadge(tier)).Raw("</td>");
            foreach (var spec in specs) html.Element("td", HtmlBuilder.Number(StaffAt(spec, tier)), "num");
            html.Line("</tr>");
        }
        html.Raw("<tr><th>total staff</th>");
        foreach (var spec in specs) html.Element("th", HtmlBuilder.Number(spec.TotalStaff), "num");
        html.Line("</tr>");
        html.Raw("<tr><th>staff cost per year</th>");
        foreach (var spec in specs) html.Element("th", HtmlBuilder.Number(spec.TotalCost), "num");
        html.Line("</tr></tbody></table>");
    }

    private static void WriteUnitTable(HtmlBuilder html, GovernanceSpec spec)
    {
        html.Raw("<h3>").Text(spec.Name).Line(": unit types</h3>");
        html.Line("<table class=\"units\"><thead><tr><th>unit type</th><th class=\"num\">units × staff<br>per node</th><th>resolves (authority)</th>"
            + "<th>comprehensive cases</th><th>passes other cases to</th></tr></thead><tbody>");
        foreach (var unit in spec.Units)
        {
            html.Raw("<tr><td>").Raw(TierBadge(unit.Tier)).Raw("<br><code>").Text(unit.Name).Raw("</code></td>");
            long total = (long)spec.Jurisdiction.NodeCount(unit.Tier) * unit.UnitsPerNode * unit.StaffPerUnit;
            string staff = HtmlBuilder.Number(unit.StaffPerUnit);
            if (unit.Staffing == StaffingRule.BySize)
            {
                var shared = StaffAllocation.StaffOfUnits(unit, spec.Jurisdiction);
                staff = shared.Min() == shared.Max() ? staff : $"{HtmlBuilder.Number(shared.Min())}–{HtmlBuilder.Number(shared.Max())} (by size)";
            }
            html.Raw("<td class=\"num\">").Text($"{HtmlBuilder.Number(unit.UnitsPerNode)} × {staff}")
                .Raw("<span class=\"bounds\">").Text($"{HtmlBuilder.Number(total)} in all").Raw("</span></td>");
            html.Raw("<td>").Text(Authority(spec, unit)).Raw("</td>");
            html.Raw("<td>").Text(Coordination(spec, unit)).Raw("</td>");
            html.Raw("<td>").Text(Path(unit)).Line("</td></tr>");
        }
        html.Line("</tbody></table>");
    }

    /// <summary>Staff of every unit type of <paramref name="tier"/> at every node of it.</summary>
    public static long StaffAt(GovernanceSpec spec, Tier tier) =>
        spec.Units.Where(u => u.Tier == tier).Sum(u => (long)spec.Jurisdiction.NodeCount(tier) * u.UnitsPerNode * u.StaffPerUnit);

    private static string Authority(GovernanceSpec spec, UnitTypeSpec unit)
    {
        string categories = unit.Authority.Count == 0 ? "nothing: passes every case on"
            : unit.Authority.Count == spec.Categories.Count ? "all categories"
            : string.Join(", ", spec.Categories.Select(c => c.Name).Where(unit.Authority.Contains));
        if (unit.Urgencies is { } urgencies)
            categories += $"; only {string.Join(", ", spec.Urgencies.Select(u => u.Name).Where(urgencies.Contains))} cases";
        return categories;
    }

    private static string Coordination(GovernanceSpec spec, UnitTypeSpec unit) =>
        unit.Coordination is not { } c ? "–"
        : c.Whistle && spec.Mechanisms.Whistle.Enabled ? $"coordinates them: whistles, {c.Departments} report"
        : $"coordinates them: asks {c.Departments} by letter ({c.Work.ToString().ToLowerInvariant()} work)";

    // As the routing table reads it: direct dispatch picks the first listed type with authority for
    // the case (else the first listed), step-by-step dispatch always the first listed.
    private static string Path(UnitTypeSpec unit) =>
        unit.ForwardTo.Count == 0 ? "nobody: it resolves what reaches it"
        : unit.Dispatch == DispatchRule.Responsible && unit.ForwardTo.Count > 1
            ? "straight to the first with authority among " + string.Join(", ", unit.ForwardTo)
        : unit.ForwardTo[0];

    private static string TierBadge(Tier tier)
    {
        string name = tier.ToString().ToLowerInvariant();
        return $"<span class=\"tier tier-{name}\">{name}</span>";
    }
}
