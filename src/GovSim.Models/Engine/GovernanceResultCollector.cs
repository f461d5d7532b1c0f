using GovSim.Models.Spec;
using GovSim.Networks;
using static GovSim.Models.Engine.GovernanceMetrics;

namespace GovSim.Models.Engine;

/// <summary>Reads a finished governance replication into flat <see cref="Metric"/>s.</summary>
internal static class GovernanceResultCollector
{
    public static ReplicationResult Collect(GovernanceModel model, int replication)
    {
        var spec = model.Spec;
        var stats = model.Statistics;
        double now = model.Simulation.Now;
        double window = now - model.WindowStart;
        var metrics = new List<Metric>();

        void Durations(string scope, string entity, DurationStatistics d)
        {
            metrics.Add(new Metric(scope, entity, ResolutionMean, d.Tally.Mean));
            metrics.Add(new Metric(scope, entity, ResolutionP50, d.Quantiles.Quantile(0.50)));
            metrics.Add(new Metric(scope, entity, ResolutionP90, d.Quantiles.Quantile(0.90)));
            metrics.Add(new Metric(scope, entity, ResolutionP99, d.Quantiles.Quantile(0.99)));
            metrics.Add(new Metric(scope, entity, OnTimeRate, d.OnTimeRate));
        }

        void Overall(string name, double value) => metrics.Add(new Metric(GovernanceMetrics.Overall, All, name, value));
        Overall(ArrivalRate, stats.Arrivals / window);
        Durations(GovernanceMetrics.Overall, All, stats.All);
        Overall(ResponseRate, Ratio(stats.Responded, stats.Arrivals));
        Overall(ResolutionRate, Ratio(stats.ClosedWithoutReopening, stats.Closed));
        Overall(SatisfactionRate, Ratio(stats.Satisfied, stats.Closed));
        Overall(Hops, Ratio(stats.HopSum, stats.Closed));
        Overall(Bounces, Ratio(stats.BounceSum, stats.Closed));
        Overall(Reopenings, Ratio(stats.Reopenings, stats.Arrivals));
        Overall(Backlog, stats.Backlog.Mean(now));
        Overall(Staff, spec.TotalStaff);
        Overall(Cost, spec.TotalCost);

        if (spec.Categories.Any(c => c.ComprehensiveShare > 0))
        {
            Overall(ComprehensiveShare, Ratio(stats.ByComplexity[1].Tally.Count, stats.Closed));
            Durations(ComplexityScope, SingleCases, stats.ByComplexity[0]);
            Durations(ComplexityScope, ComprehensiveCases, stats.ByComplexity[1]);
            if (spec.Mechanisms.Whistle.Enabled && spec.Units.Any(u => u.Coordination is { Whistle: true }))
            {
                Overall(ReportMean, stats.Reports.Count > 0 ? stats.Reports.Mean : double.NaN);
                Overall(ReportOnTimeRate, Ratio(stats.ReportsOnTime, stats.Reports.Count));
            }
        }
        for (int c = 0; c < spec.Categories.Count; c++) Durations(CategoryScope, spec.Categories[c].Name, stats.ByCategory[c]);
        for (int u = 0; u < spec.Urgencies.Count; u++) Durations(UrgencyScope, spec.Urgencies[u].Name, stats.ByUrgency[u]);
        foreach (Tier tier in Enum.GetValues<Tier>())
        {
            string name = TierName(tier);
            var d = stats.ByTier[(int)tier];
            Durations(ResolvingTierScope, name, d);
            metrics.Add(new Metric(ResolvingTierScope, name, Share, Ratio(d.Tally.Count, stats.Closed)));
        }

        // Utilisation and queues per unit type and per tier, from every station of the type or tier.
        var typeBusy = new double[spec.Units.Count];
        var typeCapacity = new double[spec.Units.Count];
        var typeQueue = new double[spec.Units.Count];
        var typeStations = new int[spec.Units.Count];
        var busy = new double[4];
        var capacity = new double[4];
        var queue = new double[4];
        var units = new int[4];
        var staff = new double[4];
        var cost = new double[4];
        foreach (var station in model.Stations)
        {
            int type = model.UnitOf(station.Number);
            var unit = spec.Units[type];
            int t = (int)unit.Tier;
            typeBusy[type] += station.Statistics.Busy.Mean(now);
            typeCapacity[type] += station.Statistics.Capacity.Mean(now);
            typeQueue[type] += station.Statistics.QueueLength.Mean(now);
            typeStations[type]++;
            busy[t] += station.Statistics.Busy.Mean(now);
            capacity[t] += station.Statistics.Capacity.Mean(now);
            queue[t] += station.Statistics.QueueLength.Mean(now);
            units[t]++;
            // The unit's staff (equal, or shared out by size), not the servers on duty at the end.
            int unitStaff = model.StaffOf(station.Number);
            staff[t] += unitStaff;
            cost[t] += unitStaff * unit.CostPerStaff;
        }
        foreach (Tier tier in Enum.GetValues<Tier>())
        {
            int t = (int)tier;
            string name = TierName(tier);
            metrics.Add(new Metric(TierScope, name, Utilisation, capacity[t] > 0 ? busy[t] / capacity[t] : double.NaN));
            metrics.Add(new Metric(TierScope, name, QueuePerUnit, units[t] > 0 ? queue[t] / units[t] : double.NaN));
            metrics.Add(new Metric(TierScope, name, Staff, staff[t]));
            metrics.Add(new Metric(TierScope, name, Cost, cost[t]));
        }

        for (int type = 0; type < spec.Units.Count; type++)
        {
            string name = spec.Units[type].Name;
            metrics.Add(new Metric(UnitScope, name, Utilisation, typeCapacity[type] > 0 ? typeBusy[type] / typeCapacity[type] : double.NaN));
            metrics.Add(new Metric(UnitScope, name, QueuePerUnit, typeQueue[type] / typeStations[type]));
        }
        AddUnitsInDistricts(model, spec, now, metrics);

        return new ReplicationResult(
            replication, metrics, model.TotalArrivals, model.TotalClosed, 0,
            model.OpenCases, model.Simulation.EventsExecuted)
        {
            Series = model.BacklogSeries.Select(p => new SeriesPoint(BacklogSeries, p.Time, p.Open)).ToList(),
            Quantiles = QuantileCurves(spec, stats),
        };
    }

    // The same per unit type and district, for the types below the city: where districts differ in
    // size (a listed jurisdiction), the busiest district's units stand out here, not in the averages.
    private static void AddUnitsInDistricts(GovernanceModel model, GovernanceSpec spec, double now, List<Metric> metrics)
    {
        var jurisdiction = spec.Jurisdiction;
        int districts = jurisdiction.NodeCount(Tier.District);
        var busy = new double[spec.Units.Count, districts];
        var capacity = new double[spec.Units.Count, districts];
        var queue = new double[spec.Units.Count, districts];
        var stations = new int[spec.Units.Count, districts];
        foreach (var station in model.Stations)
        {
            int type = model.UnitOf(station.Number);
            var tier = spec.Units[type].Tier;
            if (tier == Tier.City) continue;
            int district = jurisdiction.DistrictOf(tier, model.NodeOf(station.Number));
            busy[type, district] += station.Statistics.Busy.Mean(now);
            capacity[type, district] += station.Statistics.Capacity.Mean(now);
            queue[type, district] += station.Statistics.QueueLength.Mean(now);
            stations[type, district]++;
        }
        for (int type = 0; type < spec.Units.Count; type++)
        {
            if (spec.Units[type].Tier == Tier.City) continue;
            for (int d = 0; d < districts; d++)
            {
                string entity = $"{spec.Units[type].Name} @ {jurisdiction.DistrictName(d)}";
                metrics.Add(new Metric(UnitInDistrictScope, entity, Utilisation, capacity[type, d] > 0 ? busy[type, d] / capacity[type, d] : double.NaN));
                metrics.Add(new Metric(UnitInDistrictScope, entity, QueuePerUnit, queue[type, d] / stations[type, d]));
            }
        }
    }

    /// <summary>The probabilities at which resolution-time quantile curves are recorded: every percent, and the far tail.</summary>
    public static readonly double[] CurveProbabilities =
        [.. Enumerable.Range(1, 99).Select(i => i / 100.0), 0.995, 0.999];

    /// <summary>Resolution-time quantile curves (hours), overall and per group, for ECDFs and box plots.</summary>
    private static List<QuantilePoint> QuantileCurves(GovernanceSpec spec, CaseStatistics stats)
    {
        var points = new List<QuantilePoint>();
        void Curve(string group, DurationStatistics d)
        {
            if (d.Tally.Count == 0) return;
            foreach (double p in CurveProbabilities) points.Add(new QuantilePoint(group, p, d.Quantiles.Quantile(p)));
        }
        Curve(All, stats.All);
        for (int c = 0; c < spec.Categories.Count; c++) Curve($"{CategoryScope}:{spec.Categories[c].Name}", stats.ByCategory[c]);
        for (int u = 0; u < spec.Urgencies.Count; u++) Curve($"{UrgencyScope}:{spec.Urgencies[u].Name}", stats.ByUrgency[u]);
        foreach (Tier tier in Enum.GetValues<Tier>()) Curve($"{ResolvingTierScope}:{TierName(tier)}", stats.ByTier[(int)tier]);
        if (spec.Categories.Any(c => c.ComprehensiveShare > 0))
        {
            Curve($"{ComplexityScope}:{SingleCases}", stats.ByComplexity[0]);
            Curve($"{ComplexityScope}:{ComprehensiveCases}", stats.ByComplexity[1]);
        }
        return points;
    }

    /// <summary>Name of the series of open cases over time.</summary>
    public const string BacklogSeries = "open_cases";

    public static string TierName(Tier tier) => tier.ToString().ToLowerInvariant();

    private static double Ratio(long part, long whole) => whole > 0 ? (double)part / whole : double.NaN;
}
