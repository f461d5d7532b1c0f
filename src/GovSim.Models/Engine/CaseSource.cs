using GovSim.Kernel;
using GovSim.Models.Spec;
using GovSim.Random;

namespace GovSim.Models.Engine;

/// <summary>
/// Poisson arrivals of cases from one source (hotline, grid, community reports) over the whole
/// jurisdiction. Every attribute of a case — community, category, urgency, complexity — is drawn from this
/// source's own stream in a fixed order, so that two structures run on the same seed see the same
/// cases at the same times (common random numbers), whatever their units. A time-of-day and
/// day-of-week profile makes the arrivals a non-homogeneous Poisson process, by thinning.
/// </summary>
/// <remarks>
/// Each case is drawn when it is scheduled, not when it arrives: the stream is read in the same
/// order either way (gap, then the attributes, then the next gap), so the cases are the same to
/// the bit, and knowing the case early has two uses. Its entry station travels in the event, so
/// the event loop's look-ahead can load that station before the case arrives; and candidates the
/// profile rejects are drawn in a loop instead of each costing an event.
/// </remarks>
internal sealed class CaseSource : SimulationComponent
{
    // A drawn case arrives. Subject: its entry station.
    private const int CaseArrives = 0;

    // Drawing resumes from this candidate time (see ScheduleNext). No subject.
    private const int DrawFromHere = 1;

    private readonly GovernanceModel _model;
    private readonly int _source;
    private readonly double _rate;
    private readonly int _communities;
    private readonly double[] _categoryCumulative;
    private readonly double[] _urgencyCumulative;
    private readonly RandomStream _random;
    private readonly ArrivalProfile? _profile;
    private readonly double[] _comprehensiveShare;   // per category
    private readonly double _drawUntil;

    // The case drawn for the pending arrival event.
    private int _community;
    private int _category;
    private int _urgency;
    private bool _comprehensive;

    /// <param name="drawUntil">
    /// How far ahead rejected candidates are skipped without events: the run's length. Beyond it
    /// the source schedules its candidate as an event, so that a scenario whose profile rejects
    /// everything for a long time cannot loop for ever, and a run extended past the scenario's
    /// length still sees the same arrivals.
    /// </param>
    public CaseSource(Simulation simulation, GovernanceModel model, StationPrefetch stationPrefetch, GovernanceSpec spec, int source, RandomStream random, double drawUntil)
        : base(simulation)
    {
        _model = model;
        _source = source;
        var s = spec.Sources[source];
        _communities = spec.Jurisdiction.NodeCount(Tier.Community);
        _profile = s.Profile;
        // With a profile, candidates come at the week's peak rate and are thinned (Lewis and
        // Shedler): kept with probability multiplier(t) / peak, drawn from this same stream.
        _rate = s.RatePerCommunity * _communities * (_profile?.Max ?? 1);
        _categoryCumulative = Cumulative(spec.Categories.Select(c =>
            s.CategoryShares is null ? c.Share : s.CategoryShares.GetValueOrDefault(c.Name)).ToArray());
        _urgencyCumulative = Cumulative(spec.Urgencies.Select(u => u.Share).ToArray());
        _comprehensiveShare = spec.Categories.Select(c => c.ComprehensiveShare).ToArray();
        _random = random;
        _drawUntil = drawUntil;
        SetPrefetch(null, new ArrivalPrefetcher(stationPrefetch));
        ScheduleNext(simulation.Now, thinFirst: false);
    }

    private double NextGap() => Ziggurat.Exponential(_random) / _rate;

    protected internal override void OnEvent(int kind, int subject, int tag)
    {
        if (kind == DrawFromHere)
        {
            ScheduleNext(Simulation.Now, thinFirst: true);
            return;
        }
        // The next arrival is scheduled before this case is admitted: that was cheaper for the heap
        // the event list once was, and is kept so that sequence numbers, which order events of
        // equal time, stay as they were. (They use different streams, so the numbers drawn are
        // the same either way.)
        int community = _community, category = _category, urgency = _urgency;
        bool comprehensive = _comprehensive;
        ScheduleNext(Simulation.Now, thinFirst: false);
        _model.Admit(_source, community, category, urgency, comprehensive, subject);
    }

    /// <summary>An arrival will touch its entry station first.</summary>
    private sealed class ArrivalPrefetcher(StationPrefetch stations) : EventPrefetcher
    {
        public override void Prefetch(int kind, int subject, int tag)
        {
            if (kind == CaseArrives) stations.Prefetch(subject);
        }
    }

    /// <summary>
    /// Draws the next case after time <paramref name="from"/> and schedules its arrival:
    /// candidates at the peak rate, each kept with probability multiplier / peak. With
    /// <paramref name="thinFirst"/>, <paramref name="from"/> is itself a candidate still to be thinned.
    /// </summary>
    private void ScheduleNext(double from, bool thinFirst)
    {
        double time = from;
        if (!thinFirst) time += NextGap();
        while (_profile is not null && _random.NextUnit() * _profile.Max >= _profile.Multiplier(time))
        {
            // Rejected. The sum is the one Schedule(NextGap()) made when each candidate was an event.
            time += NextGap();
            if (time > _drawUntil)
            {
                ScheduleAt(time, DrawFromHere);
                return;
            }
        }
        _community = (int)(_random.NextUnit() * _communities);
        _category = Pick(_categoryCumulative, _random.NextUnit());
        _urgency = Pick(_urgencyCumulative, _random.NextUnit());
        // Drawn only for categories that have comprehensive cases, so that scenarios without them
        // use the stream exactly as before.
        double comprehensiveShare = _comprehensiveShare[_category];
        _comprehensive = comprehensiveShare > 0 && _random.NextUnit() < comprehensiveShare;
        ScheduleAt(time, CaseArrives, _model.EntryStation(_source, _community, _category));
    }

    private static double[] Cumulative(double[] weights)
    {
        double total = weights.Sum();
        var cumulative = new double[weights.Length];
        double running = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }
        cumulative[^1] = 1.0;
        return cumulative;
    }

    // The first i with u < cumulative[i] (the last if none), found by counting the entries u is
    // not below rather than by stopping at the first it is: the same index, since the cumulative
    // shares rise, without a branch whose outcome changes with every case.
    private static int Pick(double[] cumulative, double u)
    {
        int below = 0;
        for (int i = 0; i < cumulative.Length - 1; i++) below += u >= cumulative[i] ? 1 : 0;
        return below;
    }
}
