using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovSim.Distributions;
using GovSim.Networks;

namespace GovSim.Benchmarks;

/// <summary>
/// How fast is the kernel on the textbook case, and what does its generality cost? An M/M/4
/// queue, λ = 3.6 per hour, μ = 1 per hour (ρ = 0.9), run for <see cref="Customers"/>/λ hours so
/// that about <see cref="Customers"/> customers pass, once through the kernel
/// (<see cref="QueueingNetwork"/>) and once through <see cref="HandWrittenMM4"/>, the cheapest
/// honest event loop for this one model.
/// </summary>
/// <remarks>
/// <para>How to read the table:</para>
/// <list type="bullet">
/// <item>Mean is the time of one whole run. Customers per second = Customers / Mean (in seconds);
/// the CustomersPerSec column does that division. Mean / Customers is the cost per customer
/// (each customer is two events: an arrival and a service completion).</item>
/// <item>Ratio is Kernel / HandWrittenLoop for the same Customers: the price of the general
/// kernel (statistics per class and station, quantile sketch, customer records, routing, dispatch
/// by component) over a loop that knows it is an M/M/4.</item>
/// <item>Allocated must be (about) the same for both Customers values: it is the setup (network,
/// statistics, arrays), and the kernel's steady state allocates nothing per customer. Growth with
/// Customers would mean a per-event allocation. (A longer run may reach a longer queue, so the
/// customer and ring arrays may double once more: a few KB, not a per-customer cost.)</item>
/// </list>
/// <para>Both return the mean wait in queue, which keeps the JIT from dropping the work;
/// <see cref="Setup"/> prints both next to the Erlang C value as a sanity check.</para>
/// </remarks>
[Config(typeof(CustomersPerSecondConfig))]
public class MM4Benchmarks
{
    private const double Lambda = 3.6;
    private const double Mu = 1.0;
    private const int Servers = 4;
    private const ulong Seed = 20240601;

    private NetworkSpec _spec = null!;
    private double _horizon;

    [Params(1_000_000, 4_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _horizon = Customers / Lambda;
        _spec = Mm4Spec(_horizon, Seed);

        // Sanity check, once per case: both simulations near the theory, and near each other.
        double theory = Theory.ErlangC.Wq(Lambda, Mu, Servers);
        double kernel = Kernel();
        double hand = HandWrittenLoop();
        Console.WriteLine(FormattableString.Invariant(
            $"// M/M/4 sanity check ({Customers} customers): Wq kernel = {kernel:F4} h, hand-written = {hand:F4} h, Erlang C = {theory:F4} h"));
        // Wide bounds: at ρ = 0.9 a 10^6-customer run still carries a few percent of noise; these
        // catch a broken model (wrong rate, lost customers), not statistical wobble.
        if (Math.Abs(kernel / theory - 1) > 0.15 || Math.Abs(hand / theory - 1) > 0.15)
            throw new InvalidOperationException($"M/M/4 mean wait is off: kernel {kernel}, hand-written {hand}, theory {theory}");
    }

    internal static NetworkSpec Mm4Spec(double horizon, ulong seed) => new(
        "mm4-benchmark",
        new RunSpec(Length: horizon, Warmup: 0, Replications: 1, Seed: seed),
        [new StationSpec("server", Servers, "fifo", new ExponentialDistribution(Mu), new Dictionary<string, Distribution>())],
        [new CustomerClassSpec("customer", 0, double.PositiveInfinity, null, [new ArrivalSpec("server", Lambda)], [])]);

    [Benchmark(Baseline = true)]
    public double HandWrittenLoop() => HandWrittenMM4.MeanWait(Lambda, Mu, Servers, _horizon, Seed);

    [Benchmark]
    public double Kernel()
    {
        var network = new QueueingNetwork(_spec, 0);
        network.Run();
        return network.Stations[0].Statistics.Wait.Mean;
    }

    private sealed class CustomersPerSecondConfig : ManualConfig
    {
        public CustomersPerSecondConfig() => AddColumn(new CustomersPerSecondColumn());
    }

    /// <summary>Customers / Mean, in millions of customers per second of wall-clock time.</summary>
    private sealed class CustomersPerSecondColumn : IColumn
    {
        public string Id => nameof(CustomersPerSecondColumn);
        public string ColumnName => "MCustomers/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Millions of simulated customers per second of wall-clock time (Customers / Mean)";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            if (stats is null || benchmarkCase.Parameters[nameof(Customers)] is not int customers) return "-";
            double seconds = stats.Mean / 1e9;
            return (customers / seconds / 1e6).ToString("F2", CultureInfo.InvariantCulture);
        }
    }
}
