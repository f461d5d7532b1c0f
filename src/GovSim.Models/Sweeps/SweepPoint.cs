using GovSim.Models.Scenarios;

namespace GovSim.Models.Sweeps;

/// <summary>One point of a sweep: which value each axis takes (an index into its values).</summary>
/// <param name="Indices">Per axis, in the order the axes were given, the index of its value.</param>
public sealed record SweepPoint(IReadOnlyList<int> Indices)
{
    /// <summary>
    /// Every combination of the axes' values (their cross product), the first axis varying slowest,
    /// so that points come out in the order a reader expects.
    /// </summary>
    public static IReadOnlyList<SweepPoint> Grid(IReadOnlyList<SweepAxis> axes)
    {
        ArgumentNullException.ThrowIfNull(axes);
        var points = new List<SweepPoint> { new([]) };
        foreach (var axis in axes)
            points = points.SelectMany(p => Enumerable.Range(0, axis.Values.Count).Select(i => new SweepPoint([.. p.Indices, i]))).ToList();
        return points;
    }

    /// <summary>The overrides of this point on the axes where <paramref name="applies"/> is true (all when null).</summary>
    public IReadOnlyList<ScenarioOverride> Overrides(IReadOnlyList<SweepAxis> axes, IReadOnlyList<bool>? applies = null) =>
        axes.SelectMany((axis, a) => applies is null || applies[a] ? axis.Overrides(Indices[a]) : []).ToList();

    /// <summary>The point as written, e.g. <c>load=2, mechanisms.hop_delay.mean=4</c>.</summary>
    public string Label(IReadOnlyList<SweepAxis> axes) =>
        string.Join(", ", axes.Select((axis, a) => $"{axis.Name}={axis.Label(Indices[a])}"));

    /// <summary>Equality by the indices, so points can key dictionaries.</summary>
    public bool Equals(SweepPoint? other) => other is not null && Indices.SequenceEqual(other.Indices);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (int i in Indices) hash.Add(i);
        return hash.ToHashCode();
    }
}
