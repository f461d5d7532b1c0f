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
        // Cases are closed as their last work starts, to count as open until it ends (the backlog
        // tally gets their remaining open time then): the mean backlog must still be L = λW.
        var backlog = run[Overall, All, Backlog].Interval;
        double l = ErlangC.L(lambda, mu, c);
        Assert.True(backlog.Contains(l), $"backlog {backlog}, Erlang C L = {l}");
        Assert.True(backlog.HalfWidth < 0.03 * l, $"interval too wide to mean anything: {backlog}");
    }

    [Fact]
    public void Open_time_and_work_decided_before_the_warm_up_ends_count_in_the_window_from_then_on()
    {
        // An M/M/∞ unit (10,000 staff, mean work 50 h, λ = 2/h), empty at 0, measured over [100, 300]:
        // E[N(t)] = λ·50·(1 − e^(−t/50)), whose mean over the window is λ·50·(1 − ¼(e^(−2) − e^(−6)))
        // = 96.68 cases open and servers busy. Cases in service at 100 were decided closed, and
        // their work counted, before then: about 86 of them with 50 h each still to go, a quarter
        // of the window's total, which the end of the warm-up must carry over. The time average of
        // one replication has a standard deviation of about √(2·100·50/200) ≈ 7; over 40, 1.12,
        // and 3.29 of those is the two-sided 99.9% band.
        var spec = Build([Unit("city.office", Tier.City, 10_000, ["simple"], 50)], "city.office", 2.0 / 12,
            length: 300, warmup: 100, replications: 40);
        var run = GovernanceRunner.Run(spec);
        double expected = 2.0 * 50 * (1 - 0.25 * (Math.Exp(-2) - Math.Exp(-6)));
        double band = 3.29 * Math.Sqrt(2 * 100 * 50 / 200.0) / Math.Sqrt(40);
        double backlog = run[Overall, All, Backlog].Interval.Mean;
        double busy = run[TierScope, "city", Utilisation].Interval.Mean * 10_000;
        Assert.True(Math.Abs(backlog - expected) < band, $"backlog {backlog}, expected {expected} ± {band}");
        Assert.True(Math.Abs(busy - expected) < band, $"busy {busy}, expected {expected} ± {band}");
    }

    private sealed class ClosedCases : ICaseObserver
    {
        public readonly List<CaseOutcome> Closed = [];
        public void OnClosed(in CaseOutcome outcome) => Closed.Add(outcome);
    }

    [Fact]
    public void The_backlog_series_counts_cases_arrived_and_not_yet_closed_at_each_sample()
    {
        // A case decided closed ahead of its close time is still open until then. With no warm-up
        // every closed case reaches the observer; load is light, so every case arrived more than
        // 200 h before the end is closed by then and the count at each sample is known exactly.
        var spec = Build(
            [
                Unit("city.hotline", Tier.City, 3, [], 1, forwardTo: ["street.office"], handling: 0.1),
                Unit("street.office", Tier.Street, 2, ["simple"], 2, buckPassing: 0.2),
            ],
            "city.hotline", 0.05, Mechanisms(hopDelay: 1, reopen: true), length: 2_000, warmup: 0, replications: 1);
        var closed = new ClosedCases();
        var model = new GovernanceModel(spec, 0, closed, backlogInterval: 7);
        model.Run();
        var samples = model.BacklogSeries.Where(p => p.Time <= 1_800).ToList();
        Assert.True(samples.Count > 200);
        Assert.Contains(samples, p => p.Open >= 3);
        foreach (var (time, open) in samples)
            Assert.Equal(closed.Closed.Count(k => k.Arrival <= time && k.Closed > time), (int)open);
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
