using GovSim.Models.Spec;

namespace GovSim.Models.Engine;

/// <summary>
/// The offered load of every unit before anything runs: each source's cases follow the path rules
/// to the unit that resolves them, and every unit on the way gets their arrival rate times its
/// mean time (handling, or resolving), and the departments of a comprehensive case their work.
/// Bounces, reopenings and staff waiting for each other in joint work add to this, so it is a lower bound;
/// a unit at ρ ≥ 1 is named in a warning, since its queue then grows for as long as the run lasts.
/// </summary>
public static class GovernanceLoadAnalysis
{
    public static IReadOnlyList<UnitLoad> Analyse(GovernanceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var routing = new RoutingTable(spec);
        int unitTypes = spec.Units.Count;
        // Work offered to each unit of each unit type, in staff-hours per hour, summed over its
        // nodes: unit j of a type takes the categories c with c mod units = j.
        var work = spec.Units.Select(u => new double[u.UnitsPerNode]).ToArray();
        void Offer(int unit, int category, double staffHours) => work[unit][category % spec.Units[unit].UnitsPerNode] += staffHours;

        double categoryTotal = spec.Categories.Sum(c => c.Share);
        foreach (var source in spec.Sources)
        {
            double rate = source.RatePerCommunity * spec.Jurisdiction.NodeCount(Tier.Community);
            double sourceTotal = source.CategoryShares?.Values.Sum() ?? categoryTotal;
            for (int c = 0; c < spec.Categories.Count; c++)
            {
                var category = spec.Categories[c];
                double share = source.CategoryShares is null ? category.Share : source.CategoryShares.GetValueOrDefault(category.Name);
                double lambda = rate * share / sourceTotal;
                double urgencyTotal = spec.Urgencies.Sum(x => x.Share);
                for (int urgency = 0; urgency < spec.Urgencies.Count; urgency++)
                foreach (bool comprehensive in new[] { false, true })
                {
                    double flow = lambda * spec.Urgencies[urgency].Share / urgencyTotal
                        * (comprehensive ? category.ComprehensiveShare : 1 - category.ComprehensiveShare);
                    if (flow <= 0) continue;
                    int unit = spec.UnitIndex(source.EntryUnit);
                    for (int step = 0; unit >= 0 && step <= unitTypes; step++)
                    {
                        var u = spec.Units[unit];
                        bool resolves = routing.Resolves(unit, c, comprehensive, urgency);
                        Offer(unit, c, flow * (resolves ? u.ServiceFor(category.Name).Mean : u.Handling.Mean));
                        if (resolves)
                        {
                            // Each of the k departments adds its work (its mean: joint work, which
                            // lasts the longest of k, and staff waiting on site for each other add more).
                            if (comprehensive && u.Coordination is { } coordination)
                            {
                                int departments = spec.UnitIndex(coordination.Departments);
                                double mean = GovernanceModel.DepartmentWorkTime(category, spec.Units[departments]).Mean;
                                for (int i = 0; i < category.Departments; i++) Offer(departments, c + i, flow * mean);
                            }
                            break;
                        }
                        unit = routing.Next(unit, c, comprehensive, urgency);
                    }
                }
            }
        }
        var jurisdiction = spec.Jurisdiction;
        double communities = jurisdiction.NodeCount(Tier.Community);
        var loads = new List<UnitLoad>();
        for (int t = 0; t < unitTypes; t++)
        {
            var u = spec.Units[t];
            // The busiest unit of the type sets the figure. Cases arise at the same rate in every
            // community, so a node's units get its share of communities of the type's work; a
            // schedule puts its average on duty at every unit alike (equal staffing).
            var staffOfUnits = StaffAllocation.StaffOfUnits(u, jurisdiction);
            double busiestWork = 0, busiestUtilisation = 0;
            for (int node = 0; node < jurisdiction.NodeCount(u.Tier); node++)
            {
                double share = jurisdiction.CommunitiesUnder(u.Tier, node) / communities;
                for (int j = 0; j < u.UnitsPerNode; j++)
                {
                    double offered = work[t][j] * share;
                    double staff = u.Schedule?.AverageServers ?? staffOfUnits[node * u.UnitsPerNode + j];
                    double utilisation = staff > 0 ? offered / staff : double.PositiveInfinity;
                    if (utilisation > busiestUtilisation || (utilisation == busiestUtilisation && offered > busiestWork))
                        (busiestWork, busiestUtilisation) = (offered, utilisation);
                }
            }
            loads.Add(new UnitLoad(u.Name, busiestWork, busiestUtilisation));
        }
        return loads;
    }

    public static IReadOnlyList<string> OverloadWarnings(GovernanceSpec spec) =>
        Analyse(spec)
            .Where(l => l.Utilisation >= 1)
            .Select(l => FormattableString.Invariant(
                $"unit '{l.Unit}' is overloaded (offered load ρ = {l.Utilisation:0.###} ≥ 1 for its busiest unit): its queue grows without bound, so its figures are transient, not steady state"))
            .ToList();
}

/// <summary>Offered work (staff-hours per hour) and utilisation of the busiest unit of a unit type.</summary>
public sealed record UnitLoad(string Unit, double OfferedWork, double Utilisation);
