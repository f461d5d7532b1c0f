namespace GovSim.Theory;

/// <summary>
/// Steady-state measures of the Erlang A (M/M/c+M) queue, as returned by <see cref="ErlangA.Solve"/>.
/// All time quantities are in the time unit of the rates passed in.
/// </summary>
/// <param name="ProbabilityOfWait">Probability an arrival finds all c servers busy and must queue, P(N &gt;= c) by PASTA.</param>
/// <param name="ProbabilityOfAbandonment">Fraction of arrivals who abandon before service, theta E[Q] / lambda.</param>
/// <param name="MeanQueueLength">Mean number waiting (not in service), E[Q].</param>
/// <param name="MeanWait">Mean time in queue over all arrivals, served or abandoned (including zero waits), E[Q] / lambda by Little's law.</param>
/// <param name="MeanWaitOfServed">Mean time in queue of the customers who are eventually served (including zero waits).</param>
/// <param name="Utilisation">Mean fraction of servers busy, E[min(N, c)] / c.</param>
public readonly record struct ErlangAResult(
    double ProbabilityOfWait,
    double ProbabilityOfAbandonment,
    double MeanQueueLength,
    double MeanWait,
    double MeanWaitOfServed,
    double Utilisation);
