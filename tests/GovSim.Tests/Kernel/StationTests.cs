using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Tests.Kernel;

/// <summary>Station behaviour on hand-made arrivals whose outcome is known exactly.</summary>
public class StationTests
{
    private sealed class Sink : IStationExit
    {
        public readonly List<(int Customer, double Time)> Served = [];
        public readonly List<(int Customer, double Time)> Abandoned = [];
        public required Simulation Simulation { get; init; }
        public void OnServed(Station station, int customer) => Served.Add((customer, Simulation.Now));
        public void OnAbandoned(Station station, int customer) => Abandoned.Add((customer, Simulation.Now));
    }

    /// <summary>Delivers given customers to a station at given times.</summary>
    private sealed class Feeder : SimulationComponent
    {
        private readonly Station _station;
        public Feeder(Simulation sim, Station station, IEnumerable<(double Time, int Customer)> arrivals) : base(sim)
        {
            _station = station;
            foreach (var (time, customer) in arrivals) ScheduleAt(time, 0, customer);
        }
        protected internal override void OnEvent(int kind, int subject, int tag) => _station.Arrive(subject);
    }

    private static (Simulation, CustomerStore, Station, Sink) Build(
        int servers, string discipline, Distribution[] service, Distribution?[]? patience = null,
        int[]? priority = null, WeeklySchedule? schedule = null)
    {
        var sim = new Simulation();
        var customers = new CustomerStore();
        int classes = service.Length;
        var station = new Station(sim, customers, "s", servers, QueueDisciplines.Get(discipline), service,
            patience ?? new Distribution?[classes], priority ?? new int[classes],
            new RandomStream(1), new RandomStream(2), schedule);
        var sink = new Sink { Simulation = sim };
        station.Exit = sink;
        return (sim, customers, station, sink);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Fifo_single_server_with_constant_service_finishes_at_known_times(bool asStationEvents)
    {
        var (sim, customers, station, sink) = Build(1, "fifo", [new DeterministicDistribution(2)]);
        int a = customers.Allocate(0, 0, double.PositiveInfinity);
        int b = customers.Allocate(0, 0, double.PositiveInfinity);
        int c = customers.Allocate(0, 0, double.PositiveInfinity);
        if (asStationEvents)
        {
            // Arrivals another component schedules as events of the station itself, in any order.
            sim.ScheduleAt(1, station.ComponentId, Station.ArrivalEvent, c, 0);
            sim.ScheduleAt(0, station.ComponentId, Station.ArrivalEvent, a, 0);
            sim.ScheduleAt(0.5, station.ComponentId, Station.ArrivalEvent, b, 0);
        }
        else
        {
            _ = new Feeder(sim, station, [(0, a), (0.5, b), (1, c)]);
        }
        sim.RunUntil(100);
        Assert.Equal([(a, 2.0), (b, 4.0), (c, 6.0)], sink.Served);
        // Waits 0, 1.5 and 3.
        Assert.Equal(1.5, station.Statistics.Wait.Mean, 12);
        Assert.Equal(2, station.Statistics.Delayed);
    }

    [Fact]
    public void Priority_serves_the_lower_priority_number_first_and_fifo_within_it()
    {
        var d = new DeterministicDistribution(1);
        var (sim, customers, station, sink) = Build(1, "priority", [d, d], priority: [1, 0]);
        int first = customers.Allocate(0, 0, double.PositiveInfinity);  // occupies the server
        int low1 = customers.Allocate(0, 0, double.PositiveInfinity);
        int high = customers.Allocate(1, 0, double.PositiveInfinity);
        int low2 = customers.Allocate(0, 0, double.PositiveInfinity);
        _ = new Feeder(sim, station, [(0, first), (0.1, low1), (0.2, high), (0.3, low2)]);
        sim.RunUntil(100);
        Assert.Equal([first, high, low1, low2], sink.Served.Select(s => s.Customer));
    }

    [Fact]
    public void Earliest_deadline_first_serves_by_due_time()
    {
        var d = new DeterministicDistribution(1);
        var (sim, customers, station, sink) = Build(1, "edf", [d]);
        int first = customers.Allocate(0, 0, 100);
        int late = customers.Allocate(0, 0, 50);
        int early = customers.Allocate(0, 0, 10);
        _ = new Feeder(sim, station, [(0, first), (0.1, late), (0.2, early)]);
        sim.RunUntil(100);
        Assert.Equal([first, early, late], sink.Served.Select(s => s.Customer));
    }

    [Fact]
    public void An_impatient_customer_leaves_at_its_patience_and_is_never_served()
    {
        var (sim, customers, station, sink) = Build(1, "fifo", [new DeterministicDistribution(10)],
            patience: [new DeterministicDistribution(3)]);
        int a = customers.Allocate(0, 0, double.PositiveInfinity);
        int b = customers.Allocate(0, 0, double.PositiveInfinity);
        _ = new Feeder(sim, station, [(0, a), (1, b)]);
        sim.RunUntil(100);
        Assert.Equal([(b, 4.0)], sink.Abandoned);
        Assert.Equal([(a, 10.0)], sink.Served);
        Assert.Equal(0, station.Waiting);
        Assert.Equal(1, station.Statistics.Abandoned);
    }

    [Fact]
    public void A_customer_served_before_its_patience_runs_out_does_not_abandon()
    {
        var (sim, customers, station, sink) = Build(1, "fifo", [new DeterministicDistribution(1)],
            patience: [new DeterministicDistribution(3)]);
        int a = customers.Allocate(0, 0, double.PositiveInfinity);
        int b = customers.Allocate(0, 0, double.PositiveInfinity);
        _ = new Feeder(sim, station, [(0, a), (0.5, b)]);
        sim.RunUntil(100);
        Assert.Empty(sink.Abandoned);
        Assert.Equal([(a, 1.0), (b, 2.0)], sink.Served);
    }

    [Fact]
    public void Office_hours_hold_night_arrivals_until_the_morning()
    {
        // Monday 9:00–17:00 one server, nobody otherwise.
        var schedule = new WeeklySchedule(0, [new WeeklySchedule.Shift([DayOfWeekIndex.Monday], 9, 17, 1)]);
        var (sim, customers, station, sink) = Build(1, "fifo", [new DeterministicDistribution(1)], schedule: schedule);
        int a = customers.Allocate(0, 0, double.PositiveInfinity);
        int b = customers.Allocate(0, 0, double.PositiveInfinity);
        _ = new Feeder(sim, station, [(2, a), (16.5, b)]);
        sim.RunUntil(300);
        // a waits from 2:00 to 9:00; b starts at 16:30 and is finished at 17:30 (non-preemptive).
        Assert.Equal([(a, 10.0), (b, 17.5)], sink.Served);
        // One server on duty on Monday 9–17 of weeks one and two: 16 server-hours in 300 hours.
        Assert.Equal(16.0 / 300, station.Statistics.Capacity.Mean(300), 12);
    }

    [Fact]
    public void A_weekly_schedule_repeats_every_week()
    {
        var schedule = new WeeklySchedule(1, [new WeeklySchedule.Shift([DayOfWeekIndex.Saturday, DayOfWeekIndex.Sunday], 0, 24, 0)]);
        Assert.Equal(1, schedule.ServersAt(24 * 4 + 12));          // Friday noon
        Assert.Equal(0, schedule.ServersAt(24 * 5 + 1));           // Saturday
        Assert.Equal(1, schedule.ServersAt(168 + 24 * 4 + 12));    // next Friday
        Assert.Equal(168 + 24 * 5, schedule.NextChangeAfter(168 + 1));
        Assert.Equal(5.0 / 7, schedule.AverageServers, 12);
    }
}
