using GovSim.Models.Engine;
using GovSim.Models.Scenarios;

namespace GovSim.Tests.Models;

/// <summary>
/// The event loop's look-ahead (prefetching the next event's memory, used on large models) is a
/// hint only: forced on or off, a governance replication gives the same numbers, bit for bit.
/// </summary>
public class LookAheadTests
{
    [Theory]
    [InlineData("inverted-pyramid.yaml")]
    [InlineData("double-pyramid.yaml")]
    public void Prefetching_changes_no_result(string file)
    {
        var spec = GovernanceScenarioReader.ReadFile(RepositoryPaths.Experiment("teaching-city", file));
        double[] Run(bool lookAhead)
        {
            var model = new GovernanceModel(spec, replication: 1);
            model.Simulation.LookAhead = lookAhead;
            model.Run();
            var result = GovernanceResultCollector.Collect(model, 1);
            Assert.True(result.TotalArrivals > 1_000);
            return [.. result.Metrics.Select(m => m.Value), result.EventsExecuted, result.TotalArrivals];
        }

        Assert.Equal(Run(false).Select(BitConverter.DoubleToInt64Bits), Run(true).Select(BitConverter.DoubleToInt64Bits));
    }
}
