using GovSim.Distributions;
using GovSim.Networks;

namespace GovSim.Tests.Networks;

/// <summary>A run's memory follows the customers present, not the run length.</summary>
public class BoundedMemoryTests
{
    private static NetworkSpec StarvedLowPriority(double length) =>
        new("starved", new RunSpec(length, 0, 1, 5),
            [new StationSpec("server", 1, "priority", new ExponentialDistribution(1.0), new Dictionary<string, Distribution>())],
            [
                new CustomerClassSpec("high", 0, double.PositiveInfinity, null, [new ArrivalSpec("server", 0.95)], []),
                new CustomerClassSpec("low", 1, double.PositiveInfinity, ExponentialDistribution.WithMean(1), [new ArrivalSpec("server", 2.0)], []),
            ]);

    [Fact]
    public void Entries_of_customers_who_abandoned_do_not_pile_up_behind_higher_priorities()
    {
        // Low-priority customers almost never reach the front, and almost all abandon: without
        // compaction their stale entries would grow with the run length.
        var network = new QueueingNetwork(StarvedLowPriority(20_000), 0);
        network.Run();
        var station = network.Stations[0];
        Assert.True(network.TotalAbandoned > 20_000, $"abandoned {network.TotalAbandoned}");
        Assert.True(station.LineEntries <= 2 * station.Waiting + 65, $"{station.LineEntries} entries for {station.Waiting} waiting");
        Assert.Equal(network.TotalArrivals, network.TotalDepartures + network.TotalAbandoned + network.Customers.Present);
    }

    [Fact]
    public void The_customer_table_and_event_list_do_not_grow_with_the_run_length()
    {
        var shortRun = new QueueingNetwork(TestNetworks.SingleStation(0.8, 1, length: 10_000, replications: 1), 0);
        shortRun.Run();
        var longRun = new QueueingNetwork(TestNetworks.SingleStation(0.8, 1, length: 200_000, replications: 1), 0);
        longRun.Run();
        Assert.True(longRun.TotalArrivals > 15 * shortRun.TotalArrivals);
        // Capacity follows the largest number present at once, which grows only slowly (like the
        // maximum of the queue length), never like the number of arrivals.
        Assert.True(longRun.Customers.Capacity <= 4 * shortRun.Customers.Capacity,
            $"{longRun.Customers.Capacity} slots after {longRun.TotalArrivals} arrivals vs {shortRun.Customers.Capacity} after {shortRun.TotalArrivals}");
        Assert.True(longRun.Customers.Capacity < 1_000);
    }
}
