using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Tests.Kernel;

/// <summary>Summoned customers (joint work): the summons lane and held service, on hand-made timings.</summary>
public class StationSummonsTests
{
    /// <summary>Records completions; finishes each held customer after a fixed time, as an owner coordinating joint work would.</summary>
    private sealed class Owner : IStationExit
    {
        public readonly List<(int Customer, double Time)> Served = [];
        public readonly List<(int Customer, double Time)> Held = [];
        public required Simulation Simulation { get; init; }
        public double FinishAfter { get; init; } = 3;
        public void OnServed(Station station, int customer) => Served.Add((customer, Simulation.Now));
        public void OnAbandoned(Station station, int customer) => throw new InvalidOperationException();
        public void OnHeld(Station station, int customer)
        {
            Held.Add((customer, Simulation.Now));
            station.FinishHeld(customer, FinishAfter);
        }
    }

    private sealed class Feeder : SimulationComponent
    {
        private readonly Station _station;
        public Feeder(Simulation sim, Station station, IEnumerable<(double Time, int Customer, bool Summoned)> arrivals) : base(sim)
        {
            _station = station;
            foreach (var (time, customer, summoned) in arrivals) ScheduleAt(time, summoned ? 1 : 0, customer);
        }
        protected internal override void OnEvent(int kind, int subject, int tag)
        {
            if (kind == 0) _station.Arrive(subject);
            else _station.Summon(subject);
        }
    }

    [Fact]
    public void Summoned_customers_go_ahead_of_the_line_first_come_first_served_and_hold_their_server()
    {
        var sim = new Simulation();
        var customers = new CustomerStore();
        var d = new DeterministicDistribution(1);
        var station = new Station(sim, customers, "s", 1, QueueDisciplines.Get("fifo"), [d], [null], [0],
            new RandomStream(1), new RandomStream(2));
        var owner = new Owner { Simulation = sim, FinishAfter = 3 };
        station.Exit = owner;
        int busy = customers.Allocate(0, 0, double.PositiveInfinity);
        int ordinary = customers.Allocate(0, 0, double.PositiveInfinity);
        int first = customers.Allocate(0, 0, double.PositiveInfinity);
        int second = customers.Allocate(0, 0, double.PositiveInfinity);
        // busy holds the server 0–1; ordinary waits from 0.1; two summons arrive later but go first, in their order.
        _ = new Feeder(sim, station, [(0, busy, false), (0.1, ordinary, false), (0.2, first, true), (0.3, second, true)]);
        sim.RunUntil(100);

        Assert.Equal([(first, 1.0), (second, 4.0)], owner.Held);
        // Held service ends when the owner says (3 h after being taken up), not after the drawn 1 h.
        Assert.Equal([(busy, 1.0), (first, 4.0), (second, 7.0), (ordinary, 8.0)], owner.Served);
        Assert.Equal(0, station.Busy);
    }

    [Fact]
    public void A_summons_to_a_free_server_is_held_at_once()
    {
        var sim = new Simulation();
        var customers = new CustomerStore();
        var station = new Station(sim, customers, "s", 2, QueueDisciplines.Get("priority"), [new DeterministicDistribution(1)], [null], [0],
            new RandomStream(1), new RandomStream(2));
        var owner = new Owner { Simulation = sim, FinishAfter = 0.5 };
        station.Exit = owner;
        int a = customers.Allocate(0, 0, double.PositiveInfinity);
        _ = new Feeder(sim, station, [(2, a, true)]);
        sim.RunUntil(10);
        Assert.Equal([(a, 2.0)], owner.Held);
        Assert.Equal([(a, 2.5)], owner.Served);
        Assert.False(customers[a].Summoned);
    }

    [Fact]
    public void Finishing_a_customer_that_is_not_held_is_an_error()
    {
        var sim = new Simulation();
        var customers = new CustomerStore();
        var station = new Station(sim, customers, "s", 1, QueueDisciplines.Get("fifo"), [new DeterministicDistribution(1)], [null], [0],
            new RandomStream(1), new RandomStream(2));
        int a = customers.Allocate(0, 0, double.PositiveInfinity);
        Assert.Throws<InvalidOperationException>(() => station.FinishHeld(a, 1));
    }
}
