using GovSim.Distributions;
using GovSim.Models.Spec;

namespace GovSim.Models.Ablation;

/// <summary>
/// The mechanisms of a structure that can be switched off without changing the cases that arrive
/// (so that the ablated run stays paired with the original on common random numbers). Only
/// mechanisms the structure actually uses are listed.
/// </summary>
public static class Ablations
{
    public static IReadOnlyList<Ablation> For(GovernanceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var list = new List<Ablation>();
        var m = spec.Mechanisms;

        if (m.HopDelay.Mean > 0)
            list.Add(new("M3 transfer delay per hop", "hop delay set to 0",
                spec with { Mechanisms = m with { HopDelay = new DeterministicDistribution(0) } }));

        if (spec.Units.Any(u => u.BuckPassing > 0))
            list.Add(new("M4 buck-passing", "every unit's buck-passing probability set to 0",
                spec with { Units = spec.Units.Select(u => u with { BuckPassing = 0 }).ToList() }));

        if (m.ResponsibilityLists)
            list.Add(new("M4 responsibility lists", "responsibility lists and street ratings switched off",
                spec with { Mechanisms = m with { ResponsibilityLists = false } }));

        if (spec.Units.Any(u => u.Coordination is { } c && c.Delay.Mean > 0) && spec.Categories.Any(c => c.ComprehensiveShare > 0))
            list.Add(new("M5 coordination delay", "departments asked in the ordinary way receive the work at once",
                spec with
                {
                    Units = spec.Units.Select(u => u.Coordination is { } c
                        ? u with { Coordination = c with { Delay = new DeterministicDistribution(0) } }
                        : u).ToList(),
                }));

        if (m.Whistle.Enabled && spec.Units.Any(u => u.Coordination is { Whistle: true }) && spec.Categories.Any(c => c.ComprehensiveShare > 0))
            list.Add(new("M6 whistle-and-report", "coordinators ask departments in the ordinary way (their delay and work mode)",
                spec with { Mechanisms = m with { Whistle = m.Whistle with { Enabled = false } } }));

        if (spec.Units.Any(u => u.Dispatch == DispatchRule.Responsible))
            list.Add(new("M7 direct dispatch", "every unit forwards step by step (dispatch: first)",
                spec with { Units = spec.Units.Select(u => u with { Dispatch = DispatchRule.First }).ToList() }));

        if (m.Satisfaction.Reopen)
            list.Add(new("M7 reopening by unsatisfied residents", "reopening switched off",
                spec with { Mechanisms = m with { Satisfaction = m.Satisfaction with { Reopen = false } } }));

        if (spec.Units.Any(u => u.Discipline != "fifo"))
            list.Add(new("M10 queue disciplines", "every unit serves first come, first served",
                spec with { Units = spec.Units.Select(u => u with { Discipline = "fifo" }).ToList() }));

        if (spec.Units.Any(u => u.Schedule is not null))
            list.Add(new("M9 work calendars", "every unit fully staffed around the clock",
                spec with { Units = spec.Units.Select(u => u with { Schedule = null }).ToList() }));

        // A derived structure whose rules would let cases circle (possible when direct dispatch
        // is replaced by step-by-step forwarding) is not a structure anyone could run: leave it out.
        return list.Where(a => new Engine.RoutingTable(a.Spec).FindProblem(a.Spec) is null).ToList();
    }
}
