using GovSim.Models.Engine;
using GovSim.Models.Spec;

namespace GovSim.Reports.Figures;

/// <summary>
/// Where staff are busy and where cases wait: utilisation and mean queue per unit, per tier and
/// per unit type, structures side by side with 95% confidence intervals. A busy tier matters
/// most where cases queue, hence the two metrics side by side in files of the same layout.
/// </summary>
internal static class UtilisationFigure
{
    /// <summary>Writes utilisation, queue, utilisation-by-unit and queue-by-unit; returns their PNG paths.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<StructureRun> runs, string folder, FigureStyle style)
    {
        var tiers = Enum.GetValues<Tier>()
            .Select(GovernanceResultCollector.TierName)
            .Select(t => (t, style.Name(t)))
            .ToList();
        var units = UnitTypes(runs).Select(u => (u, u)).ToList();
        string utilisation = style.Text(FigureText.Utilisation);
        string queue = style.Text(FigureText.QueuePerUnit);
        string tier = style.Text(FigureText.Tier);
        string unitType = style.Text(FigureText.UnitType);
        return
        [
            GroupedBars.Write(runs, new(GovernanceMetrics.TierScope, GovernanceMetrics.Utilisation, tiers,
                style.Text(FigureText.UtilisationByTierTitle), tier, utilisation, Horizontal: false), folder, "utilisation", style),
            GroupedBars.Write(runs, new(GovernanceMetrics.TierScope, GovernanceMetrics.QueuePerUnit, tiers,
                style.Text(FigureText.QueueByTierTitle), tier, queue, Horizontal: false), folder, "queue", style),
            // Unit types lie horizontally: their names are long and there may be ten or more.
            GroupedBars.Write(runs, new(GovernanceMetrics.UnitScope, GovernanceMetrics.Utilisation, units,
                style.Text(FigureText.UtilisationByUnitTitle), unitType, utilisation, Horizontal: true), folder, "utilisation-by-unit", style),
            GroupedBars.Write(runs, new(GovernanceMetrics.UnitScope, GovernanceMetrics.QueuePerUnit, units,
                style.Text(FigureText.QueueByUnitTitle), unitType, queue, Horizontal: true), folder, "queue-by-unit", style),
        ];
    }

    /// <summary>
    /// The unit types of every structure, each once, from the city down (tier order), and within a
    /// tier in the order the structures declare them: structures differ in their unit types.
    /// </summary>
    internal static IReadOnlyList<string> UnitTypes(IReadOnlyList<StructureRun> runs) =>
        runs.SelectMany(r => r.Spec.Units)
            .Select((u, order) => (u.Name, u.Tier, Order: order))
            .GroupBy(u => u.Name)
            .Select(g => g.First())
            .OrderBy(u => u.Tier)
            .ThenBy(u => u.Order)
            .Select(u => u.Name)
            .ToList();
}
