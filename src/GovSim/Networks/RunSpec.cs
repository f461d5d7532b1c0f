namespace GovSim.Networks;

/// <summary>How long, how many times and from which seed a scenario runs. Times in hours.</summary>
/// <param name="Length">Simulated hours per replication, warm-up included.</param>
/// <param name="Warmup">Hours at the start of each replication whose statistics are discarded.</param>
/// <param name="Replications">Independent replications (at least 2 for a confidence interval).</param>
/// <param name="Seed">Master seed from which every random stream of every replication is derived.</param>
public sealed record RunSpec(double Length, double Warmup, int Replications, ulong Seed);
