using MathNet.Numerics.LinearAlgebra;

namespace GovSim.Networks;

/// <summary>
/// The offered load of every station from the traffic equations, before anything runs, so that
/// an overloaded station (ρ ≥ 1) is named in a warning: its figures then grow with the run
/// length and describe a transient, not a steady state.
/// </summary>
public static class LoadAnalysis
{
    /// <summary>Offered load per station: Σ over classes of visit rate × mean service time, over mean servers on duty.</summary>
    public static IReadOnlyList<StationLoad> Analyse(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int n = spec.Stations.Count;
        var work = new double[n];
        var rates = new double[n];
        foreach (var cls in spec.Classes)
        {
            var lambda = ClassVisitRates(spec, cls);
            for (int s = 0; s < n; s++)
            {
                rates[s] += lambda[s];
                if (lambda[s] > 0) work[s] += lambda[s] * spec.Stations[s].ServiceFor(cls.Name).Mean;
            }
        }
        var loads = new List<StationLoad>(n);
        for (int s = 0; s < n; s++)
        {
            var st = spec.Stations[s];
            double servers = st.IsInfinite ? double.PositiveInfinity : st.Schedule?.AverageServers ?? st.Servers;
            loads.Add(new StationLoad(st.Name, rates[s], work[s], st.IsInfinite ? 0 : work[s] / servers));
        }
        return loads;
    }

    /// <summary>One-line warnings for stations with ρ ≥ 1.</summary>
    public static IReadOnlyList<string> OverloadWarnings(NetworkSpec spec) =>
        Analyse(spec)
            .Where(l => l.Utilisation >= 1)
            .Select(l => FormattableString.Invariant(
                $"station '{l.Station}' is overloaded (offered load ρ = {l.Utilisation:0.###} ≥ 1): its queue grows without bound, so its figures are transient, not steady state"))
            .ToList();

    // Solves λ = γ + λP for one class: (I − Pᵀ) λ = γ.
    private static double[] ClassVisitRates(NetworkSpec spec, CustomerClassSpec cls)
    {
        int n = spec.Stations.Count;
        var p = Matrix<double>.Build.Dense(n, n);
        var gamma = Vector<double>.Build.Dense(n);
        foreach (var a in cls.Arrivals) gamma[spec.StationIndex(a.Station)] += a.Rate;
        foreach (var row in cls.Routes)
            foreach (var t in row.Targets)
                p[spec.StationIndex(row.From), spec.StationIndex(t.To)] += t.Probability;
        var a2 = Matrix<double>.Build.DenseIdentity(n) - p.Transpose();
        var lambda = a2.Solve(gamma);
        var result = lambda.ToArray();
        // A routing with no way out makes the system singular: every customer stays for ever.
        for (int i = 0; i < n; i++)
            if (!double.IsFinite(result[i]) || result[i] < -1e-9) result[i] = double.PositiveInfinity;
        return result;
    }
}

/// <summary>A station's long-run visit rate, offered work (server-hours per hour) and utilisation.</summary>
public sealed record StationLoad(string Station, double ArrivalRate, double OfferedWork, double Utilisation);
