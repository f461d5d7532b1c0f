using GovSim.Kernel;

namespace GovSim.Networks;

/// <summary>Reads a finished replication's statistics into flat <see cref="Metric"/>s.</summary>
internal static class ResultCollector
{
    public static ReplicationResult Collect(NetworkSpec spec, QueueingNetwork network, int replication)
    {
        double now = network.Simulation.Now;
        double window = now - network.WindowStart;
        var metrics = new List<Metric>();
        double networkL = 0;
        foreach (var station in network.Stations)
        {
            var s = station.Statistics;
            void Add(string name, double value) => metrics.Add(new Metric(MetricNames.StationScope, station.Name, name, value));
            double busy = s.Busy.Mean(now);
            double lq = s.QueueLength.Mean(now);
            networkL += busy + lq;
            Add(MetricNames.ArrivalRate, s.Arrivals / window);
            Add(MetricNames.Throughput, s.Served / window);
            Add(MetricNames.Utilisation, station.IsInfinite ? double.NaN : busy / s.Capacity.Mean(now));
            Add(MetricNames.L, busy + lq);
            Add(MetricNames.Lq, lq);
            Add(MetricNames.Wq, s.Wait.Mean);
            Add(MetricNames.ProbabilityOfWait, Ratio(s.Delayed, s.Arrivals));
            Add(MetricNames.ProbabilityOfAbandonment, Ratio(s.Abandoned, s.Arrivals));
            if (spec.Classes.Count > 1)
                for (int c = 0; c < spec.Classes.Count; c++)
                    Add(MetricNames.WqOfClass(spec.Classes[c].Name), s.WaitByClass[c].Mean);
        }

        long arrivals = 0, completed = 0;
        double sojournSum = 0;
        for (int c = 0; c < spec.Classes.Count; c++)
        {
            var cs = network.ClassStatistics(c);
            string name = spec.Classes[c].Name;
            void Add(string metric, double value) => metrics.Add(new Metric(MetricNames.ClassScope, name, metric, value));
            Add(MetricNames.ArrivalRate, cs.Arrivals / window);
            Add(MetricNames.Throughput, cs.Completed / window);
            Add(MetricNames.W, cs.Sojourn.Mean);
            Add(MetricNames.WP50, cs.SojournQuantiles.Quantile(0.50));
            Add(MetricNames.WP90, cs.SojournQuantiles.Quantile(0.90));
            Add(MetricNames.WP99, cs.SojournQuantiles.Quantile(0.99));
            Add(MetricNames.ProbabilityOfAbandonment, Ratio(cs.Abandoned, cs.Abandoned + cs.Completed));
            Add(MetricNames.Visits, cs.Completed > 0 ? (double)cs.VisitSum / cs.Completed : double.NaN);
            arrivals += cs.Arrivals;
            completed += cs.Completed;
            sojournSum += cs.Sojourn.Sum;
        }

        void AddNetwork(string metric, double value) => metrics.Add(new Metric(MetricNames.NetworkScope, MetricNames.NetworkEntity, metric, value));
        AddNetwork(MetricNames.ArrivalRate, arrivals / window);
        AddNetwork(MetricNames.Throughput, completed / window);
        AddNetwork(MetricNames.L, networkL);
        AddNetwork(MetricNames.W, completed > 0 ? sojournSum / completed : double.NaN);

        return new ReplicationResult(
            replication, metrics,
            network.TotalArrivals, network.TotalDepartures, network.TotalAbandoned,
            network.Customers.Present, network.Simulation.EventsExecuted);
    }

    private static double Ratio(long part, long whole) => whole > 0 ? (double)part / whole : double.NaN;
}
