using GovSim.Distributions;
using GovSim.Networks;

namespace GovSim.Tests.Networks;

/// <summary>Small networks built in code for tests.</summary>
internal static class TestNetworks
{
    public static NetworkSpec SingleStation(
        double lambda, double mu, int servers = 1, double length = 20_000, double warmup = 200, int replications = 4,
        ulong seed = 7, Distribution? patience = null, string discipline = "fifo") =>
        new("single", new RunSpec(length, warmup, replications, seed),
            [new StationSpec("server", servers, discipline, new ExponentialDistribution(mu), new Dictionary<string, Distribution>())],
            [new CustomerClassSpec("customers", 0, double.PositiveInfinity, patience, [new ArrivalSpec("server", lambda)], [])]);

    public static NetworkSpec Jackson(double length = 50_000, int replications = 8, ulong seed = 11) =>
        GovSim.Validation.ValidationCases.All(seed).Single(c => c.Model.StartsWith("Jackson", StringComparison.Ordinal)).Spec
            with { Run = new RunSpec(length, 1_000, replications, seed) };
}
