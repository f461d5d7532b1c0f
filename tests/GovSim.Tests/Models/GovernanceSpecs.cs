using GovSim.Distributions;
using GovSim.Models.Spec;
using GovSim.Networks;

namespace GovSim.Tests.Models;

/// <summary>Small governance scenarios built in code, for mechanism tests.</summary>
internal static class GovernanceSpecs
{
    public static readonly JurisdictionSpec Small = new(2, 2, 3);

    public static UnitTypeSpec Unit(
        string name, Tier tier, int staff, string[] authority, double meanService,
        string[]? forwardTo = null, DispatchRule dispatch = DispatchRule.First, double buckPassing = 0,
        string discipline = "fifo", double handling = 0.05, IReadOnlyDictionary<string, Distribution>? serviceByCategory = null) =>
        new(name, tier, 1, staff, discipline, authority.ToHashSet(),
            serviceByCategory ?? new Dictionary<string, Distribution>(),
            ExponentialDistribution.WithMean(meanService),
            handling > 0 ? ExponentialDistribution.WithMean(handling) : new DeterministicDistribution(0),
            forwardTo ?? [], dispatch, buckPassing, 1.0);

    public static MechanismSpec Mechanisms(double hopDelay = 0, bool lists = false, bool reopen = false) =>
        new(hopDelay > 0 ? ExponentialDistribution.WithMean(hopDelay) : new DeterministicDistribution(0),
            lists, 0.5, new SatisfactionSpec(2.0, 1.5, 0.5, 0.1, reopen, 0.3));

    public static GovernanceSpec Build(
        IReadOnlyList<UnitTypeSpec> units, string entry, double ratePerCommunity, MechanismSpec? mechanisms = null,
        string[]? categories = null, double length = 2_000, double warmup = 200, int replications = 8, ulong seed = 5,
        JurisdictionSpec? jurisdiction = null) =>
        new("test", new RunSpec(length, warmup, replications, seed), jurisdiction ?? Small,
            (categories ?? ["simple"]).Select(c => new CategorySpec(c, 1, 0, 2)).ToList(),
            [new UrgencySpec("routine", 0.8, 48, 1), new UrgencySpec("urgent", 0.2, 8, 0)],
            [new SourceSpec("hotline", ratePerCommunity, entry, null)],
            units, mechanisms ?? Mechanisms());
}
