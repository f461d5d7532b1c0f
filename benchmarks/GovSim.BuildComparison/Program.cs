using System.Diagnostics;
using System.Globalization;
using GovSim.BuildComparison;

// Usage: GovSim.BuildComparison BUILD_A BUILD_B SCENARIO [ROUNDS]
//
// Times one replication of SCENARIO with two builds of GovSim in one process, alternating A, B,
// then B, A, round after round. On a shared machine whose speed drifts by tens of percent within
// minutes, separate processes run minutes apart compare the machine's moods as much as the code;
// alternating in one process exposes both builds to the same moods. The first round is JIT
// warm-up and is left out. Reports each build's median and the median over rounds of B's time
// divided by A's (below 1: B is faster).
if (args.Length is < 3 or > 4)
{
    Console.Error.WriteLine("usage: GovSim.BuildComparison BUILD_A_FOLDER BUILD_B_FOLDER SCENARIO.yaml [ROUNDS=8]");
    return 2;
}
int rounds = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 8;
if (rounds < 2)
{
    Console.Error.WriteLine("ROUNDS must be at least 2 (the first is warm-up)");
    return 2;
}
BuildUnderTest[] builds = [new(args[0], args[2]), new(args[1], args[2])];
var seconds = new List<double>[] { [], [] };
var work = new (long Cases, long Events)[2];
for (int round = 0; round < rounds; round++)
{
    foreach (int b in round % 2 == 0 ? [0, 1] : new[] { 1, 0 })
    {
        var clock = Stopwatch.StartNew();
        work[b] = builds[b].RunReplication();
        seconds[b].Add(clock.Elapsed.TotalSeconds);
    }
    Console.Error.Write('.');
}
Console.Error.WriteLine();
if (work[0] != work[1])
    Console.WriteLine($"warning: the builds differ in work: A {work[0].Cases} cases, {work[0].Events} events; B {work[1].Cases} cases, {work[1].Events} events");

static double Median(IEnumerable<double> values)
{
    var sorted = values.OrderBy(v => v).ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

for (int b = 0; b < 2; b++)
{
    var measured = seconds[b].Skip(1).ToArray();
    double median = Median(measured);
    Console.WriteLine(FormattableString.Invariant(
        $"{(b == 0 ? 'A' : 'B')} {builds[b].Folder}: median {median:0.000} s, min {measured.Min():0.000} s; {work[b].Cases / median / 1e6:0.000} M cases/s, {work[b].Events / median / 1e6:0.00} M events/s"));
}
var ratios = seconds[1].Zip(seconds[0], (b, a) => b / a).Skip(1).ToArray();
Console.WriteLine(FormattableString.Invariant(
    $"B / A: median {Median(ratios):0.000} over {ratios.Length} rounds (each {string.Join(" ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))})"));
return 0;
