namespace GovSim.Networks;

/// <summary>
/// One figure of one replication, in long ("tidy") form: which part of the model it is about
/// (<paramref name="Scope"/>: station, class or network, and <paramref name="Entity"/>'s name) and
/// which metric (e.g. "Wq", "utilisation", "W_p90").
/// </summary>
public readonly record struct Metric(string Scope, string Entity, string Name, double Value)
{
    public MetricKey Key => new(Scope, Entity, Name);
}

/// <summary>Identifies a metric across replications.</summary>
public readonly record struct MetricKey(string Scope, string Entity, string Name)
{
    public override string ToString() => $"{Scope}:{Entity}:{Name}";
}
