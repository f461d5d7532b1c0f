using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Random;

namespace GovSim.Networks;

/// <summary>
/// One replication of an open queueing network built from a <see cref="NetworkSpec"/>: stations,
/// arrival sources and per-class routing, wired on one <see cref="Simulation"/>.
/// </summary>
/// <remarks>
/// Random streams are named after what draws from them ("arrivals/CLASS@STATION",
/// "service/STATION", "patience/STATION", "routing/CLASS@STATION"), so two networks that share
/// names share draws (common random numbers).
/// </remarks>
public sealed class QueueingNetwork : IStationExit
{
    private readonly NetworkSpec _spec;
    private readonly Station[] _stations;
    private readonly RoutingRow?[] _routing; // [class * stations + station]
    private readonly ClassStatistics[] _classes;
    private readonly int[] _priorityByClass;
    private readonly double[] _deadlineByClass;

    public QueueingNetwork(NetworkSpec spec, int replication)
    {
        _spec = spec ?? throw new ArgumentNullException(nameof(spec));
        ulong seed = spec.Run.Seed;
        int classCount = spec.Classes.Count;
        int stationCount = spec.Stations.Count;
        Simulation = new Simulation();
        Customers = new CustomerStore();

        _priorityByClass = spec.Classes.Select(c => c.Priority).ToArray();
        _deadlineByClass = spec.Classes.Select(c => c.Deadline).ToArray();
        var patience = spec.Classes.Select(c => c.Patience).ToArray();
        _classes = spec.Classes.Select(_ => new ClassStatistics()).ToArray();

        _stations = new Station[stationCount];
        for (int s = 0; s < stationCount; s++)
        {
            var st = spec.Stations[s];
            Distribution[] service = spec.Classes.Select(c => st.ServiceFor(c.Name)).ToArray();
            _stations[s] = new Station(
                Simulation, Customers, st.Name, st.Servers, QueueDisciplines.Get(st.Discipline),
                service, patience, _priorityByClass,
                StreamSeeds.Create(seed, replication, "service/" + st.Name),
                StreamSeeds.Create(seed, replication, "patience/" + st.Name),
                st.Schedule)
            { Exit = this, Number = s };
        }

        _routing = new RoutingRow?[classCount * stationCount];
        for (int c = 0; c < classCount; c++)
        {
            var cls = spec.Classes[c];
            foreach (var row in cls.Routes)
            {
                int from = RequireStation(row.From);
                var targets = row.Targets.Select(t => (RequireStation(t.To), t.Probability)).ToList();
                _routing[c * stationCount + from] = new RoutingRow(
                    targets, StreamSeeds.Create(seed, replication, $"routing/{cls.Name}@{row.From}"));
            }
            foreach (var arrival in cls.Arrivals)
            {
                _ = new ArrivalSource(Simulation, this, c, _stations[RequireStation(arrival.Station)], arrival.Rate,
                    StreamSeeds.Create(seed, replication, $"arrivals/{cls.Name}@{arrival.Station}"));
            }
        }
        _ = new WarmupMarker(Simulation, spec.Run.Warmup, ResetStatistics);
    }

    public Simulation Simulation { get; }
    public CustomerStore Customers { get; }
    public IReadOnlyList<Station> Stations => _stations;

    /// <summary>Customers that entered since time 0 (warm-up included).</summary>
    public long TotalArrivals { get; private set; }

    /// <summary>Customers that left after service since time 0.</summary>
    public long TotalDepartures { get; private set; }

    /// <summary>Customers that abandoned since time 0.</summary>
    public long TotalAbandoned { get; private set; }

    /// <summary>Time at which the current observation window began (the end of the warm-up).</summary>
    public double WindowStart { get; private set; }

    internal ClassStatistics ClassStatistics(int classIndex) => _classes[classIndex];

    /// <summary>Runs the replication to the spec's run length.</summary>
    public void Run() => Simulation.RunUntil(_spec.Run.Length);

    internal int Admit(int classIndex)
    {
        double now = Simulation.Now;
        TotalArrivals++;
        _classes[classIndex].Arrivals++;
        return Customers.Allocate(classIndex, now, now + _deadlineByClass[classIndex]);
    }

    public void OnServed(Station station, int customer)
    {
        ref CustomerRecord c = ref Customers[customer];
        int cls = c.ClassIndex;
        var row = _routing[cls * _stations.Length + station.Number];
        int next = row?.Next() ?? -1;
        if (next >= 0)
        {
            _stations[next].Arrive(customer);
            return;
        }
        double sojourn = Simulation.Now - c.SystemArrival;
        var stats = _classes[cls];
        stats.Completed++;
        stats.Sojourn.Add(sojourn);
        stats.SojournQuantiles.Add(sojourn);
        stats.VisitSum += c.Visits;
        TotalDepartures++;
        Customers.Release(customer);
    }

    public void OnAbandoned(Station station, int customer)
    {
        _classes[Customers[customer].ClassIndex].Abandoned++;
        TotalAbandoned++;
        Customers.Release(customer);
    }

    private void ResetStatistics(double now)
    {
        WindowStart = now;
        foreach (var s in _stations) s.ResetStatistics(now);
        foreach (var c in _classes) c.Reset();
    }

    private int RequireStation(string name)
    {
        int i = _spec.StationIndex(name);
        return i >= 0 ? i : throw new ArgumentException($"unknown station '{name}'");
    }
}
