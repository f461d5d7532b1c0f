using GovSim.Distributions;
using GovSim.Models.Engine;
using GovSim.Models.Spec;
using GovSim.Networks;
using GovSim.Statistics;
using GovSim.Theory;
using static GovSim.Models.Engine.GovernanceMetrics;
using static GovSim.Tests.Models.GovernanceSpecs;

namespace GovSim.Tests.Models;

/// <summary>The governance model stays tied to queueing theory, and loses no case.</summary>
public class GovernanceModelTests
{
    [Fact]
    public void A_single_city_unit_resolving_everything_is_an_MMc_queue_and_matches_Erlang_C()
    {
        // 12 communities × 0.25 cases/h = λ 3, 4 staff, mean 1 h: ρ = 0.75. No hops, no handling.
        const int c = 4;
        const double lambda = 3.0, mu = 1.0;
        var spec = Build([Unit("city.office", Tier.City, c, ["simple"], 1 / mu)], "city.office", lambda / 12,
            length: 40_000, warmup: 1_000, replications: 10);
        var run = GovernanceRunner.Run(spec);
        var w = run[Overall, All, ResolutionMean].Interval;
        double theory = ErlangC.W(lambda, mu, c);
        Assert.True(w.Contains(theory), $"W = {w}, Erlang C W = {theory}");
        Assert.True(w.HalfWidth < 0.03 * theory, $"interval too wide to mean anything: {w}");
        var utilisation = run[TierScope, "city", Utilisation].Interval;
        Assert.True(utilisation.Contains(lambda / (c * mu)), $"utilisation {utilisation}");
    }

    [Fact]
    public void Every_case_is_closed_or_still_open_at_the_end()
    {
        var spec = Build(
            [
                Unit("city.hotline", Tier.City, 3, [], 1, forwardTo: ["street.office"], handling: 0.1),
                Unit("street.office", Tier.Street, 2, ["simple"], 2, buckPassing: 0.2, forwardTo: ["district.office"]),
                Unit("district.office", Tier.District, 2, ["simple"], 2),
            ],
            "city.hotline", 0.1, Mechanisms(hopDelay: 1, reopen: true));
        var run = GovernanceRunner.Run(spec);
        foreach (var r in run.Replications)
        {
            Assert.True(r.TotalArrivals > 1000);
            Assert.Equal(r.TotalArrivals, r.TotalDepartures + r.InSystemAtEnd);
        }
    }

    [Fact]
    public void Parallel_runs_equal_serial_runs_bit_for_bit()
    {
        var spec = Build([Unit("city.office", Tier.City, 4, ["simple"], 1)], "city.office", 0.25, replications: 4);
        var serial = GovernanceRunner.Run(spec, 1);
        var parallel = GovernanceRunner.Run(spec, 4);
        Assert.Equal(
            serial.Replications.SelectMany(r => r.Metrics.Select(m => BitConverter.DoubleToInt64Bits(m.Value))),
            parallel.Replications.SelectMany(r => r.Metrics.Select(m => BitConverter.DoubleToInt64Bits(m.Value))));
    }
}
