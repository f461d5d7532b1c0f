using GovSim.Kernel;
using GovSim.Distributions;
using GovSim.Models.Engine;
using GovSim.Models.Spec;
using GovSim.Networks;
using static GovSim.Models.Engine.GovernanceMetrics;
using static GovSim.Tests.Models.GovernanceSpecs;

namespace GovSim.Tests.Models;

/// <summary>
/// Each mechanism, switched on a small scenario where the direction of its effect is known, moves
/// the figures that way. Every comparison is paired on common random numbers, and the direction is
/// asserted on the 95% CI of the paired difference, so a mere chance difference does not pass.
/// </summary>
public class MechanismTests
{
    private static MetricComparison Compare(GovernanceSpec a, GovernanceSpec b, string scope, string entity, string metric) =>
        RunComparison.Compare(GovernanceRunner.Run(a), GovernanceRunner.Run(b))[scope, entity, metric];

    private static void AssertIncreases(MetricComparison m) =>
        Assert.True(m.Difference.Lower > 0, $"{m.Key}: A {m.A}, B {m.B}, B − A {m.Difference}");

    private static void AssertDecreases(MetricComparison m) =>
        Assert.True(m.Difference.Upper < 0, $"{m.Key}: A {m.A}, B {m.B}, B − A {m.Difference}");

    // The hotline passes cases on; the street resolves them. Step by step (via the district
    // centre) or directly (接诉即办): same units, same staff, one hop fewer.
    private static GovernanceSpec Hotline(DispatchRule dispatch, double hopDelay = 2) => Build(
        [
            Unit("city.hotline", Tier.City, 4, [], 1, forwardTo: ["district.centre", "street.office"], dispatch: dispatch, handling: 0.1),
            Unit("district.centre", Tier.District, 2, [], 1, forwardTo: ["street.office"], handling: 0.3),
            Unit("street.office", Tier.Street, 2, ["simple"], 2),
        ],
        "city.hotline", 0.25, Mechanisms(hopDelay: hopDelay));

    [Fact]
    public void M7_direct_dispatch_removes_a_hop_and_shortens_resolution()
    {
        var stepwise = Hotline(DispatchRule.First);
        var direct = Hotline(DispatchRule.Responsible);
        AssertDecreases(Compare(stepwise, direct, Overall, All, Hops));
        AssertDecreases(Compare(stepwise, direct, Overall, All, ResolutionMean));
    }

    [Fact]
    public void M3_a_longer_transfer_delay_per_hop_lengthens_resolution()
    {
        AssertIncreases(Compare(Hotline(DispatchRule.First, 1), Hotline(DispatchRule.First, 6), Overall, All, ResolutionMean));
    }

    private static GovernanceSpec BuckPassing(double p, bool lists = false) => Build(
        [
            Unit("district.centre", Tier.District, 3, [], 1, forwardTo: ["street.office"], handling: 0.2),
            Unit("street.office", Tier.Street, 2, ["simple"], 2, buckPassing: p),
        ],
        "district.centre", 0.25, Mechanisms(hopDelay: 1, lists: lists));

    [Fact]
    public void M4_buck_passing_raises_bounces_and_resolution_time()
    {
        AssertIncreases(Compare(BuckPassing(0), BuckPassing(0.3), Overall, All, Bounces));
        AssertIncreases(Compare(BuckPassing(0), BuckPassing(0.3), Overall, All, ResolutionMean));
    }

    [Fact]
    public void M4_responsibility_lists_lower_buck_passing()
    {
        AssertDecreases(Compare(BuckPassing(0.3), BuckPassing(0.3, lists: true), Overall, All, Bounces));
    }

    private static GovernanceSpec ScoreChasing(string discipline) => Build(
        [
            Unit("street.office", Tier.Street, 2, ["easy", "hard"], 1, discipline: discipline,
                serviceByCategory: new Dictionary<string, Distribution>
                {
                    ["easy"] = ExponentialDistribution.WithMean(0.5),
                    ["hard"] = ExponentialDistribution.WithMean(3.0),
                }),
        ],
        // 3 communities per street × 0.32/h = 0.96/h per street, half easy half hard:
        // work 0.96 × 1.75 = 1.68 h/h on 2 staff, ρ = 0.84.
        "street.office", 0.32, categories: ["easy", "hard"], length: 20_000, warmup: 500);

    [Fact]
    public void M10_easy_cases_first_makes_the_hard_cases_wait_longer()
    {
        var fifo = ScoreChasing("fifo");
        var easyFirst = ScoreChasing("easy-first");
        // Serving small jobs first shortens most waits, hard cases' median included; the price is
        // paid by the longest jobs, which wait behind every easier case that keeps arriving: the tail.
        AssertIncreases(Compare(fifo, easyFirst, CategoryScope, "hard", ResolutionP99));
        AssertDecreases(Compare(fifo, easyFirst, CategoryScope, "easy", ResolutionMean));
    }

    [Fact]
    public void M7_reopening_lowers_the_resolution_rate_and_lengthens_resolution()
    {
        var once = Hotline(DispatchRule.Responsible);
        var reopened = once with { Mechanisms = once.Mechanisms with { Satisfaction = once.Mechanisms.Satisfaction with { Reopen = true, Base = 0.5 } } };
        var run = GovernanceRunner.Run(reopened);
        Assert.True(run[Overall, All, Reopenings].Interval.Lower > 0);
        AssertDecreases(Compare(once, reopened, Overall, All, ResolutionRate));
        AssertIncreases(Compare(once, reopened, Overall, All, ResolutionMean));
    }

    // The street forwards what it may not resolve to the district; moving authority down (M2)
    // lets it resolve "permits" itself. Same staff in both.
    private static GovernanceSpec Authority(bool streetResolvesPermits) => Build(
        [
            Unit("street.office", Tier.Street, 2, streetResolvesPermits ? ["simple", "permits"] : ["simple"], 1.5,
                forwardTo: ["district.office"], handling: 0.2),
            Unit("district.office", Tier.District, 2, ["simple", "permits"], 1.5),
        ],
        "street.office", 0.2, Mechanisms(hopDelay: 3), categories: ["simple", "permits"]);

    [Fact]
    public void M2_moving_authority_down_to_the_street_shortens_resolution()
    {
        AssertDecreases(Compare(Authority(false), Authority(true), Overall, All, ResolutionMean));
        AssertIncreases(Compare(Authority(false), Authority(true), ResolvingTierScope, "street", Share));
    }

    // Grid members find problems in the community; with authority for small matters they close
    // them on the spot (M8) instead of passing them to the street.
    private static GovernanceSpec Grid(bool communityClosesSmallMatters) => Build(
        [
            Unit("community.grid", Tier.Community, 1, communityClosesSmallMatters ? ["small"] : [], 0.5,
                forwardTo: ["street.office"], handling: 0.2),
            Unit("street.office", Tier.Street, 3, ["small", "large"], 1.5),
        ],
        "community.grid", 0.15, Mechanisms(hopDelay: 2), categories: ["small", "large"]);

    [Fact]
    public void M8_local_closure_in_the_community_saves_hops_and_time()
    {
        AssertDecreases(Compare(Grid(false), Grid(true), Overall, All, Hops));
        AssertDecreases(Compare(Grid(false), Grid(true), CategoryScope, "small", ResolutionMean));
    }

    // The street office keeps office hours (weekdays 9–17); with a duty team on call around the
    // clock for urgent cases only (M9), the hotline sends those to the team, the rest to the office.
    private static GovernanceSpec OfficeHours(bool dutyTeam)
    {
        var weekdays = new[] { DayOfWeekIndex.Monday, DayOfWeekIndex.Tuesday, DayOfWeekIndex.Wednesday, DayOfWeekIndex.Thursday, DayOfWeekIndex.Friday };
        var office = Unit("street.office", Tier.Street, 4, ["simple"], 1) with
        {
            Schedule = new WeeklySchedule(0, [new WeeklySchedule.Shift(weekdays, 9, 17, 4)]),
        };
        var duty = Unit("street.duty", Tier.Street, 1, ["simple"], 1) with { Urgencies = new HashSet<string> { "urgent" } };
        var hotline = Unit("city.hotline", Tier.City, 4, [], 1, handling: 0.1,
            forwardTo: dutyTeam ? ["street.duty", "street.office"] : ["street.office"], dispatch: DispatchRule.Responsible);
        return Build(dutyTeam ? [hotline, duty, office] : [hotline, office], "city.hotline", 0.05, length: 4_000, warmup: 336);
    }

    [Fact]
    public void M9_a_round_the_clock_duty_team_for_urgent_cases_shortens_them_when_offices_keep_office_hours()
    {
        AssertDecreases(Compare(OfficeHours(false), OfficeHours(true), UrgencyScope, "urgent", ResolutionMean));
        // Routine cases still wait for the office: the duty team takes urgent ones only.
        var withTeam = GovernanceRunner.Run(OfficeHours(true));
        Assert.True(withTeam[UrgencyScope, "routine", ResolutionMean].Interval.Lower > 8,
            $"routine cases should wait for office hours: {withTeam[UrgencyScope, "routine", ResolutionMean].Interval}");
        Assert.True(withTeam[UrgencyScope, "urgent", ResolutionMean].Interval.Upper < 3,
            $"urgent cases should be taken up around the clock: {withTeam[UrgencyScope, "urgent", ResolutionMean].Interval}");
    }

    [Fact]
    public void M12_staff_and_cost_are_counted_per_tier()
    {
        var spec = Hotline(DispatchRule.First);
        var run = GovernanceRunner.Run(spec);
        // 1 city × 4 + 2 districts × 2 + 4 streets × 2.
        Assert.Equal(4, run[TierScope, "city", Staff].Interval.Mean);
        Assert.Equal(4, run[TierScope, "district", Staff].Interval.Mean);
        Assert.Equal(8, run[TierScope, "street", Staff].Interval.Mean);
        Assert.Equal(16, run[Overall, All, Staff].Interval.Mean);
        Assert.Equal(spec.TotalStaff, run[Overall, All, Staff].Interval.Mean);
    }

    [Fact]
    public void Structures_sharing_sources_see_the_same_cases()
    {
        var a = GovernanceRunner.Run(Hotline(DispatchRule.First));
        var b = GovernanceRunner.Run(Hotline(DispatchRule.Responsible));
        Assert.Equal(a.Replications.Select(r => r.TotalArrivals), b.Replications.Select(r => r.TotalArrivals));
    }
}
