using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Tests.Kernel;

/// <summary>
/// Early departures (Station.EarlyDepartures.cs): a tandem of two stations run twice on the same
/// random numbers, once with the first station's exit told at each service's end (an event) and
/// once deciding as the service starts, the case leaving at once to arrive at the second station
/// when the service ends. Every customer then reaches every station at the same time in both
/// runs, so the two must agree exactly on waits, counts and queues, and on utilisation up to the
/// rounding of summing it in a different order.
/// </summary>
public class StationEarlyDepartureTests
{
    /// <summary>Passes every customer of the first station on to the second, at the end of its service either way.</summary>
    private sealed class Forward(Simulation simulation, bool early) : IStationExit
    {
        public Station? Next;
        public int EarlyDepartures;

        public bool DecidesAtServiceStart => early;

        public bool TryDepartAtStart(Station station, int customer, double departure)
        {
            simulation.ScheduleAt(departure, Next!.ComponentId, Station.ArrivalEvent, customer, 0);
            EarlyDepartures++;
            return true;
        }

        public void OnServed(Station station, int customer) => Next!.Arrive(customer);

        public void OnAbandoned(Station station, int customer) { }
    }

    private sealed class Sink : IStationExit
    {
        public void OnServed(Station station, int customer) { }
        public void OnAbandoned(Station station, int customer) { }
    }

    /// <summary>Poisson arrivals of customers of two classes (so that a priority discipline reorders them).</summary>
    private sealed class PoissonFeed : SimulationComponent
    {
        private readonly Station _station;
        private readonly CustomerStore _customers;
        private readonly RandomStream _random = new(11);
        private readonly double _rate;

        public PoissonFeed(Simulation simulation, Station station, CustomerStore customers, double rate) : base(simulation)
        {
            _station = station;
            _customers = customers;
            _rate = rate;
            Schedule(Ziggurat.Exponential(_random) / _rate, 0);
        }

        protected internal override void OnEvent(int kind, int subject, int tag)
        {
            int cls = _random.NextUnit() < 0.3 ? 1 : 0;
            _station.Arrive(_customers.Allocate(cls, Simulation.Now, double.PositiveInfinity));
            Schedule(Ziggurat.Exponential(_random) / _rate, 0);
        }
    }

    /// <summary>Calls an action at a given time (the end of a warm-up).</summary>
    private sealed class At : SimulationComponent
    {
        private readonly Action _action;
        public At(Simulation simulation, double time, Action action) : base(simulation)
        {
            _action = action;
            ScheduleAt(time, 0);
        }
        protected internal override void OnEvent(int kind, int subject, int tag) => _action();
    }

    private sealed record Tandem(Simulation Simulation, Station First, Station Second, Forward Forward);

    private static Tandem Build(bool early, int servers, string discipline, double rate, WeeklySchedule? schedule = null, double warmup = 0)
    {
        var simulation = new Simulation();
        var customers = new CustomerStore();
        Distribution[] work = [new ExponentialDistribution(1.0), new LogNormalDistribution(-0.5, 0.8)]; // means 1 and 0.835
        var first = new Station(simulation, customers, "first", servers, QueueDisciplines.Get(discipline), work,
            new Distribution?[2], [1, 0], new RandomStream(1), new RandomStream(2), schedule);
        Distribution[] secondWork = [new ExponentialDistribution(4), new ExponentialDistribution(4)];
        var second = new Station(simulation, customers, "second", servers >= 40 ? 13 : 1, QueueDisciplines.Get("fifo"), secondWork,
            new Distribution?[2], [0, 0], new RandomStream(3), new RandomStream(4));
        var forward = new Forward(simulation, early) { Next = second };
        first.Exit = forward;
        second.Exit = new Sink();
        _ = new PoissonFeed(simulation, first, customers, rate);
        if (warmup > 0)
            _ = new At(simulation, warmup, () =>
            {
                first.ResetStatistics(simulation.Now);
                second.ResetStatistics(simulation.Now);
            });
        return new Tandem(simulation, first, second, forward);
    }

    private static void AssertSameStatistics(Station evented, Station early, double now)
    {
        var a = evented.Statistics;
        var b = early.Statistics;
        Assert.Equal(a.Arrivals, b.Arrivals);
        Assert.Equal(a.Delayed, b.Delayed);
        Assert.Equal(a.Served, b.Served);
        Assert.Equal(a.Wait.Count, b.Wait.Count);
        Assert.Equal(a.Wait.Mean, b.Wait.Mean);
        Assert.Equal(a.Wait.Max, b.Wait.Max);
        Assert.Equal(a.QueueLength.Mean(now), b.QueueLength.Mean(now));
        // Summed per service instead of per step: equal up to rounding.
        Assert.Equal(a.Busy.Mean(now), b.Busy.Mean(now), 1e-9);
    }

    [Theory]
    [InlineData(3, "fifo", 2.7)]      // ρ = 0.86: queues, so releases often matter at their exact time
    [InlineData(3, "priority", 2.7)]
    [InlineData(1, "fifo", 0.6)]
    [InlineData(40, "fifo", 30)]      // many servers: the release array grows and is swept
    [InlineData(int.MaxValue, "fifo", 30)]
    public void A_station_whose_customers_depart_early_behaves_exactly_as_with_service_end_events(int servers, string discipline, double rate)
    {
        var evented = Build(early: false, servers, discipline, rate, warmup: 50);
        var early = Build(early: true, servers, discipline, rate, warmup: 50);
        evented.Simulation.RunUntil(2000);
        early.Simulation.RunUntil(2000);
        early.First.Settle(2000);
        evented.First.Settle(2000); // nothing to do without early departures

        Assert.True(early.Forward.EarlyDepartures > 1000);
        Assert.Equal(0, evented.Forward.EarlyDepartures);
        if (servers < int.MaxValue) Assert.True(evented.First.Statistics.Delayed > 0);
        AssertSameStatistics(evented.First, early.First, 2000);
        AssertSameStatistics(evented.Second, early.Second, 2000);
    }

    [Fact]
    public void A_schedule_that_takes_servers_off_duty_waits_for_early_departed_customers_to_finish_first()
    {
        // Four servers on weekdays from 9 to 17, one otherwise: at 17 the busy servers finish first.
        var weekdays = new[] { DayOfWeekIndex.Monday, DayOfWeekIndex.Tuesday, DayOfWeekIndex.Wednesday, DayOfWeekIndex.Thursday, DayOfWeekIndex.Friday };
        var schedule = new WeeklySchedule(1, [new WeeklySchedule.Shift(weekdays, 9, 17, 4)]);
        var evented = Build(early: false, 4, "fifo", 1.2, schedule);
        var early = Build(early: true, 4, "fifo", 1.2, schedule);
        evented.Simulation.RunUntil(3000);
        early.Simulation.RunUntil(3000);
        early.First.Settle(3000);

        Assert.True(early.Forward.EarlyDepartures > 1000);
        AssertSameStatistics(evented.First, early.First, 3000);
        AssertSameStatistics(evented.Second, early.Second, 3000);
        Assert.Equal(evented.First.Statistics.Capacity.Mean(3000), early.First.Statistics.Capacity.Mean(3000));
    }

    [Fact]
    public void Settle_can_be_repeated_and_the_run_continued_after_it()
    {
        var evented = Build(early: false, 3, "fifo", 2.4);
        var early = Build(early: true, 3, "fifo", 2.4);
        foreach (double until in new[] { 500.0, 500.0, 1200.0 })
        {
            evented.Simulation.RunUntil(until);
            early.Simulation.RunUntil(until);
            early.First.Settle(until);
            AssertSameStatistics(evented.First, early.First, until);
        }
    }

    [Fact]
    public void Utilisation_of_early_departures_matches_the_offered_load_of_an_infinite_server_station()
    {
        // M/G/∞ with λ = 30 and mean work E[S] = 0.7 × 1 + 0.3 × e^(−0.5 + 0.32): the mean number
        // busy is λE[S] ≈ 28.5 (Little's law), dozens of early departures pending at any time. The
        // time average over T = 5,000 h has variance about λE[S²]/T (the integral of N's
        // autocovariance, λE[S²]/2, twice, over T), E[S²] = 0.7 × 2 + 0.3 × e^(−1 + 1.28):
        // a standard deviation of 0.104, and 3.29 of them is the two-sided 99.9% band.
        double meanWork = 0.7 * 1 + 0.3 * Math.Exp(-0.5 + 0.32);
        double secondMoment = 0.7 * 2 + 0.3 * Math.Exp(-1 + 1.28);
        double sd = Math.Sqrt(30 * secondMoment / 5000);
        var early = Build(early: true, int.MaxValue, "fifo", 30, warmup: 100);
        early.Simulation.RunUntil(5100);
        early.First.Settle(5100);
        Assert.Equal(30 * meanWork, early.First.Statistics.Busy.Mean(5100), 3.29 * sd);
    }
}
