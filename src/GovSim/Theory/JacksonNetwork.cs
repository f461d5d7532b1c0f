using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace GovSim.Theory;

/// <summary>
/// Steady state of an open Jackson network of M/M/c stations. By Jackson's theorem each station
/// behaves as an independent M/M/c queue fed at its total arrival rate, which is found from the
/// traffic equations lambda = gamma + P^T lambda. Build with <see cref="Solve"/>.
/// </summary>
public sealed class JacksonNetwork
{
    // Row sums within this of 1 count as "no exit", so 0.1 + 0.2 + 0.7 is not mistaken for a leak.
    private const double RoutingTolerance = 1e-12;

    private JacksonNetwork(
        double[] arrivalRates,
        double[] utilisations,
        double[] meanNumber,
        double[] meanSojourn,
        double[] meanVisits,
        double totalExternalArrivalRate)
    {
        ArrivalRates = Array.AsReadOnly(arrivalRates);
        Utilisations = Array.AsReadOnly(utilisations);
        MeanNumber = Array.AsReadOnly(meanNumber);
        MeanSojourn = Array.AsReadOnly(meanSojourn);
        MeanVisits = Array.AsReadOnly(meanVisits);
        TotalExternalArrivalRate = totalExternalArrivalRate;
        TotalMeanNumber = meanNumber.Sum();
        MeanSojournTime = TotalMeanNumber / totalExternalArrivalRate;
    }

    /// <summary>Number of stations.</summary>
    public int StationCount => ArrivalRates.Count;

    /// <summary>Total arrival rate lambda_i at each station (solution of the traffic equations).</summary>
    public IReadOnlyList<double> ArrivalRates { get; }

    /// <summary>Per-station utilisation rho_i = lambda_i / (c_i mu_i).</summary>
    public IReadOnlyList<double> Utilisations { get; }

    /// <summary>Mean number at each station, L_i, from the M/M/c (Erlang C) formula.</summary>
    public IReadOnlyList<double> MeanNumber { get; }

    /// <summary>Mean sojourn (queue + service) per visit at each station, W_i, from M/M/c.</summary>
    public IReadOnlyList<double> MeanSojourn { get; }

    /// <summary>Mean number of visits to each station per external arrival, lambda_i / sum(gamma).</summary>
    public IReadOnlyList<double> MeanVisits { get; }

    /// <summary>Total external arrival rate sum(gamma).</summary>
    public double TotalExternalArrivalRate { get; }

    /// <summary>Mean total number in the network, sum_i L_i.</summary>
    public double TotalMeanNumber { get; }

    /// <summary>
    /// Mean end-to-end time a customer spends in the network, by Little's law:
    /// sum_i L_i / sum(gamma) (equivalently sum_i MeanVisits_i W_i).
    /// </summary>
    public double MeanSojournTime { get; }

    /// <summary>
    /// Solves an open Jackson network: traffic equations (I - P^T) lambda = gamma by dense LU,
    /// then each station as an M/M/c queue.
    /// </summary>
    /// <param name="externalArrivalRates">External Poisson arrival rate gamma_i per station (&gt;= 0, total &gt; 0).</param>
    /// <param name="routing">routing[i, j] = probability of moving from station i to station j; row sums &lt;= 1, the remainder leaves the network.</param>
    /// <param name="serviceRates">Service rate mu_i per server at each station (&gt; 0).</param>
    /// <param name="servers">Number of servers c_i at each station (&gt;= 1).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Dimensions disagree, there are no stations, or the routing traps customers (some station can never reach an exit, so (I - P^T) is singular).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate, probability, row sum or server count is invalid.</exception>
    /// <exception cref="InvalidOperationException">Some station has rho &gt;= 1 (unstable).</exception>
    public static JacksonNetwork Solve(double[] externalArrivalRates, double[,] routing, double[] serviceRates, int[] servers)
    {
        ArgumentNullException.ThrowIfNull(externalArrivalRates);
        ArgumentNullException.ThrowIfNull(routing);
        ArgumentNullException.ThrowIfNull(serviceRates);
        ArgumentNullException.ThrowIfNull(servers);

        int n = externalArrivalRates.Length;
        if (n == 0)
        {
            throw new ArgumentException("The network needs at least one station.", nameof(externalArrivalRates));
        }

        if (routing.GetLength(0) != n || routing.GetLength(1) != n)
        {
            throw new ArgumentException($"routing must be {n} x {n} to match externalArrivalRates.", nameof(routing));
        }

        if (serviceRates.Length != n || servers.Length != n)
        {
            throw new ArgumentException("serviceRates and servers must have one entry per station.", nameof(serviceRates));
        }

        double totalGamma = 0.0;
        for (int i = 0; i < n; i++)
        {
            TheoryGuard.NonNegative(externalArrivalRates[i], nameof(externalArrivalRates));
            TheoryGuard.Positive(serviceRates[i], nameof(serviceRates));
            TheoryGuard.Servers(servers[i], nameof(servers));
            totalGamma += externalArrivalRates[i];
        }

        if (totalGamma <= 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(externalArrivalRates), totalGamma, "The total external arrival rate must be positive.");
        }

        bool[] exits = ValidateRouting(routing, n);
        EnsureEveryStationCanExit(routing, exits, n);

        Matrix<double> transfer = Matrix<double>.Build.DenseIdentity(n) - Matrix<double>.Build.DenseOfArray(routing).Transpose();
        Vector<double> lambda = transfer.Solve(Vector<double>.Build.DenseOfArray(externalArrivalRates));

        var arrival = new double[n];
        var utilisation = new double[n];
        var meanNumber = new double[n];
        var meanSojourn = new double[n];
        var visits = new double[n];
        for (int i = 0; i < n; i++)
        {
            // The exact solution is non-negative (gamma >= 0, P substochastic); clamp LU round-off.
            double li = Math.Max(0.0, lambda[i]);
            if (!double.IsFinite(li))
            {
                throw new InvalidOperationException("The traffic equations could not be solved (routing matrix is numerically singular).");
            }

            double rho = li / (servers[i] * serviceRates[i]);
            if (rho >= 1.0)
            {
                throw TheoryGuard.Unstable(rho, string.Create(CultureInfo.InvariantCulture, $"at station {i}"));
            }

            arrival[i] = li;
            utilisation[i] = rho;
            meanNumber[i] = ErlangC.L(li, serviceRates[i], servers[i]);

            // Computed directly (not L / lambda) so a station with no traffic still reports 1 / mu.
            meanSojourn[i] = ErlangC.W(li, serviceRates[i], servers[i]);
            visits[i] = li / totalGamma;
        }

        return new JacksonNetwork(arrival, utilisation, meanNumber, meanSojourn, visits, totalGamma);
    }

    private static bool[] ValidateRouting(double[,] routing, int n)
    {
        var exits = new bool[n];
        for (int i = 0; i < n; i++)
        {
            double rowSum = 0.0;
            for (int j = 0; j < n; j++)
            {
                double p = routing[i, j];
                if (!double.IsFinite(p) || p < 0.0 || p > 1.0)
                {
                    throw new ArgumentOutOfRangeException(nameof(routing), p, $"routing[{i}, {j}] must be a probability in [0, 1].");
                }

                rowSum += p;
            }

            if (rowSum > 1.0 + RoutingTolerance)
            {
                throw new ArgumentOutOfRangeException(nameof(routing), rowSum, $"Row {i} of routing sums to more than 1.");
            }

            exits[i] = rowSum < 1.0 - RoutingTolerance;
        }

        return exits;
    }

    // I - P^T is invertible exactly when every station can reach one that leaks to the outside;
    // otherwise customers circulate forever and the open-network steady state does not exist.
    private static void EnsureEveryStationCanExit(double[,] routing, bool[] exits, int n)
    {
        var canExit = (bool[])exits.Clone();
        var pending = new Queue<int>();
        for (int i = 0; i < n; i++)
        {
            if (canExit[i])
            {
                pending.Enqueue(i);
            }
        }

        while (pending.Count > 0)
        {
            int j = pending.Dequeue();
            for (int i = 0; i < n; i++)
            {
                if (!canExit[i] && routing[i, j] > 0.0)
                {
                    canExit[i] = true;
                    pending.Enqueue(i);
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (!canExit[i])
            {
                throw new ArgumentException($"Station {i} can never route customers out of the network; an open Jackson network needs an exit reachable from every station.", nameof(routing));
            }
        }
    }
}
