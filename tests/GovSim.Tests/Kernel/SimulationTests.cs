using GovSim.Kernel;

namespace GovSim.Tests.Kernel;

public class SimulationTests
{
    private sealed class Recorder(Simulation simulation) : SimulationComponent(simulation)
    {
        public readonly List<(double Time, int Subject)> Seen = [];
        public void At(double time, int subject) => ScheduleAt(time, 0, subject);
        protected internal override void OnEvent(int kind, int subject, int tag) => Seen.Add((Simulation.Now, subject));
    }

    [Fact]
    public void Runs_events_in_time_order_then_scheduling_order_and_stops_at_the_end_time()
    {
        var sim = new Simulation();
        var r = new Recorder(sim);
        r.At(2, 1);
        r.At(1, 2);
        r.At(2, 3);
        r.At(5, 4);
        sim.RunUntil(3);
        Assert.Equal([(1.0, 2), (2.0, 1), (2.0, 3)], r.Seen);
        Assert.Equal(3, sim.Now);
        Assert.Equal(1, sim.PendingEvents);
        sim.RunUntil(10);
        Assert.Equal((5.0, 4), r.Seen[^1]);
    }

    /// <summary>Schedules follow-ups when it handles an event: none, one, or two, by subject.</summary>
    private sealed class Chain(Simulation simulation) : SimulationComponent(simulation)
    {
        public readonly List<(double Time, int Subject)> Seen = [];
        public void At(double time, int subject) => ScheduleAt(time, 0, subject);
        protected internal override void OnEvent(int kind, int subject, int tag)
        {
            Seen.Add((Simulation.Now, subject));
            if (subject >= 100) return;                       // no follow-up
            Schedule(0, 0, subject + 100);                    // same time: after everything already due now
            if (subject % 2 == 0) Schedule(1, 0, subject + 200); // a second follow-up, later
        }
    }

    [Fact]
    public void Follow_ups_keep_time_then_scheduling_order_however_many_a_handler_schedules()
    {
        var sim = new Simulation();
        var c = new Chain(sim);
        c.At(1, 1);
        c.At(1, 2);
        c.At(2, 3);
        sim.RunUntil(10);
        Assert.Equal(
            [(1.0, 1), (1.0, 2), (1.0, 101), (1.0, 102), (2.0, 3), (2.0, 202), (2.0, 103)],
            c.Seen);
        Assert.Equal(0, sim.PendingEvents);
        Assert.Equal(7, sim.EventsExecuted);
    }

    [Fact]
    public void Refuses_to_schedule_in_the_past_or_at_NaN()
    {
        var sim = new Simulation();
        var r = new Recorder(sim);
        sim.RunUntil(5);
        Assert.Throws<ArgumentOutOfRangeException>(() => r.At(4, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.At(double.NaN, 0));
    }
}
