namespace GovSim.Networks;

/// <summary>
/// A generic open queueing network, as a scenario file declares it: stations, customer classes
/// with Poisson arrivals and per-class routing, and how to run it. Everything is keyed by name.
/// </summary>
public sealed record NetworkSpec(
    string Name,
    RunSpec Run,
    IReadOnlyList<StationSpec> Stations,
    IReadOnlyList<CustomerClassSpec> Classes)
{
    /// <summary>The file the spec was read from, for messages; null when built in code.</summary>
    public string? SourceFile { get; init; }

    public int StationIndex(string name)
    {
        for (int i = 0; i < Stations.Count; i++)
            if (Stations[i].Name == name) return i;
        return -1;
    }
}
