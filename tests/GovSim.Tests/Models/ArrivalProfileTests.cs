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
}
