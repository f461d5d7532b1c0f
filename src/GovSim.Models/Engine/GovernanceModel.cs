using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Models.Spec;
using GovSim.Networks;
using GovSim.Random;

namespace GovSim.Models.Engine;

/// <summary>
/// One replication of a governance scenario on the kernel: every unit of every tier is a
/// <see cref="Station"/> whose servers are its staff; cases are kernel customers with a
/// <see cref="CaseRecord"/> beside them; the path rules of the scenario move them from unit to unit.
/// </summary>
/// <remarks>
/// A case of category c and urgency u is kernel class c × U + u, so that a station serves each
/// category with its own time distribution and the "priority" discipline sees the urgency; a
/// comprehensive case is that class plus C × U, and a department's task on one plus 2 × C × U
/// (see <see cref="ClassOf"/>), so that each kind of visit has its own work time. A unit
/// type with several units per node (e.g. 12 district bodies) assigns category c to unit
/// c mod units: departments specialise by category.
/// At a station, the time drawn is the unit's time to resolve the case when it has authority for
/// the category, and its handling time (register, classify, pass on) when it has not: authority
/// is fixed per unit type and category, so the station knows which from the class alone.
/// </remarks>
public sealed partial class GovernanceModel : IStationExit
{
    private const int MaxReopenings = 3;

    private readonly GovernanceSpec _spec;
    private readonly Station[] _stations;
    private readonly int[] _stationUnit;
    private readonly int[] _stationStaff;
    private readonly int[] _firstStation;
    private readonly int[] _entryUnit;       // per source
    private readonly int[] _unitTier;        // per unit type
    private readonly int[] _unitsPerNode;    // per unit type
    // A case's unit at a tier is its community's ancestor there. In a generated tree that is the
    // community number divided by the communities under one node (a multiplication and a shift);
    // in a listed tree it is read from a table (community → node, one per tier), null otherwise.
    private readonly FastDivisor[] _communitiesPerNode; // per unit type
    private readonly int[]?[] _nodeOfCommunity;         // per unit type
    private readonly RoutingTable _routing;
    private readonly Transfer _transfer;
    private readonly double[] _buckPassing;
    private readonly RandomStream _buckPassingRandom;
    private readonly RandomStream _satisfactionRandom;
    private readonly CaseStore _cases = new();
    private readonly CaseRecordsPrefetcher _recordsPrefetcher;
    private readonly CaseStatistics _stats;
    private readonly int _urgencies;

    // Read for every case: held as plain fields and arrays rather than looked up through the
    // scenario's lists (interface calls) and records each time.
    private readonly double[] _deadlineOfUrgency;
    private readonly double _warmup;
    private readonly SatisfactionSpec _satisfaction;
    private readonly bool _whistleFeedback;
    private readonly double _whistleFeedbackWeight;
    private readonly ICaseObserver? _observer;
    private readonly List<(double Time, double Open)> _backlogSeries = [];
    private long _caseNumber;

    static GovernanceModel() => EasyFirstDiscipline.Register();

    public GovernanceModel(GovernanceSpec spec, int replication, ICaseObserver? observer = null, double backlogInterval = 24)
    {
        _observer = observer;
        _spec = spec ?? throw new ArgumentNullException(nameof(spec));
        ulong seed = spec.Run.Seed;
        int categories = spec.Categories.Count;
        _urgencies = spec.Urgencies.Count;
        // Case records store these narrow (CaseRecord): far beyond any real scenario, but said plainly.
        if (categories > ushort.MaxValue || _urgencies > byte.MaxValue || spec.Sources.Count > byte.MaxValue)
            throw new ArgumentException($"a governance scenario may have at most {ushort.MaxValue} categories, {byte.MaxValue} urgency classes and {byte.MaxValue} sources", nameof(spec));
        _caseClasses = categories * _urgencies;
        _deadlineOfUrgency = spec.Urgencies.Select(u => u.Deadline).ToArray();
        _warmup = spec.Run.Warmup;
        _satisfaction = spec.Mechanisms.Satisfaction;
        _whistleFeedback = spec.Mechanisms.Whistle.Feedback;
        _whistleFeedbackWeight = spec.Mechanisms.Whistle.FeedbackWeight;
        int classes = 3 * _caseClasses;
        Simulation = new Simulation();
        Customers = new CustomerStore();
        _recordsPrefetcher = new CaseRecordsPrefetcher(Customers, _cases);
        _routing = new RoutingTable(spec);
        _stats = new CaseStatistics(categories, _urgencies, 0);

        var priority = new int[classes];
        for (int kind = 0; kind < 3; kind++)
            for (int c = 0; c < categories; c++)
                for (int u = 0; u < _urgencies; u++)
                    priority[ClassOf((CaseKind)kind, c, u)] = spec.Urgencies[u].Priority;
        var noPatience = new Distribution?[classes];
        // The model reads no per-class figure of a station (its own case statistics have them),
        // so every station keeps one slot: 7,000+ stations × 3 kinds × categories × urgencies
        // tallies would cost memory and cache for nothing.
        var oneSlot = new int[classes];

        var stations = new List<Station>();
        var stationUnit = new List<int>();
        var stationStaff = new List<int>();
        _firstStation = new int[spec.Units.Count];
        _buckPassing = new double[spec.Units.Count];
        double listFactor = spec.Mechanisms.ResponsibilityLists ? spec.Mechanisms.ResponsibilityListFactor : 1.0;
        for (int t = 0; t < spec.Units.Count; t++)
        {
            var unit = spec.Units[t];
            _firstStation[t] = stations.Count;
            _buckPassing[t] = unit.BuckPassing * listFactor;
            var work = new Distribution[classes];
            for (int c = 0; c < categories; c++)
            {
                var category = spec.Categories[c];
                var task = DepartmentWorkTime(category, unit);
                for (int u = 0; u < _urgencies; u++)
                {
                    work[ClassOf(CaseKind.Single, c, u)] = _routing.Resolves(t, c, false, u) ? unit.ServiceFor(category.Name) : unit.Handling;
                    work[ClassOf(CaseKind.Comprehensive, c, u)] = _routing.Resolves(t, c, true, u) ? unit.ServiceFor(category.Name) : unit.Handling;
                    work[ClassOf(CaseKind.DepartmentTask, c, u)] = task;
                }
            }
            var discipline = QueueDisciplines.Get(unit.Discipline);
            int nodes = spec.Jurisdiction.NodeCount(unit.Tier);
            var staffOfUnits = StaffAllocation.StaffOfUnits(unit, spec.Jurisdiction);
            for (int node = 0; node < nodes; node++)
            {
                for (int j = 0; j < unit.UnitsPerNode; j++)
                {
                    string name = $"{unit.Name}#{node}.{j}";
                    int staff = staffOfUnits[node * unit.UnitsPerNode + j];
                    stations.Add(new Station(
                        Simulation, Customers, name, staff, discipline, work, noPatience, priority,
                        StreamSeeds.Create(seed, replication, "service/" + name),
                        StreamSeeds.Create(seed, replication, "patience/" + name),
                        unit.Schedule, oneSlot)
                    { Exit = this, Number = stations.Count });
                    stationUnit.Add(t);
                    stationStaff.Add(staff);
                }
            }
        }
        _stations = stations.ToArray();
        _entryUnit = spec.Sources.Select(s => spec.UnitIndex(s.EntryUnit)).ToArray();
        _unitTier = spec.Units.Select(u => (int)u.Tier).ToArray();
        _unitsPerNode = spec.Units.Select(u => u.UnitsPerNode).ToArray();
        var jurisdiction = spec.Jurisdiction;
        _communitiesPerNode = spec.Units.Select(u => new FastDivisor(
            jurisdiction.IsRegular ? jurisdiction.LargestNodeCommunities(u.Tier) : 1)).ToArray();
        var ancestorsAt = Enum.GetValues<Tier>().ToDictionary(t => t, t => jurisdiction.IsRegular ? null : jurisdiction.AncestorsAt(t));
        _nodeOfCommunity = spec.Units.Select(u => ancestorsAt[u.Tier]).ToArray();
        _stationUnit = stationUnit.ToArray();
        _stationStaff = stationStaff.ToArray();
        var stationPrefetch = new StationPrefetch(_stations);
        _transfer = new Transfer(Simulation, _stations, spec.Mechanisms.HopDelay, StreamSeeds.Create(seed, replication, "hops"));
        _buckPassingRandom = StreamSeeds.Create(seed, replication, "buck-passing");
        _satisfactionRandom = StreamSeeds.Create(seed, replication, "satisfaction");
        _coordinators = CoordinatorRules.For(spec);
        _coordinationDelay = new CoordinationDelay(Simulation, this, StreamSeeds.Create(seed, replication, "coordination"));
        for (int s = 0; s < spec.Sources.Count; s++)
            _ = new CaseSource(Simulation, this, stationPrefetch, spec, s, StreamSeeds.Create(seed, replication, "cases/" + spec.Sources[s].Name), spec.Run.Length);
        _ = new WarmupMarker(Simulation, spec.Run.Warmup, ResetStatistics);
        _ = new Sampler(Simulation, backlogInterval, now => _backlogSeries.Add((now, OpenCases)));
    }

    /// <summary>Open cases every sampling interval, from time 0 (warm-up included): one point a day by default.</summary>
    public IReadOnlyList<(double Time, double Open)> BacklogSeries => _backlogSeries;

    public Simulation Simulation { get; }
    public CustomerStore Customers { get; }
    public IReadOnlyList<Station> Stations => _stations;
    internal CaseStatistics Statistics => _stats;
    internal GovernanceSpec Spec => _spec;

    /// <summary>Cases that arrived since time 0 (warm-up included), and that were closed.</summary>
    public long TotalArrivals { get; private set; }
    public long TotalClosed { get; private set; }

    /// <summary>Cases arrived and not closed by now (the kernel's customers also count departments' tasks).</summary>
    public int OpenCases => _open + _closing.OpenAt(Simulation.Now);

    // Cases arrived and neither closed nor decided closed; those decided closed but whose close
    // time is still to come are in _closing. The backlog tally follows _open step by step and gets
    // the open time of a case decided closed ahead of time when it is decided.
    private int _open;
    private readonly PendingClosures _closing = new();

    public double WindowStart { get; private set; }

    /// <summary>The unit type of station <paramref name="station"/>.</summary>
    public int UnitOf(int station) => _stationUnit[station];

    /// <summary>The node of its tier that station <paramref name="station"/> serves.</summary>
    public int NodeOf(int station)
    {
        int unit = _stationUnit[station];
        return (station - _firstStation[unit]) / _unitsPerNode[unit];
    }

    /// <summary>The staff of station <paramref name="station"/>'s unit (its headcount, whatever its schedule puts on duty).</summary>
    public int StaffOf(int station) => _stationStaff[station];

    /// <summary>Runs the replication to the scenario's run length.</summary>
    public void Run()
    {
        Simulation.RunUntil(_spec.Run.Length);
        SettleStations(Simulation.Now);
    }

    // Stations count the work of cases that left early in full when it starts (Station, early
    // departures): before their statistics are read, each takes back the part after now.
    private void SettleStations(double now)
    {
        foreach (var s in _stations) s.Settle(now);
    }

    /// <summary>A new case arrives at <paramref name="entry"/>, its source's entry station for its community and category.</summary>
    internal void Admit(int source, int community, int category, int urgency, bool comprehensive, int entry)
    {
        double now = Simulation.Now;
        var kind = comprehensive ? CaseKind.Comprehensive : CaseKind.Single;
        double deadline = now + _deadlineOfUrgency[urgency];
        int customer = Customers.Allocate(ClassOf(kind, category, urgency), now, deadline);
        ref CaseRecord c = ref _cases[customer];
        c = new CaseRecord
        {
            Community = community,
            Category = category,
            Urgency = urgency,
            Source = source,
            Comprehensive = comprehensive,
            PreviousStation = -1,
            RedispatchTo = -1,
            Parent = -1,
            Counted = now >= _warmup,
            Deadline = deadline,
            CaseNumber = _caseNumber++,
        };
        TotalArrivals++;
        _open++;
        if (c.Counted) _stats.Arrivals++;
        _stats.Backlog.Update(now, _open);
        c.TiersVisited = 1 << _unitTier[_stationUnit[entry]];
        _stations[entry].Arrive(customer);
    }

    // What happens to a case after a unit's work is decided as the work starts, at stations that
    // ask (Station.DepartsEarly; the unit's time is drawn on arrival, so its end is known), and the
    // station frees its server by itself (Station, early departures):
    //  - a case sent on (up, down, or bounced back) leaves at once for its next unit, to arrive
    //    there a transfer delay after the work ends;
    //  - a single case whose path ends here is closed, or reopened, as of the end of the work, if
    //    that is within the run (Simulation.RunEnd), so that nothing is pending when it ends; the
    //    cases then depend on how far the simulation is run, not on the scenario's length.
    // The end of the work is an event only for a comprehensive case's coordinator (the departments
    // start then), a department's task, and a closing after the run's end: OnServed, which at
    // stations that do not ask also makes the decision.
    bool IStationExit.DecidesAtServiceStart => true;

    bool IStationExit.TryDepartAtStart(Station station, int customer, double departure)
    {
        ref CaseRecord c = ref _cases[customer];
        if (c.Parent >= 0) return false;
        if (SendOn(customer, ref c, station.Number, departure, early: true)) return true;
        if (c.Comprehensive || departure > Simulation.RunEnd) return false;
        Resolve(customer, ref c, _stationUnit[station.Number], departure, early: true);
        return true;
    }

    public void OnServed(Station station, int customer)
    {
        ref CaseRecord c = ref _cases[customer];
        if (c.Parent >= 0)
        {
            OnTaskDone(customer);
            return;
        }
        if (!station.DepartsEarly && SendOn(customer, ref c, station.Number, Simulation.Now, early: false)) return;
        int unit = _stationUnit[station.Number];
        if (c.Comprehensive)
        {
            // The coordinator has done its own part; the departments do theirs (M5, M6).
            BeginDepartmentWork(customer, unit);
            return;
        }
        Resolve(customer, ref c, unit, Simulation.Now, early: false);
    }

    /// <summary>
    /// Sends the case on from station <paramref name="here"/> when its work there ends at
    /// <paramref name="departure"/>: up or down its path, or bounced back (M4); false if its path
    /// ends here. <paramref name="early"/>: decided as the work starts (else it ends now).
    /// </summary>
    private bool SendOn(int customer, ref CaseRecord c, int here, double departure, bool early)
    {
        if (!c.Responded)
        {
            // The response rate counts cases whose first piece of work was finished by the end of the run.
            c.Responded = true;
            if (c.Counted && departure <= Simulation.RunEnd) _stats.Responded++;
        }
        int unit = _stationUnit[here];
        if (c.RedispatchTo >= 0)
        {
            // The case was bounced back here (M4): send it again to the unit that returned it.
            int again = c.RedispatchTo;
            c.RedispatchTo = -1;
            Hop(customer, ref c, here, again, departure, early);
            return true;
        }
        if (_routing.Resolves(unit, c.Category, c.Comprehensive, c.Urgency))
        {
            double p = _buckPassing[unit];
            if (p > 0 && c.PreviousStation >= 0 && _buckPassingRandom.NextUnit() < p)
            {
                c.Bounces++;
                int sender = c.PreviousStation;
                c.RedispatchTo = here;
                Hop(customer, ref c, here, sender, departure, early);
                return true;
            }
            return false;
        }
        int next = _routing.Next(unit, c.Category, c.Comprehensive, c.Urgency);
        Hop(customer, ref c, here, StationFor(next, c.Community, c.Category), departure, early);
        return true;
    }

    EventPrefetcher IStationExit.CustomerPrefetcher => _recordsPrefetcher;

    public void OnAbandoned(Station station, int customer) =>
        throw new InvalidOperationException("cases do not abandon in the governance model");

    /// <summary>
    /// Sends the case from station <paramref name="from"/> (−1: from nowhere) to <paramref name="to"/>,
    /// leaving at <paramref name="departure"/>: now, or (<paramref name="early"/>) when the work that
    /// is starting ends, always through an event then, so that the deciding station is not
    /// re-entered from inside its own step.
    /// </summary>
    private void Hop(int customer, ref CaseRecord c, int from, int to, double departure, bool early)
    {
        c.Hops++;
        c.PreviousStation = from;
        c.TiersVisited |= 1 << _unitTier[_stationUnit[to]];
        if (early) _transfer.SendAt(customer, to, departure);
        else _transfer.Send(customer, to);
    }

    /// <summary>
    /// The case is resolved by unit type <paramref name="unit"/> at <paramref name="closeTime"/>:
    /// now, or (<paramref name="early"/>) when the work that is starting ends. The resident is
    /// satisfied, or not and may reopen it (M7); else it is closed.
    /// </summary>
    private void Resolve(int customer, ref CaseRecord c, int unit, double closeTime, bool early)
    {
        double now = Simulation.Now;
        double elapsed = closeTime - Customers[customer].SystemArrival;
        var satisfaction = _satisfaction;
        double deadlineSpan = _deadlineOfUrgency[c.Urgency];
        double lateness = Math.Max(0, elapsed / deadlineSpan - 1);
        double score = satisfaction.Base - satisfaction.LatenessWeight * lateness
            - satisfaction.BounceWeight * c.Bounces - satisfaction.HopWeight * c.Hops;
        if (c.Whistled && _whistleFeedback) score += _whistleFeedbackWeight;
        bool satisfied = _satisfactionRandom.NextUnit() < 1 / (1 + Math.Exp(-score));
        if (!satisfied && satisfaction.Reopen && c.Reopens < MaxReopenings
            && _satisfactionRandom.NextUnit() < satisfaction.ReopenProbability)
        {
            // The resident reopens the case (M7): it starts again at its source's entry unit.
            c.Reopens++;
            c.Whistled = false;
            if (c.Counted) _stats.Reopenings++;
            int entry = EntryStation(c.Source, c.Community, c.Category);
            Hop(customer, ref c, -1, entry, closeTime, early); // from nowhere: the reopened case cannot be bounced back
            return;
        }
        if (c.Counted)
        {
            bool onTime = closeTime <= c.Deadline;
            _stats.Closed++;
            if (satisfied) _stats.Satisfied++;
            if (c.Reopens == 0) _stats.ClosedWithoutReopening++;
            _stats.HopSum += c.Hops;
            _stats.BounceSum += c.Bounces;
            _stats.All.Add(elapsed, onTime);
            _stats.ByCategory[c.Category].Add(elapsed, onTime);
            _stats.ByUrgency[c.Urgency].Add(elapsed, onTime);
            _stats.ByTier[_unitTier[unit]].Add(elapsed, onTime);
            _stats.ByComplexity[c.Comprehensive ? 1 : 0].Add(elapsed, onTime);
            _observer?.OnClosed(Outcome(customer, ref c, unit, closeTime, satisfied));
        }
        TotalClosed++;
        _open--;
        Customers.Release(customer);
        _stats.Backlog.Update(now, _open);
        if (early)
        {
            _stats.Backlog.AddArea(closeTime - now);
            _closing.Add(closeTime, now);
        }
    }

    private CaseOutcome Outcome(int customer, ref CaseRecord c, int unit, double closeTime, bool satisfied)
    {
        var tiers = new List<string>(4);
        foreach (Tier t in Enum.GetValues<Tier>())
            if ((c.TiersVisited & (1 << (int)t)) != 0) tiers.Add(GovernanceResultCollector.TierName(t));
        return new CaseOutcome(
            c.CaseNumber, _spec.Sources[c.Source].Name, _spec.Categories[c.Category].Name, _spec.Urgencies[c.Urgency].Name,
            c.Comprehensive ? GovernanceMetrics.ComprehensiveCases : GovernanceMetrics.SingleCases,
            c.Community, Customers[customer].SystemArrival, closeTime, c.Deadline, c.Hops, c.Bounces, c.Reopens, c.Whistled,
            string.Join('|', tiers), GovernanceResultCollector.TierName(_spec.Units[unit].Tier), satisfied);
    }

    /// <summary>Where a case of <paramref name="category"/> from <paramref name="community"/> enters, coming from <paramref name="source"/>.</summary>
    internal int EntryStation(int source, int community, int category) => StationFor(_entryUnit[source], community, category);

    /// <summary>
    /// The station of unit type <paramref name="unit"/> that serves a case of <paramref name="category"/>
    /// from <paramref name="community"/> (a department's task passes category + its department number).
    /// </summary>
    internal int StationFor(int unit, int community, int category)
    {
        int units = _unitsPerNode[unit];
        // Jurisdiction.AncestorOf, without a call or a hardware division.
        int node = _nodeOfCommunity[unit] is { } table ? table[community] : _communitiesPerNode[unit].Divide(community);
        return _firstStation[unit] + (units == 1 ? node : node * units + category % units);
    }

    private void ResetStatistics(double now)
    {
        WindowStart = now;
        foreach (var s in _stations) s.ResetStatistics(now);
        _stats.Reset(now);
        // Cases decided closed but still open: their open time after now belongs to the new window.
        _stats.Backlog.AddArea(_closing.OpenTimeAfter(now));
    }
}
