using GovSim.Random;

namespace GovSim.Networks;

/// <summary>
/// Where one class goes after one station: cumulative probabilities over next stations; a draw
/// beyond the last one exits. Each row draws from its own stream.
/// </summary>
internal sealed class RoutingRow
{
    private readonly double[] _cumulative;
    private readonly int[] _targets;
    private readonly RandomStream _random;

    public RoutingRow(IReadOnlyList<(int Target, double Probability)> targets, RandomStream random)
    {
        _cumulative = new double[targets.Count];
        _targets = new int[targets.Count];
        double sum = 0;
        for (int i = 0; i < targets.Count; i++)
        {
            sum += targets[i].Probability;
            _cumulative[i] = sum;
            _targets[i] = targets[i].Target;
        }
        _random = random;
    }

    /// <summary>The next station's index, or -1 to exit.</summary>
    public int Next()
    {
        double u = _random.NextUnit();
        var cumulative = _cumulative;
        for (int i = 0; i < cumulative.Length; i++)
            if (u < cumulative[i]) return _targets[i];
        return -1;
    }
}
