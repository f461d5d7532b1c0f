using GovSim.Distributions;
using GovSim.Models.Engine;
using GovSim.Models.Spec;
using GovSim.Networks;
using GovSim.Statistics;
using static GovSim.Models.Engine.GovernanceMetrics;
using static GovSim.Tests.Models.GovernanceSpecs;

namespace GovSim.Tests.Models;

/// <summary>
/// Comprehensive cases (M5: fork-join, one after another, joint seize) and whistle-and-report (M6):
/// tied to the theory of the maximum of exponentials where no one waits, and, where departments
/// are busy, moving resolution the way a reader expects, on paired common random numbers.
/// </summary>
public class ComprehensiveCaseTests
{
    private const string Street = "street.office";
    private const string Departments = "street.departments";

    private static CategorySpec Joint(int k, double share = 1, Distribution? departmentWork = null) =>
        new("joint", 1, share, k) { DepartmentWork = departmentWork };

    /// <summary>
    /// A street office that only coordinates (no work of its own) and k departments with ample
    /// staff, so no task waits: a comprehensive case takes exactly its department work.
    /// </summary>
    private static GovernanceSpec NoWaiting(int k, DepartmentWork work, bool whistle = false)
    {
        var coordinator = Unit(Street, Tier.Street, 1, ["joint"], 1,
            serviceByCategory: new Dictionary<string, Distribution> { ["joint"] = new DeterministicDistribution(0) })
            with { Coordination = new CoordinationSpec(Departments, work, new DeterministicDistribution(0), whistle) };
        var departments = Unit(Departments, Tier.Street, 40, [], 1) with { UnitsPerNode = k };
        return Build([coordinator, departments], Street, 0.25, length: 2_000, warmup: 100, replications: 10)
            with { Categories = [Joint(k, departmentWork: ExponentialDistribution.WithMean(1))] };
    }

    private static ConfidenceInterval Interval99(RunSummary run, string scope, string entity, string metric) =>
        ConfidenceInterval.FromSample(run.Replications.Select(r => r.Metrics.Single(m => m.Key == new MetricKey(scope, entity, metric)).Value).ToArray(), 0.99);

    [Theory]
    [InlineData(2, DepartmentWork.Parallel, 1.5)]              // E[max of 2 Exp(1)] = 1 + 1/2
    [InlineData(3, DepartmentWork.Parallel, 1 + 0.5 + 1 / 3.0)] // harmonic number H3
    [InlineData(3, DepartmentWork.Sequential, 3.0)]            // sum of 3 Exp(1)
    [InlineData(3, DepartmentWork.Joint, 1 + 0.5 + 1 / 3.0)]   // all present at once, together for the longest
    public void Without_waiting_a_comprehensive_case_takes_the_fork_join_time_of_its_departments(int k, DepartmentWork work, double theory)
    {
        var run = GovernanceRunner.Run(NoWaiting(k, work));
        var w = Interval99(run, ComplexityScope, ComprehensiveCases, ResolutionMean);
        Assert.True(w.Contains(theory), $"{work} k={k}: mean resolution {w}, theory {theory}");
        Assert.True(w.HalfWidth < 0.03 * theory, $"interval too wide to mean anything: {w}");
        Assert.Equal(1.0, run[Overall, All, ComprehensiveShare].Interval.Mean);
    }

    [Fact]
    public void A_whistle_with_ample_staff_reports_at_once_and_works_jointly()
    {
        var run = GovernanceRunner.Run(NoWaiting(3, DepartmentWork.Parallel, whistle: true));
        var w = Interval99(run, ComplexityScope, ComprehensiveCases, ResolutionMean);
        Assert.True(w.Contains(1 + 0.5 + 1 / 3.0), $"mean resolution {w}");
        Assert.Equal(0.0, run[Overall, All, ReportMean].Interval.Mean);
        Assert.Equal(1.0, run[Overall, All, ReportOnTimeRate].Interval.Mean);
    }

    /// <summary>
    /// The street must coordinate comprehensive cases with two busy district departments that also
    /// take single-department cases. Asked in the ordinary way, the departments get the work after
    /// a coordination delay and queue it with their other work; with a whistle they are summoned at
    /// once and must report ahead of their queue.
    /// </summary>
    private static GovernanceSpec BusyDepartments(bool whistle, double delay = 8, bool mechanismOn = true, DepartmentWork work = DepartmentWork.Parallel)
    {
        var coordinator = Unit(Street, Tier.Street, 2, ["joint", "plain"], 1, forwardTo: ["district.departments"])
            with
            {
                Coordination = new CoordinationSpec("district.departments", work,
                    delay > 0 ? ExponentialDistribution.WithMean(delay) : new DeterministicDistribution(0), whistle),
            };
        // Only "plain" belongs to the district; the street hands it over.
        coordinator = coordinator with { Authority = new HashSet<string> { "joint" } };
        var departments = Unit("district.departments", Tier.District, 3, ["plain"], 1.5) with { UnitsPerNode = 2 };
        // Per district: 6 communities × 0.25/h = 1.5/h; 30% joint (k = 2, 1 h per department), 70% plain (1.5 h).
        // Each department unit: 0.45/h joint tasks × 1 h + plain cases of its category: ρ ≈ 0.5–0.7.
        var spec = Build([coordinator, departments], Street, 0.25, length: 3_000, warmup: 300, replications: 10)
            with
            {
                Categories = [Joint(2, 1, ExponentialDistribution.WithMean(1)) with { Share = 0.3 }, new CategorySpec("plain", 0.7, 0, 2)],
            };
        return spec with { Mechanisms = spec.Mechanisms with { Whistle = WhistleSpec.Default with { Enabled = mechanismOn } } };
    }

    private static MetricComparison Compare(GovernanceSpec a, GovernanceSpec b, string scope, string entity, string metric) =>
        RunComparison.Compare(GovernanceRunner.Run(a), GovernanceRunner.Run(b))[scope, entity, metric];

    [Fact]
    public void M6_whistle_and_report_shortens_comprehensive_cases()
    {
        var m = Compare(BusyDepartments(whistle: false), BusyDepartments(whistle: true), ComplexityScope, ComprehensiveCases, ResolutionMean);
        Assert.True(m.Difference.Upper < 0, $"{m.Key}: letters {m.A}, whistle {m.B}, difference {m.Difference}");
    }

    [Fact]
    public void M6_switched_off_the_coordinator_asks_in_the_ordinary_way()
    {
        var on = GovernanceRunner.Run(BusyDepartments(whistle: true));
        var off = GovernanceRunner.Run(BusyDepartments(whistle: true, mechanismOn: false));
        var ordinary = GovernanceRunner.Run(BusyDepartments(whistle: false));
        Assert.True(on.TryGet(new MetricKey(Overall, All, ReportOnTimeRate), out _));
        Assert.False(off.TryGet(new MetricKey(Overall, All, ReportOnTimeRate), out _));
        // With the mechanism off, the unit that may whistle behaves exactly like one that may not.
        Assert.Equal(
            ordinary.Replications.SelectMany(r => r.Metrics.Select(x => x.Value)),
            off.Replications.SelectMany(r => r.Metrics.Select(x => x.Value)));
    }

    [Fact]
    public void M5_a_longer_coordination_delay_lengthens_comprehensive_cases_only_by_itself()
    {
        var m = Compare(BusyDepartments(false, delay: 2), BusyDepartments(false, delay: 12), ComplexityScope, ComprehensiveCases, ResolutionMean);
        Assert.True(m.Difference.Lower > 0, $"{m.Key}: {m.Difference}");
        // The delay holds no staff: the difference is about the 10 h of extra delay, not more.
        Assert.True(m.Difference.Contains(10) || Math.Abs(m.Difference.Mean - 10) < 1, $"{m.Key}: {m.Difference}");
    }

    [Fact]
    public void M5_departments_one_after_another_take_longer_than_in_parallel()
    {
        var m = Compare(BusyDepartments(false, work: DepartmentWork.Parallel), BusyDepartments(false, work: DepartmentWork.Sequential),
            ComplexityScope, ComprehensiveCases, ResolutionMean);
        Assert.True(m.Difference.Lower > 0, $"{m.Key}: {m.Difference}");
    }

    [Fact]
    public void Joint_work_under_heavy_load_loses_no_case_and_does_not_deadlock()
    {
        // k = 3 departments of one staff each, busy with their own cases as well: every joint case
        // needs all three at once. A deadlock would leave cases open for ever; the run must instead
        // close all but the cases of the last days, and account for every one.
        var coordinator = Unit(Street, Tier.Street, 2, ["joint"], 0.2, forwardTo: ["district.departments"])
            with { Coordination = new CoordinationSpec("district.departments", DepartmentWork.Joint, new DeterministicDistribution(0), Whistle: true) };
        var departments = Unit("district.departments", Tier.District, 1, ["plain"], 1) with { UnitsPerNode = 3 };
        // Urgency classes with very different report deadlines: a lane ordered by them would let a
        // later summons overtake an earlier one at some departments and deadlock (it did, once).
        var spec = Build([coordinator, departments], Street, 0.06, length: 5_000, warmup: 0, replications: 4)
            with
            {
                Categories = [Joint(3, 1, ExponentialDistribution.WithMean(0.5)) with { Share = 0.5 }, new CategorySpec("plain", 0.5, 0, 2)],
                Urgencies = [new UrgencySpec("routine", 0.8, 48, 1) { ReportDeadline = 24 }, new UrgencySpec("urgent", 0.2, 8, 0) { ReportDeadline = 0.5 }],
            };
        foreach (int replication in new[] { 0, 1, 2, 3 })
        {
            var model = new GovernanceModel(spec, replication);
            model.Run();
            Assert.Equal(model.TotalArrivals, model.TotalClosed + model.OpenCases);
            Assert.True(model.OpenCases < 60, $"replication {replication}: {model.OpenCases} cases still open of {model.TotalArrivals}");
            // The kernel's customers are the open cases plus the tasks of cases in department work.
            Assert.True(model.Customers.Present >= model.OpenCases);
        }
    }
}
