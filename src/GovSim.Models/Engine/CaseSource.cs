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
internal sealed class CaseSource : SimulationComponent
{
    private readonly GovernanceModel _model;
    private readonly int _source;
    private readonly double _rate;
    private readonly int _communities;
    private readonly double[] _categoryCumulative;
    private readonly double[] _urgencyCumulative;
    private readonly RandomStream _random;
    private readonly ArrivalProfile? _profile;
    private readonly double[] _comprehensiveShare;   // per category

    public CaseSource(Simulation simulation, GovernanceModel model, GovernanceSpec spec, int source, RandomStream random)
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
        Schedule(NextGap(), 0);
    }

    private double NextGap() => -Math.Log(_random.NextUnitOpenAtZero()) / _rate;

    protected internal override void OnEvent(int kind, int subject, int tag)
    {
        if (_profile is not null && _random.NextUnit() * _profile.Max >= _profile.Multiplier(Simulation.Now))
        {
            Schedule(NextGap(), 0);
            return;
        }
        int community = (int)(_random.NextUnit() * _communities);
        int category = Pick(_categoryCumulative, _random.NextUnit());
        int urgency = Pick(_urgencyCumulative, _random.NextUnit());
        // Drawn only for categories that have comprehensive cases, so that scenarios without them
        // use the stream exactly as before.
        double comprehensiveShare = _comprehensiveShare[category];
        bool comprehensive = comprehensiveShare > 0 && _random.NextUnit() < comprehensiveShare;
        _model.Admit(_source, community, category, urgency, comprehensive);
        Schedule(NextGap(), 0);
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

    private static int Pick(double[] cumulative, double u)
    {
        for (int i = 0; i < cumulative.Length - 1; i++)
            if (u < cumulative[i]) return i;
        return cumulative.Length - 1;
    }
}
