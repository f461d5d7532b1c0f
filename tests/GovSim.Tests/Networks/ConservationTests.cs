using GovSim.Networks;
using GovSim.Statistics;
using GovSim.Tests.Networks;
using static GovSim.Networks.MetricNames;

namespace GovSim.Tests.Networks;

/// <summary>Nobody is lost, and time averages agree with customer averages (Little's law).</summary>
public class ConservationTests
{
    [Fact]
    public void Arrivals_equal_departures_plus_abandonments_plus_those_still_inside()
    {
        var jackson = NetworkRunner.Run(TestNetworks.Jackson(length: 10_000, replications: 3));
        var impatient = NetworkRunner.Run(TestNetworks.SingleStation(4, 1, servers: 4, patience: new GovSim.Distributions.ExponentialDistribution(0.5)));
        foreach (var r in jackson.Replications.Concat(impatient.Replications))
        {
            Assert.True(r.TotalArrivals > 1000);
            Assert.Equal(r.TotalArrivals, r.TotalDepartures + r.TotalAbandoned + r.InSystemAtEnd);
        }
        Assert.All(impatient.Replications, r => Assert.True(r.TotalAbandoned > 0));
    }

    [Fact]
    public void Littles_law_holds_on_the_Jackson_network_within_the_confidence_interval()
    {
        var run = NetworkRunner.Run(TestNetworks.Jackson(length: 50_000, replications: 10));
        var l = run[NetworkScope, NetworkEntity, L];
        var lambda = run[NetworkScope, NetworkEntity, ArrivalRate].Values;
        var w = run[NetworkScope, NetworkEntity, W].Values;
        double lambdaW = lambda.Zip(w, (a, b) => a * b).Average();
        Assert.True(l.Interval.Contains(lambdaW), $"L = {l.Interval}, λW = {lambdaW}");
        // And the interval is tight enough for the check to mean something.
        Assert.True(l.Interval.HalfWidth < 0.02 * l.Interval.Mean, $"L interval too wide: {l.Interval}");
    }

    [Fact]
    public void Littles_law_holds_per_station()
    {
        var run = NetworkRunner.Run(TestNetworks.Jackson(length: 50_000, replications: 10));
        foreach (var station in new[] { "intake", "review", "field" })
        {
            var lq = run[StationScope, station, Lq];
            var rate = run[StationScope, station, ArrivalRate].Values;
            var wq = run[StationScope, station, Wq].Values;
            double lambdaWq = rate.Zip(wq, (a, b) => a * b).Average();
            Assert.True(lq.Interval.Contains(lambdaWq), $"{station}: Lq = {lq.Interval}, λWq = {lambdaWq}");
        }
    }
}
