using GovSim.Models.Engine;
using GovSim.Models.Scenarios;
using GovSim.Models.Spec;
using static GovSim.Tests.Models.GovernanceSpecs;

namespace GovSim.Tests.Models;

/// <summary>Time-of-day profiles move arrivals between hours without changing the mean rate.</summary>
public class ArrivalProfileTests
{
    private sealed class ArrivalHours : ICaseObserver
    {
        public readonly long[] PerHour = new long[24];
        public void OnClosed(in CaseOutcome outcome) => PerHour[(int)(outcome.Arrival % 24)]++;
    }

    // Office hours 8–18 h, with a double-weight peak at 9–11 h, every day.
    private static readonly double[] OfficeHours =
        Enumerable.Range(0, 24).Select(h => h is >= 9 and < 11 ? 2.0 : h is >= 8 and < 18 ? 1.0 : 0.0).ToArray();

    private static GovernanceSpec Spec(bool profiled)
    {
        var spec = Build([Unit("city.office", Tier.City, 30, ["simple"], 0.5)], "city.office", 0.1, length: 5_000, warmup: 100, replications: 1);
        var source = spec.Sources[0] with { Profile = profiled ? new ArrivalProfile(OfficeHours, ArrivalProfile.FlatDaily) : null };
        return spec with { Sources = [source] };
    }

    [Fact]
    public void Arrivals_follow_the_hourly_weights_and_keep_the_mean_rate()
    {
        var hours = new ArrivalHours();
        var result = GovernanceRunner.RunReplication(Spec(profiled: true), 0, hours);
        long total = hours.PerHour.Sum();
        for (int h = 0; h < 24; h++)
            if (OfficeHours[h] == 0) Assert.Equal(0, hours.PerHour[h]);
        // 2 of the 12 weight units fall at each peak hour: a share of 1/6, within 4 binomial standard errors.
        double share = (double)hours.PerHour[9] / total;
        double se = Math.Sqrt(1.0 / 6 * 5 / 6 / total);
        Assert.True(Math.Abs(share - 1.0 / 6) < 4 * se, $"share at 9 h {share}, expected 1/6 ± {4 * se}");
        // 12 communities × 0.1/h × 5,000 h = 6,000 expected arrivals (Poisson: sd ≈ 77).
        Assert.InRange(result.TotalArrivals, 6_000 - 4 * 78, 6_000 + 4 * 78);
    }

    [Fact]
    public void Without_a_profile_arrivals_come_at_every_hour()
    {
        var hours = new ArrivalHours();
        GovernanceRunner.RunReplication(Spec(profiled: false), 0, hours);
        Assert.All(hours.PerHour, n => Assert.True(n > 100));
    }

    [Fact]
    public void The_reader_takes_a_profile_and_rejects_a_wrong_number_of_weights()
    {
        string Yaml(string hourly) => $$"""
            kind: governance
            run: { length: 100 }
            jurisdiction: { districts: 1, streets_per_district: 1, communities_per_street: 1 }
            categories: { simple: { share: 1 } }
            urgency: { routine: { share: 1, deadline: 24 } }
            sources:
              hotline:
                rate_per_community: 1
                entry: office
                profile: { hourly: [{{hourly}}], daily: [1, 1, 1, 1, 1, 0.5, 0.5] }
            units:
              office: { tier: city, staff: 1, authority: [all], service: { type: exponential, mean: 0.5 } }
            """;
        var spec = GovernanceScenarioReader.ReadText(Yaml(string.Join(", ", OfficeHours)), "p.yaml");
        var profile = spec.Sources[0].Profile!;
        Assert.Equal(2.0 * 24 / 12, profile.Hourly[9], 12);
        Assert.Equal(0.5 * 7 / 6, profile.Daily[6], 12);
        var ex = Assert.Throws<GovSim.Scenarios.ScenarioException>(() => GovernanceScenarioReader.ReadText(Yaml("1, 2, 3"), "p.yaml"));
        Assert.Equal(10, ex.Line);
        Assert.Contains("hourly needs exactly 24 weights", ex.Message);
    }

    private static ArrivalProfile Profile(IReadOnlyList<double>? monthly = null, params Surge[] surges) =>
        new(OfficeHours, [1, 1, 1, 1, 1, 0.5, 0.5], monthly, surges);

    [Fact]
    public void Inside_a_surge_the_multiplier_is_multiplied_by_its_factor_and_outside_it_is_not()
    {
        var plain = Profile();
        var surged = Profile(null, new Surge(200.5, 10, 3));
        // From Tuesday 8:30 to 18:30; the window includes its start and excludes its end.
        foreach (double t in new[] { 200.5, 201, 203.25, 205.99, 210.49 })
            Assert.Equal(3 * plain.Multiplier(t), surged.Multiplier(t), 12);
        Assert.True(surged.Multiplier(203) > plain.Multiplier(203));
        foreach (double t in new[] { 0, 200.49, 210.5, 211, 200.5 + 168, 5_000 })
            Assert.Equal(plain.Multiplier(t), surged.Multiplier(t), 12);
    }

    [Fact]
    public void Overlapping_surges_multiply_and_a_factor_of_zero_stops_arrivals()
    {
        var p = new ArrivalProfile(ArrivalProfile.FlatHourly, ArrivalProfile.FlatDaily, null,
            [new Surge(100, 50, 2), new Surge(120, 50, 1.5), new Surge(400, 10, 0)]);
        Assert.Equal(2, p.Multiplier(110), 12);
        Assert.Equal(3, p.Multiplier(130), 12);
        Assert.Equal(1.5, p.Multiplier(160), 12);
        Assert.Equal(0, p.Multiplier(405));
        Assert.Equal(1, p.Multiplier(410), 12);
    }

    [Fact]
    public void Monthly_weights_are_scaled_to_mean_one_and_each_covers_730_hours_every_year()
    {
        double[] weights = [.. Enumerable.Range(1, 12).Select(m => (double)m)];   // 78 in all
        var p = new ArrivalProfile(ArrivalProfile.FlatHourly, ArrivalProfile.FlatDaily, weights);
        Assert.True(p.IsSeasonal);
        Assert.Equal(1, p.Monthly.Average(), 12);
        for (int m = 0; m < 12; m++)
        {
            double expected = (m + 1) * 12.0 / 78;
            Assert.Equal(expected, p.Monthly[m], 12);
            foreach (double year in new[] { 0.0, 8_760, 5 * 8_760 })
            {
                Assert.Equal(expected, p.Multiplier(year + 730 * m), 12);             // the month's first instant
                Assert.Equal(expected, p.Multiplier(year + 730 * m + 365.25), 12);
                Assert.Equal(expected, p.Multiplier(year + 730 * (m + 1) - 1e-6), 12); // its last
            }
        }
        Assert.Equal(p.Monthly[0], p.Multiplier(8_760), 12);
        Assert.Equal(p.Monthly[11], p.Multiplier(8_760 - 0.5), 12);
    }

    [Fact]
    public void Without_monthly_weights_a_profile_is_not_seasonal_and_months_are_flat()
    {
        var p = Profile();
        Assert.False(p.IsSeasonal);
        Assert.All(p.Monthly, w => Assert.Equal(1, w));
        Assert.Empty(p.Surges);
        // The same hour of the week in another month.
        Assert.Equal(p.Multiplier(9.5), p.Multiplier(9.5 + 168 * 20), 12);
    }

    [Fact]
    public void Monthly_weights_multiply_the_hourly_and_daily_weights()
    {
        double[] seasons = [2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2];
        var weekly = Profile();
        var seasonal = Profile(seasons);
        // 9.5 h is Monday in January, 9.5 + 168 × 5 = 849.5 h is Monday in February, 168 × 28 + 9.5 = 4,713.5 h is Monday in July.
        Assert.Equal(weekly.Multiplier(9.5) * 2 * 12 / 16, seasonal.Multiplier(9.5), 12);
        Assert.Equal(weekly.Multiplier(849.5) * 2 * 12 / 16, seasonal.Multiplier(849.5), 12);
        Assert.Equal(weekly.Multiplier(168 * 28 + 9.5) * 12.0 / 16, seasonal.Multiplier(168 * 28 + 9.5), 12);
    }

    [Fact]
    public void Max_bounds_the_multiplier_at_every_time_and_is_reached_without_surges()
    {
        double[] seasons = [1, 1, 3, 1, 1, 1, 1, 0.5, 1, 1, 1, 1];
        var cases = new (ArrivalProfile Profile, bool Tight)[]
        {
            (Profile(), true),
            (Profile(seasons), true),
            (Profile(seasons, new Surge(1_470, 300, 4)), false),                                 // in March, the peak month
            (Profile(null, new Surge(30, 100, 2.5), new Surge(80, 100, 3), new Surge(500, 10, 0.2)), false),
            (new ArrivalProfile(ArrivalProfile.FlatHourly, ArrivalProfile.FlatDaily, seasons, [new Surge(0, 17_520, 0.5)]), false),
        };
        foreach (var (profile, tight) in cases)
        {
            double highest = 0;
            for (double t = 0; t < 2 * 8_760; t += 0.25)
            {
                double m = profile.Multiplier(t);
                Assert.True(m <= profile.Max * (1 + 1e-12), $"multiplier {m} at {t} h is above Max {profile.Max}");
                highest = Math.Max(highest, m);
            }
            if (tight) Assert.Equal(profile.Max, highest, 12);
            Assert.True(highest > 0);
        }
    }

    [Fact]
    public void Profiles_built_separately_with_the_same_weights_and_surges_are_the_same()
    {
        double[] seasons = [2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2];
        var a = Profile(seasons, new Surge(100, 24, 3), new Surge(900, 48, 0.5));
        var b = Profile([.. seasons], new Surge(100, 24, 3), new Surge(900, 48, 0.5));
        Assert.True(a.SameAs(b));
        Assert.True(b.SameAs(a));
        Assert.True(Profile().SameAs(Profile()));

        Assert.False(a.SameAs(null));
        Assert.False(a.SameAs(Profile(seasons, new Surge(100, 24, 3), new Surge(900, 48, 0.6))));   // factor
        Assert.False(a.SameAs(Profile(seasons, new Surge(100, 24, 3), new Surge(901, 48, 0.5))));   // start
        Assert.False(a.SameAs(Profile(seasons, new Surge(100, 24, 3))));                           // one fewer
        Assert.False(a.SameAs(Profile(seasons, new Surge(900, 48, 0.5), new Surge(100, 24, 3))));   // order
        Assert.False(a.SameAs(Profile(null, new Surge(100, 24, 3), new Surge(900, 48, 0.5))));     // no seasons
        Assert.False(Profile().SameAs(Profile(null, new Surge(100, 24, 3))));
    }

    private sealed class Arrivals : ICaseObserver
    {
        public readonly List<CaseOutcome> Closed = [];
        public void OnClosed(in CaseOutcome outcome) => Closed.Add(outcome);
        public int Between(string source, double from, double to) =>
            Closed.Count(c => c.Source == source && c.Arrival >= from && c.Arrival < to);
    }

    // 12 communities × 0.1/h = 1.2 cases/h from each source, to a city office far from busy.
    private static GovernanceSpec TwoSources(ArrivalProfile? hotline, ArrivalProfile? grid)
    {
        var spec = Build([Unit("city.office", Tier.City, 30, ["simple"], 0.5)], "city.office", 0.1, length: 3_000, warmup: 100, replications: 1);
        var first = spec.Sources[0] with { Profile = hotline };
        return spec with { Sources = [first, new SourceSpec("grid", 0.1, "city.office", null) { Profile = grid }] };
    }

    private static ArrivalProfile Surged(params Surge[] surges) =>
        new(ArrivalProfile.FlatHourly, ArrivalProfile.FlatDaily, null, surges);

    [Fact]
    public void During_a_surge_arrivals_come_at_its_factor_times_the_rate()
    {
        var arrivals = new Arrivals();
        var spec = TwoSources(Surged(new Surge(1_000, 200, 3), new Surge(2_000, 100, 0)), null);
        GovernanceRunner.RunReplication(spec, 0, arrivals);

        // 1.2/h × 3 × 200 h = 720 expected in the surge (Poisson: sd ≈ 27); 1.2/h × 200 h = 240 before and after.
        void Near(double expected, int observed, string when) =>
            Assert.True(Math.Abs(observed - expected) <= 4 * Math.Sqrt(expected), $"{observed} arrivals {when}, expected {expected} ± {4 * Math.Sqrt(expected):F0}");
        Near(720, arrivals.Between("hotline", 1_000, 1_200), "in the surge");
        Near(240, arrivals.Between("hotline", 800, 1_000), "before the surge");
        Near(240, arrivals.Between("hotline", 1_200, 1_400), "after the surge");
        Assert.Equal(0, arrivals.Between("hotline", 2_000, 2_100));       // factor 0
        Assert.True(arrivals.Between("hotline", 2_100, 2_200) > 0);
        // The grid source has no surge.
        Near(240, arrivals.Between("grid", 1_000, 1_200), "from the grid in the hotline's surge");
    }

    [Fact]
    public void A_surge_of_one_source_leaves_the_cases_of_another_source_unchanged()
    {
        static List<(double, int, string, string, string)> Cases(Arrivals arrivals, string source) =>
            arrivals.Closed.Where(c => c.Source == source && c.Arrival < 2_900)
                .Select(c => (c.Arrival, c.Community, c.Category, c.Urgency, c.Complexity)).OrderBy(c => c.Arrival).ToList();

        var calm = new Arrivals();
        var stormy = new Arrivals();
        GovernanceRunner.RunReplication(TwoSources(null, null), 0, calm);
        GovernanceRunner.RunReplication(TwoSources(null, Surged(new Surge(500, 300, 4))), 0, stormy);

        Assert.True(stormy.Between("grid", 500, 800) > calm.Between("grid", 500, 800) + 500);   // the surge did happen
        var before = Cases(calm, "hotline");
        Assert.True(before.Count > 3_000);
        Assert.Equal(before, Cases(stormy, "hotline"));
    }

    [Fact]
    public void Rejected_candidates_skipped_without_events_give_the_same_cases_as_candidates_run_as_events()
    {
        // Within the scenario's length a source skips rejected candidates in a loop; past it
        // (here: a 1,500 h scenario run on to 3,000 h) every candidate is an event again. Both ways
        // must read the stream alike, so the cases are the same to the bit as in a 3,000 h scenario.
        var profile = new ArrivalProfile(OfficeHours, ArrivalProfile.FlatDaily, null, [new Surge(2_000, 100, 0)]);
        var spec = TwoSources(profile, null);
        List<(long, double, int, string, double)> Cases(GovernanceSpec run, double until)
        {
            var arrivals = new Arrivals();
            var model = new GovernanceModel(run, replication: 0, arrivals);
            model.Simulation.RunUntil(until);
            return arrivals.Closed.Select(c => (c.Case, c.Arrival, c.Community, c.Category, c.Closed)).ToList();
        }

        var whole = Cases(spec, 3_000);
        var extended = Cases(spec with { Run = spec.Run with { Length = 1_500 } }, 3_000);
        Assert.True(whole.Count(c => c.Item2 > 1_500) > 1_000);
        Assert.Equal(whole, extended);
    }
}
