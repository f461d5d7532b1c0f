using System.Runtime.CompilerServices;

namespace GovSim.Kernel;

/// <summary>
/// The simulated clock and the event loop. Time is a double in hours from the start of the run.
/// </summary>
/// <remarks>
/// Events are dispatched to components by index rather than through delegates, so that neither
/// scheduling nor dispatch allocates. Events at equal times run in the order they were scheduled.
/// </remarks>
public sealed class Simulation
{
    private readonly EventList _events = new();
    private SimulationComponent[] _components = new SimulationComponent[16];
    private PrefetchPlan[] _prefetch = new PrefetchPlan[16];
    private int _componentCount;
    private long _nextSequence;
    private bool _stopRequested;

    // True while the event being handled still sits at the root of the event list (see RunUntil).
    private bool _currentAtTop;

    /// <summary>The current simulated time, hours.</summary>
    public double Now { get; private set; }

    /// <summary>Events executed so far.</summary>
    public long EventsExecuted { get; private set; }

    /// <summary>Events waiting in the future-event list.</summary>
    public int PendingEvents => _events.Count - (_currentAtTop ? 1 : 0);

    internal int Register(SimulationComponent component)
    {
        if (_componentCount == _components.Length)
        {
            Array.Resize(ref _components, _components.Length * 2);
            Array.Resize(ref _prefetch, _components.Length);
        }
        _components[_componentCount] = component;
        return _componentCount++;
    }

    // From how many components on the event loop prefetches the next event's memory: about where
    // a model's state (some hundreds of bytes per station) outgrows a core's L2 cache.
    private const int LookAheadFromComponents = 1024;

    /// <summary>Whether the event loop prefetches for the next event: null (the default) decides by the model's size; tests force it either way.</summary>
    internal bool? LookAhead { get; set; }

    // What to prefetch for a component's events, kept beside the component table so that the loop
    // reaches it without touching the (likely cold) component object.
    private struct PrefetchPlan
    {
        public object? Also;
        public IEventPrefetcher? Prefetcher;
    }

    internal void SetPrefetch(int componentId, object? alsoPrefetch, IEventPrefetcher? prefetcher) =>
        _prefetch[componentId] = new PrefetchPlan { Also = alsoPrefetch, Prefetcher = prefetcher };

    /// <summary>Schedules an event for component <paramref name="componentId"/> at absolute time <paramref name="time"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ScheduleAt(double time, int componentId, int kind, int subject, int tag)
    {
        if (!(time >= Now)) ThrowPastEvent(time);
        var e = new ScheduledEvent
        {
            Time = time,
            Sequence = _nextSequence++,
            Component = componentId,
            Kind = kind,
            Subject = subject,
            Tag = tag,
        };
        if (_currentAtTop)
        {
            _currentAtTop = false;
            _events.ReplaceTop(e);
        }
        else
        {
            _events.Push(e);
        }
    }

    /// <summary>Asks the loop to return after the current event.</summary>
    public void Stop() => _stopRequested = true;

    /// <summary>
    /// Runs events until the next one would be later than <paramref name="endTime"/> (or
    /// <see cref="Stop"/> is called); the clock then stands at <paramref name="endTime"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RunUntil(double endTime)
    {
        if (endTime < Now) throw new ArgumentOutOfRangeException(nameof(endTime), endTime, "cannot run backwards in time");
        _stopRequested = false;
        if (_currentAtTop)
        {
            // A handler threw during an earlier run: its event is done with, drop it.
            _currentAtTop = false;
            _events.RemoveTop();
        }
        // Hot loop, with two tricks:
        // - The event being handled stays at the root of the heap while its handler runs, and the
        //   first event the handler schedules takes its place (ReplaceTop): one sift instead of a
        //   pop and a push. Most handlers schedule something (an arrival its successor, a service
        //   completion the next service), so this saves a sift on most events. If the handler
        //   schedules nothing, the event is removed afterwards. Ordering is unchanged: the new event
        //   has the largest sequence number, and the handled one was the minimum anyway.
        // - Stations handle most events and are called directly: a type test on a sealed class is
        //   cheaper than the virtual call and lets the JIT see the callee.
        // - Prefetching. In a city-scale model the next event's station, customer and case records
        //   have usually left the caches since they were last touched, and waiting for them was
        //   most of the cost of an event. The next event is almost always the earliest child of
        //   the root, known before this one is handled, so its memory is requested first and
        //   arrives while this event is handled. Prefetching changes no state: results are the
        //   same to the bit with or without it. A small model stays in the caches anyway and would
        //   only pay for the look-ahead (about 5-10% on the teaching city), so it is skipped there.
        var events = _events;
        var components = _components;
        var prefetch = _prefetch;
        bool lookAhead = LookAhead ?? _componentCount >= LookAheadFromComponents;
        long executed = 0;
        while (events.Count > 0 && events.NextTime <= endTime)
        {
            ScheduledEvent e = events.Peek();
            Now = e.Time;
            executed++;
            _currentAtTop = true;
            if (lookAhead && events.TryPeekSecond(out var next))
            {
                CacheHint.Prefetch(components[next.Component], 192);
                ref readonly var plan = ref prefetch[next.Component];
                if (plan.Also is not null) CacheHint.Prefetch(plan.Also, 64);
                plan.Prefetcher?.Prefetch(next.Kind, next.Subject, next.Tag);
            }
            var component = components[e.Component];
            if (component is Station station) station.OnEvent(e.Kind, e.Subject, e.Tag);
            else component.OnEvent(e.Kind, e.Subject, e.Tag);
            if (_currentAtTop)
            {
                _currentAtTop = false;
                events.RemoveTop();
            }
            if (_stopRequested) break;
            if (components.Length != _components.Length)
            {
                components = _components;
                prefetch = _prefetch;
            }
        }
        EventsExecuted += executed;
        if (!_stopRequested) Now = endTime;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowPastEvent(double time) =>
        throw new ArgumentOutOfRangeException(nameof(time), time, $"an event cannot be scheduled before the current time {Now}");
}
