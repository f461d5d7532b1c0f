using BenchmarkDotNet.Attributes;
using GovSim.Models.Engine;
using GovSim.Models.Scenarios;
using GovSim.Models.Spec;
using GovSim.Networks;

namespace GovSim.Benchmarks;

/// <summary>
/// How fast is the governance model? One replication of a preset: the teaching city for its full
/// run (a month), the Beijing preset for one simulated week after a day of warm-up. GlobalSetup
/// prints the number of cases and events of the measured replication, so that
/// cases per second = cases / Mean, events per second = events / Mean. The Allocated column,
/// compared between the week and a longer horizon, shows whether memory grows with the horizon.
/// </summary>
[MemoryDiagnoser]
public class GovernanceBenchmarks
{
    private GovernanceSpec _spec = null!;

    [Params(
        "teaching-city/inverted-pyramid.yaml",
        "teaching-city/double-pyramid.yaml",
        "beijing/inverted-pyramid.yaml",
        "beijing/double-pyramid.yaml")]
    public string Preset { get; set; } = "";

    /// <summary>Simulated hours of the Beijing runs (the teaching city keeps its own run length).</summary>
    [Params(168, 336)]
    public double BeijingHours { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _spec = GovernanceScenarioReader.ReadFile(Path.Combine(ExperimentsFolder(), Preset));
        if (Preset.StartsWith("beijing/", StringComparison.Ordinal))
            _spec = _spec with { Run = _spec.Run with { Length = BeijingHours + 24, Warmup = 24 } };
        var result = GovernanceRunner.RunReplication(_spec, 0);
        Console.WriteLine(FormattableString.Invariant(
            $"// {Preset} ({_spec.Run.Length} h): {result.TotalArrivals} cases, {result.EventsExecuted} events per operation"));
    }

    [Benchmark]
    public ReplicationResult OneReplication() => GovernanceRunner.RunReplication(_spec, 0);

    // The repository holding this build, or else the one the command was started in: a build into
    // a folder outside the repository (the README's quick in-process recipe, --artifacts-path /tmp/…)
    // has no GovSim.sln above it.
    private static string ExperimentsFolder()
    {
        string? root = RepositoryAbove(AppContext.BaseDirectory) ?? RepositoryAbove(Environment.CurrentDirectory);
        return root is null
            ? throw new DirectoryNotFoundException($"cannot find the repository (GovSim.sln) above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}: run the benchmarks from the repository")
            : Path.Combine(root, "experiments");
    }

    private static string? RepositoryAbove(string folder)
    {
        var dir = new DirectoryInfo(folder);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovSim.sln"))) dir = dir.Parent;
        return dir?.FullName;
    }
}
