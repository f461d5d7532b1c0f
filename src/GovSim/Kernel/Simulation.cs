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
    private ComponentEntry[] _components = new ComponentEntry[16];
    private int _componentCount;
    private long _nextSequence;
    private bool _stopRequested;

    // True while an event is being handled: it stays first in the event list until its handler
    // returns (see RunUntil).
    private bool _handling;

    /// <summary>The current simulated time, hours.</summary>
    public double Now { get; private set; }

    /// <summary>
    /// The time the current run goes to (the argument of <see cref="RunUntil"/>; infinity before
    /// the first run): what "by the end of the run" means to a model that decides ahead.
    /// </summary>
    public double RunEnd { get; private set; } = double.PositiveInfinity;

    /// <summary>Events executed so far.</summary>
    public long EventsExecuted { get; private set; }

    /// <summary>Events waiting in the future-event list.</summary>
    public int PendingEvents => _events.Count - (_handling ? 1 : 0);

    internal int Register(SimulationComponent component)
    {
        if (_componentCount == _components.Length) Array.Resize(ref _components, _components.Length * 2);
        _components[_componentCount] = new ComponentEntry { Component = component, PrefetchBytes = DefaultPrefetchBytes };
        return _componentCount++;
    }

    // From how many components on the event loop prefetches the next event's memory: about where
    // a model's state (some hundreds of bytes per station) outgrows a core's L2 cache.
    private const int LookAheadFromComponents = 1024;

    /// <summary>Whether the event loop prefetches for the next event: null (the default) decides by the model's size; tests force it either way.</summary>
    internal bool? LookAhead { get; set; }

    // A component and what to prefetch for its events, side by side: the loop finds both in one
    // (likely cold) cache line of the table, without touching the component object itself.
    private struct ComponentEntry
    {
        public SimulationComponent Component;
        public object? AlsoPrefetch;
        public EventPrefetcher? Prefetcher;
        public int PrefetchBytes;
    }

    /// <summary>How many bytes of a component the look-ahead loads unless the component says otherwise.</summary>
    internal const int DefaultPrefetchBytes = 192;

    internal void SetPrefetch(int componentId, object? alsoPrefetch, EventPrefetcher? prefetcher, int componentBytes)
    {
        ref var entry = ref _components[componentId];
        entry.AlsoPrefetch = alsoPrefetch;
        entry.Prefetcher = prefetcher;
        entry.PrefetchBytes = componentBytes;
    }

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
        _events.Push(e);
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
        RunEnd = endTime;
        _stopRequested = false;
        if (_handling)
        {
            // A handler threw during an earlier run: its event is done with, drop it.
            _handling = false;
            _events.RemoveTop();
        }
        // Hot loop, with three tricks:
        // - The event being handled stays first in the event list while its handler runs, and is
        //   removed afterwards. Whatever the handler schedules is at or after it (same time, later
        //   sequence number at the earliest), so it stays first; and the list never has to look
        //   for the next event beyond it while events before that may still come (see EventList).
        // - Stations handle most events and are called directly: a type test on a sealed class is
        //   cheaper than the virtual call and lets the JIT see the callee.
        // - Prefetching. In a city-scale model the next event's station, customer and case records
        //   have usually left the caches since they were last touched, and waiting for them was
        //   most of the cost of an event. The next events are almost always the second and third
        //   in the list, known before this one is handled, so the third's memory is requested now
        //   and arrives while two events are handled (one was too short a lead for a memory
        //   access: x0.93 with two); the second's too, unless that was done as it was the third
        //   (it was scheduled since). Finding the third's memory needs its entry in the component
        //   table, itself often out of the caches (7,000+ entries for a city), so that line is
        //   requested one event earlier still, for the fourth (x0.98, twice in 19 rounds).
        //   Prefetching changes no state: results are the same to the bit with or without it. A
        //   small model stays in the caches anyway and would only pay for the look-ahead (about
        //   5-10% on the teaching city), so it is skipped there.
        var events = _events;
        var components = _components;
        bool lookAhead = LookAhead ?? _componentCount >= LookAheadFromComponents;
        long executed = 0;
        long prefetched = -1;
        while (events.Count > 0)
        {
            ScheduledEvent e = events.Peek();
            if (e.Time > endTime) break;
            Now = e.Time;
            executed++;
            _handling = true;
            if (lookAhead && events.TryPeekSecond(out var next))
            {
                if (next.Sequence != prefetched) PrefetchFor(next, components);
                if (events.TryPeekNth(3, out var after))
                {
                    PrefetchFor(after, components);
                    prefetched = after.Sequence;
                    if (events.TryPeekNth(4, out var later)) CacheHint.Prefetch(ref components[later.Component]);
                }
            }
            var component = components[e.Component].Component;
            if (component is Station station) station.OnEvent(e.Kind, e.Subject, e.Tag);
            else component.OnEvent(e.Kind, e.Subject, e.Tag);
            _handling = false;
            events.RemoveTop();
            if (_stopRequested) break;
            if (components.Length != _components.Length) components = _components;
        }
        EventsExecuted += executed;
        if (!_stopRequested) Now = endTime;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefetchFor(in ScheduledEvent e, ComponentEntry[] components)
    {
        ref readonly var entry = ref components[e.Component];
        CacheHint.Prefetch(entry.Component, entry.PrefetchBytes);
        if (entry.AlsoPrefetch is not null) CacheHint.Prefetch(entry.AlsoPrefetch, 64);
        entry.Prefetcher?.Prefetch(e.Kind, e.Subject, e.Tag);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowPastEvent(double time) =>
        throw new ArgumentOutOfRangeException(nameof(time), time, $"an event cannot be scheduled before the current time {Now}");
}
