using System.Runtime.CompilerServices;
using GovSim.Distributions;
using GovSim.Random;
using GovSim.Statistics;

namespace GovSim.Kernel;

/// <summary>
/// A service station: c identical servers (or infinitely many), one waiting line in the order of a
/// <see cref="QueueDiscipline"/>, non-preemptive service, optional abandonment by impatient
/// customers, and optionally a weekly schedule of the number of servers on duty.
/// </summary>
/// <remarks>
/// A customer's service time is drawn when it arrives, from the station's own stream: this keeps
/// the sequence of service times identical whatever the discipline (common random numbers), and
/// lets disciplines such as shortest-job-first see the job size. When the schedule removes
/// servers, busy servers finish their customer first (non-preemptive). An exit may take a customer
/// on as its service starts, so that its end needs no event (Station.EarlyDepartures.cs); the
/// owner then calls <see cref="Settle"/> before reading the statistics.
/// </remarks>
public sealed partial class Station : SimulationComponent
{
    private const int ServiceDone = 0;
    private const int Abandonment = 1;
    private const int ScheduleChange = 2;

    /// <summary>
    /// The kind of event by which another component schedules a customer's later arrival here
    /// (subject: the customer): <c>Simulation.ScheduleAt(time, station.ComponentId, Station.ArrivalEvent, customer, 0)</c>
    /// has the customer <see cref="Arrive"/> at that time.
    /// </summary>
    public const int ArrivalEvent = 3;

    private readonly CustomerStore _customers;
    private readonly QueueDiscipline _discipline;
    private readonly WaitingLine _line;
    private readonly Distribution[] _serviceByClass;
    private readonly Distribution?[] _patienceByClass;
    private readonly int[] _priorityByClass;
    private readonly RandomStream _serviceRandom;
    private readonly RandomStream _patienceRandom;
    private readonly WeeklySchedule? _schedule;
    private readonly bool _infinite;
    private readonly bool _fifo;

    // The statistics updated for every customer, held directly so the hot path skips a load.
    private readonly TimeWeightedTally _busyTally;
    private readonly RunningTally[] _waitByClass;

    // The statistics slot of each class: the class itself, unless the owner pools classes whose
    // per-class figures it never reads (one slot per station saves memory on large models).
    private readonly int[] _slotOfClass;
    private int _capacity;
    private int _busy;
    private int _waiting;

    // Entries left in the line by customers who abandoned. They are skipped when they reach the
    // front, but under a priority discipline a low-priority entry may never get there, so the
    // line is compacted once they outnumber the live entries: memory stays bounded by the queue.
    private int _staleEntries;
    private const int CompactionThreshold = 64;

    // Summoned customers (joint work with other stations) wait in a lane of their own, first come
    // first served, and are taken up before the ordinary line. Created on the first summons, so
    // stations that never see one pay nothing but the count test.
    private FifoWaitingLine? _summons;
    private int _summonsWaiting;

    public Station(
        Simulation simulation,
        CustomerStore customers,
        string name,
        int servers,
        QueueDiscipline discipline,
        Distribution[] serviceByClass,
        Distribution?[] patienceByClass,
        int[] priorityByClass,
        RandomStream serviceRandom,
        RandomStream patienceRandom,
        WeeklySchedule? schedule = null,
        int[]? statisticsSlotOfClass = null)
        : base(simulation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(servers, 1);
        _infinite = servers == int.MaxValue;
        _capacity = schedule?.ServersAt(simulation.Now) ?? servers;
        _slotOfClass = statisticsSlotOfClass ?? Enumerable.Range(0, serviceByClass.Length).ToArray();
        if (_slotOfClass.Length != serviceByClass.Length || _slotOfClass.Min() < 0)
            throw new ArgumentException("every class needs a statistics slot of at least 0", nameof(statisticsSlotOfClass));
        // The first allocations after the station object itself: the release times of early
        // departures (Station.EarlyDepartures.cs; 32 bytes for a one-person unit, and every visit
        // there touches them), then the statistics a visit updates. They lie right behind the
        // station in memory, and the event loop's look-ahead loads them with it in one run of
        // PrefetchBytes (the garbage collector keeps objects in the order they were allocated when
        // it compacts them). Speed only: nothing depends on where they lie.
        _releases = new double[Math.Clamp(servers, 1, 16)];
        Statistics = new StationStatistics(_slotOfClass.Max() + 1, simulation.Now, _infinite ? 0 : _capacity);
        _busyTally = Statistics.Busy;
        _waitByClass = Statistics.WaitByClass;
        _customers = customers;
        Name = name;
        _discipline = discipline;
        _line = WaitingLine.For(discipline);
        _serviceByClass = serviceByClass;
        _patienceByClass = patienceByClass;
        _priorityByClass = priorityByClass;
        _serviceRandom = serviceRandom;
        _patienceRandom = patienceRandom;
        _schedule = schedule;
        _fifo = discipline.IsFirstInFirstOut;
        if (schedule is not null) ScheduleAt(schedule.NextChangeAfter(simulation.Now), ScheduleChange);
        SetPrefetchPlan();
    }

    // The look-ahead's plan for this station's events: its own bytes, its service stream, and the
    // exit's records of the customer if the exit can prefetch them, else the kernel's.
    private void SetPrefetchPlan() => SetPrefetch(_serviceRandom, _exit?.CustomerPrefetcher ?? _customers, PrefetchBytes);

    /// <summary>
    /// How many bytes from a station's address its look-ahead loads: the station object and the
    /// statistics allocated right behind it (arrivals and waits per slot, the busy tally), which
    /// every visit updates: all of them for a station with one statistics slot, as the governance
    /// model's are, the first slots' for more. Its service stream, allocated elsewhere, is loaded besides.
    /// </summary>
    public const int PrefetchBytes = 512;

    /// <summary>The stream the station draws service times from; exposed so that an owner can load it ahead of an arrival.</summary>
    internal RandomStream ServiceRandom => _serviceRandom;

    public string Name { get; }

    /// <summary>The station's position in its owner's list (a network's station index); set by the owner.</summary>
    public int Number { get; init; }
    public StationStatistics Statistics { get; }
    /// <summary>
    /// Where customers go when their service ends. If it names a <see cref="IStationExit.CustomerPrefetcher"/>,
    /// the event loop lets that prefetch the exit's own records of a customer whose event comes
    /// next; otherwise it prefetches the customer's kernel record.
    /// </summary>
    public IStationExit? Exit
    {
        get => _exit;
        set
        {
            _exit = value;
            _departsAtStart = value?.DecidesAtServiceStart ?? false;
            SetPrefetchPlan();
        }
    }

    private IStationExit? _exit;
    public bool IsInfinite => _infinite;
    public int Capacity => _capacity;
    /// <summary>Servers busy: with early departures, also those whose customer's service has ended since the station last needed a server (<see cref="Settle"/> frees them).</summary>
    public int Busy => _busy;
    public int Waiting => _waiting;

    /// <summary>Entries held by the waiting line, stale ones included (for tests of bounded memory).</summary>
    internal int LineEntries => _line.Count;

    /// <summary>Customer <paramref name="customer"/> arrives now.</summary>
    public void Arrive(int customer)
    {
        ref CustomerRecord c = ref _customers[customer];
        var stats = Statistics;
        double now = Simulation.Now;
        int cls = c.ClassIndex;
        double service = BeginVisit(ref c, now);
        if (HasFreeServer(now))
        {
            StartService(customer, now);
            return;
        }
        stats.Delayed++;
        int token = c.WaitToken;
        double key = _fifo
            ? now
            : _discipline.Key(new QueueEntry(cls, _priorityByClass[cls], now, c.DueTime, service));
        _line.Add(customer, token, key);
        _waiting++;
        stats.QueueLength.Update(now, _waiting);
        if (_departsAtStart) WakeForRelease();
        var patience = _patienceByClass[cls];
        if (patience is not null) Schedule(patience.Sample(_patienceRandom), Abandonment, customer, token);
    }

    /// <summary>
    /// Summons customer <paramref name="customer"/> to take part in joint work: it waits in the
    /// summons lane, ahead of every ordinary customer, first come first served. Its service time
    /// is drawn as for an arrival, but the server that takes it up is held,
    /// <see cref="IStationExit.OnHeld"/> is called, and service ends only when the owner calls
    /// <see cref="FinishHeld"/>.
    /// </summary>
    /// <remarks>
    /// Joint work that holds servers of several stations can deadlock if two jobs each hold one
    /// station while waiting for the other. It cannot here when every job summons all its stations
    /// at one instant: the lanes are first come first served, so they order jobs the same way at
    /// every station, and a job only ever waits for servers held by jobs ahead of it (or by
    /// ordinary customers, who finish). Ordering the lane by anything else (e.g. by a deadline)
    /// would let a later job overtake an earlier one at some stations and not at others.
    /// </remarks>
    public void Summon(int customer)
    {
        ref CustomerRecord c = ref _customers[customer];
        double now = Simulation.Now;
        c.Summoned = true;
        BeginVisit(ref c, now);
        if (HasFreeServer(now))
        {
            StartService(customer, now);
            return;
        }
        Statistics.Delayed++;
        (_summons ??= new FifoWaitingLine()).Add(customer, c.WaitToken, now);
        _summonsWaiting++;
        _waiting++;
        Statistics.QueueLength.Update(now, _waiting);
        if (_departsAtStart) WakeForRelease();
    }

    /// <summary>Ends, <paramref name="after"/> hours from now, the held service of summoned customer <paramref name="customer"/>.</summary>
    public void FinishHeld(int customer, double after)
    {
        ref CustomerRecord c = ref _customers[customer];
        if (!c.Summoned) throw new InvalidOperationException($"customer {customer} is not held at station '{Name}'");
        c.Summoned = false;
        Schedule(after, ServiceDone, customer);
    }

    /// <summary>What every visit starts with, ordinary or summoned: its time, its count, its service time drawn now (returned).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double BeginVisit(ref CustomerRecord c, double now)
    {
        int cls = c.ClassIndex;
        c.StationArrival = now;
        c.Visits++;
        double service = _serviceByClass[cls].Sample(_serviceRandom);
        c.ServiceTime = service;
        Statistics.ArrivalsByClass[_slotOfClass[cls]]++;
        return service;
    }

    protected internal override void OnEvent(int kind, int subject, int tag)
    {
        switch (kind)
        {
            case ServiceDone: CompleteService(subject); break;
            case Abandonment: Abandon(subject, tag); break;
            case ScheduleChange: ChangeCapacity(); break;
            case ArrivalEvent: Arrive(subject); break;
            case ReleaseDue: OnReleaseDue(Simulation.Now); break;
            default: ThrowUnknownKind(kind); break;
        }
    }

    // Kept out of OnEvent so that the string formatting does not enlarge the hot method's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowUnknownKind(int kind) =>
        throw new InvalidOperationException($"station '{Name}' got unknown event kind {kind}");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void StartService(int customer, double now)
    {
        ref CustomerRecord c = ref _customers[customer];
        double wait = now - c.StationArrival;
        // A new token cancels this visit's pending abandonment.
        c.WaitToken++;
        _waitByClass[_slotOfClass[c.ClassIndex]].Add(wait);
        _busy++;
        double service = c.ServiceTime;
        if (c.Summoned)
        {
            _busyTally.Update(now, EventedBusy);
            Exit!.OnHeld(this, customer);
            return;
        }
        if (_departsAtStart && _exit!.TryDepartAtStart(this, customer, now + service))
        {
            AddRelease(now, now + service);
            return;
        }
        _busyTally.Update(now, EventedBusy);
        Schedule(service, ServiceDone, customer);
    }

    private void CompleteService(int customer)
    {
        double now = Simulation.Now;
        _busy--;
        _busyTally.Update(now, EventedBusy);
        Statistics.Served++;
        StartWaitingCustomers(now);
        _exit?.OnServed(this, customer);
    }

    private void StartWaitingCustomers(double now)
    {
        var customers = _customers;
        while (_waiting > 0 && HasFreeServer(now))
        {
            int next, token;
            if (_summonsWaiting > 0)
            {
                _summons!.RemoveFront(out next, out token);
                _summonsWaiting--;
                _waiting--;
                Statistics.QueueLength.Update(now, _waiting);
                StartService(next, now);
                continue;
            }
            _line.RemoveFront(out next, out token);
            if (customers[next].WaitToken != token)
            {
                _staleEntries--; // abandoned earlier
                continue;
            }
            _waiting--;
            Statistics.QueueLength.Update(now, _waiting);
            StartService(next, now);
        }
    }

    private void Abandon(int customer, int token)
    {
        var customers = _customers;
        ref CustomerRecord c = ref customers[customer];
        if (c.WaitToken != token) return; // already in service, or gone
        double now = Simulation.Now;
        c.WaitToken++; // makes its queue entry stale
        _waiting--;
        if (++_staleEntries > CompactionThreshold && _staleEntries > _waiting)
        {
            _line.RemoveStale(customers);
            _staleEntries = 0;
        }
        var stats = Statistics;
        stats.QueueLength.Update(now, _waiting);
        double wait = now - c.StationArrival;
        int cls = c.ClassIndex;
        stats.WaitByClass[_slotOfClass[cls]].Add(wait);
        stats.Abandoned++;
        stats.AbandonedByClass[_slotOfClass[cls]]++;
        Exit?.OnAbandoned(this, customer);
    }

    private void ChangeCapacity()
    {
        double now = Simulation.Now;
        _capacity = _schedule!.ServersAt(now);
        Statistics.Capacity.Update(now, _capacity);
        StartWaitingCustomers(now);
        ScheduleAt(_schedule.NextChangeAfter(now), ScheduleChange);
    }
}
