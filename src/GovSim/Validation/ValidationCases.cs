using GovSim.Distributions;
using GovSim.Networks;
using GovSim.Theory;
using static GovSim.Networks.MetricNames;

namespace GovSim.Validation;

/// <summary>
/// The built-in networks with exact answers. <c>serviceSpeed</c> multiplies every simulated
/// service rate while the theory keeps the nominal one: 1 for the real check, 0.95 or 1.05 to
/// show that the run lengths are long enough to catch a service rate off by 5%.
/// </summary>
/// <remarks>
/// Run lengths: each case is sized so that the 95% half-width of its least precise metric is
/// about 1–2% of the value (the M/M/1 at ρ = 0.9, whose waiting time has a relaxation time of
/// hundreds of hours, needs by far the most customers), well under the 10–100% change that a 5%
/// error in the service rate causes in every compared model. Warm-ups are several relaxation times.
/// </remarks>
public static class ValidationCases
{
    public static IReadOnlyList<ValidationCase> All(ulong seed = 20261123, double serviceSpeed = 1.0) =>
    [
        MM1(0.5, length: 200_000, warmup: 1_000, seed, serviceSpeed, withSojournQuantiles: true),
        MM1(0.9, length: 800_000, warmup: 20_000, seed, serviceSpeed),
        MMc(seed, serviceSpeed),
        MD1(seed, serviceSpeed),
        MG1LogNormal(seed, serviceSpeed),
        Priority(seed, serviceSpeed),
        Jackson(seed, serviceSpeed),
        ErlangAbandonment(seed, serviceSpeed),
    ];

    private const int Replications = 20;

    private static MetricKey Station(string station, string name) => new(StationScope, station, name);

    private static NetworkSpec SingleStation(
        string name, int servers, string discipline, Distribution service, double length, double warmup, ulong seed,
        params CustomerClassSpec[] classes) =>
        new(name, new RunSpec(length, warmup, Replications, seed),
            [new StationSpec("server", servers, discipline, service, new Dictionary<string, Distribution>())],
            classes);

    private static CustomerClassSpec Poisson(string name, double rate, int priority = 0, Distribution? patience = null) =>
        new(name, priority, double.PositiveInfinity, patience, [new ArrivalSpec("server", rate)], []);

    // The sojourn-time quantiles check the quantile estimates (a streaming histogram, interpolated)
    // against an exact distribution; at ρ = 0.5 a replication's 100,000 customers put a few dozen
    // observations in the bucket of even the 99th percentile.
    private static ValidationCase MM1(double rho, double length, double warmup, ulong seed, double speed, bool withSojournQuantiles = false)
    {
        const double mu = 1.0;
        double lambda = rho * mu;
        string model = FormattableString.Invariant($"M/M/1 ρ={rho}");
        var spec = SingleStation(model, 1, "fifo", new ExponentialDistribution(mu * speed), length, warmup, seed,
            Poisson("customers", lambda));
        var expectations = new List<Expectation>
        {
            new("Wq (h)", Station("server", Wq), Theory.MM1.Wq(lambda, mu)),
            new("L", Station("server", L), Theory.MM1.L(lambda, mu)),
        };
        if (withSojournQuantiles)
        {
            foreach (var (name, p) in new[] { (WP50, 0.5), (WP90, 0.9), (WP99, 0.99) })
            {
                expectations.Add(new(FormattableString.Invariant($"W p{p * 100:0} (h)"), new MetricKey(ClassScope, "customers", name),
                    Theory.MM1.SojournQuantile(lambda, mu, p)));
            }
        }

        return new ValidationCase(model, spec, expectations);
    }

    private static ValidationCase MMc(ulong seed, double speed)
    {
        const int c = 4;
        const double mu = 1.0, lambda = 3.2; // ρ = 0.8
        const string model = "M/M/4 ρ=0.8 (Erlang C)";
        var spec = SingleStation(model, c, "fifo", new ExponentialDistribution(mu * speed), 100_000, 1_000, seed,
            Poisson("customers", lambda));
        return new ValidationCase(model, spec,
        [
            new("P(wait)", Station("server", ProbabilityOfWait), ErlangC.ProbabilityOfWait(lambda, mu, c)),
            new("Wq (h)", Station("server", Wq), ErlangC.Wq(lambda, mu, c)),
        ]);
    }

    private static ValidationCase MD1(ulong seed, double speed)
    {
        const double lambda = 0.8, d = 1.0;
        const string model = "M/D/1 ρ=0.8 (P-K)";
        var spec = SingleStation(model, 1, "fifo", new DeterministicDistribution(d / speed), 200_000, 2_000, seed,
            Poisson("customers", lambda));
        return new ValidationCase(model, spec,
        [
            new("Wq (h)", Station("server", Wq), PollaczekKhinchine.Wq(lambda, d, 0)),
        ]);
    }

    private static ValidationCase MG1LogNormal(ulong seed, double speed)
    {
        const double lambda = 0.7, mean = 1.0, sd = 1.2;
        const string model = "M/G/1 lognormal cv=1.2 ρ=0.7 (P-K)";
        var spec = SingleStation(model, 1, "fifo",
            LogNormalDistribution.FromMeanAndStandardDeviation(mean / speed, sd / speed), 300_000, 2_000, seed,
            Poisson("customers", lambda));
        return new ValidationCase(model, spec,
        [
            new("Wq (h)", Station("server", Wq), PollaczekKhinchine.Wq(lambda, mean, sd * sd)),
        ]);
    }

    private static ValidationCase Priority(ulong seed, double speed)
    {
        const double mu = 1.0, high = 0.3, low = 0.5;
        const string model = "M/M/1 2-class priority ρ=0.8 (Cobham)";
        var spec = SingleStation(model, 1, "priority", new ExponentialDistribution(mu * speed), 200_000, 2_000, seed,
            Poisson("high", high, priority: 0), Poisson("low", low, priority: 1));
        double secondMoment = 2 / (mu * mu);
        double[] w = Cobham.WaitingTimes([high, low], [1 / mu, 1 / mu], [secondMoment, secondMoment]);
        return new ValidationCase(model, spec,
        [
            new("Wq high (h)", Station("server", WqOfClass("high")), w[0]),
            new("Wq low (h)", Station("server", WqOfClass("low")), w[1]),
        ]);
    }

    private static ValidationCase Jackson(ulong seed, double speed)
    {
        // Three stations with feedback: intake → (review | field) → back to intake sometimes.
        string[] names = ["intake", "review", "field"];
        double[] external = [1.0, 0.4, 0.0];
        double[,] routing =
        {
            { 0.0, 0.5, 0.3 },  // intake → review 0.5, field 0.3, exit 0.2
            { 0.1, 0.0, 0.5 },  // review → intake 0.1, field 0.5, exit 0.4
            { 0.2, 0.0, 0.0 },  // field → intake 0.2, exit 0.8
        };
        double[] mu = [2.0, 1.5, 1.0];
        int[] servers = [1, 1, 2];
        var theory = JacksonNetwork.Solve(external, routing, mu, servers);
        const string model = "Jackson 3 stations with feedback";
        var stations = new List<StationSpec>();
        for (int i = 0; i < 3; i++)
            stations.Add(new StationSpec(names[i], servers[i], "fifo", new ExponentialDistribution(mu[i] * speed), new Dictionary<string, Distribution>()));
        var routes = new List<RouteSpec>();
        for (int i = 0; i < 3; i++)
        {
            var targets = new List<RouteTarget>();
            for (int j = 0; j < 3; j++)
                if (routing[i, j] > 0) targets.Add(new RouteTarget(names[j], routing[i, j]));
            routes.Add(new RouteSpec(names[i], targets));
        }
        var arrivals = new List<ArrivalSpec>();
        for (int i = 0; i < 3; i++)
            if (external[i] > 0) arrivals.Add(new ArrivalSpec(names[i], external[i]));
        var spec = new NetworkSpec(model, new RunSpec(100_000, 1_000, Replications, seed), stations,
            [new CustomerClassSpec("cases", 0, double.PositiveInfinity, null, arrivals, routes)]);
        var expectations = new List<Expectation>();
        for (int i = 0; i < 3; i++)
            expectations.Add(new($"L {names[i]}", Station(names[i], L), theory.MeanNumber[i]));
        expectations.Add(new("mean sojourn (h)", new MetricKey(NetworkScope, NetworkEntity, W), theory.MeanSojournTime));
        return new ValidationCase(model, spec, expectations);
    }

    private static ValidationCase ErlangAbandonment(ulong seed, double speed)
    {
        const int c = 4;
        const double lambda = 4.0, mu = 1.0, theta = 0.5; // offered load 1: stable only through abandonment
        const string model = "M/M/4+M (Erlang A)";
        var spec = SingleStation(model, c, "fifo", new ExponentialDistribution(mu * speed), 100_000, 1_000, seed,
            Poisson("callers", lambda, patience: new ExponentialDistribution(theta)));
        var theory = ErlangA.Solve(lambda, mu, c, theta);
        return new ValidationCase(model, spec,
        [
            new("P(abandon)", Station("server", ProbabilityOfAbandonment), theory.ProbabilityOfAbandonment),
            new("Wq all (h)", Station("server", Wq), theory.MeanWait),
            new("P(wait)", Station("server", ProbabilityOfWait), theory.ProbabilityOfWait),
        ]);
    }
}
