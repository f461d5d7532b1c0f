using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GovSim.Benchmarks;

/// <summary>
/// Entry point: pick benchmarks with BenchmarkDotNet's usual arguments (--filter, --job, --inProcess...).
/// Every run reports allocations (MemoryDiagnoser), and the process exits with 1 when any selected
/// benchmark failed to validate, to build or to produce a measurement, so that CI notices.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance).AddDiagnoser(MemoryDiagnoser.Default);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();

        var failures = summaries.SelectMany(Failures).ToList();
        foreach (string failure in failures) Console.Error.WriteLine($"benchmark failure: {failure}");
        return failures.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Failures(Summary summary)
    {
        if (summary.HasCriticalValidationErrors)
        {
            foreach (var error in summary.ValidationErrors.Where(e => e.IsCritical))
                yield return $"validation: {error.Message}";
        }
        foreach (var report in summary.Reports)
        {
            if (!report.Success || report.ResultStatistics is null)
                yield return $"{report.BenchmarkCase.Descriptor.DisplayInfo} {report.BenchmarkCase.Parameters.DisplayInfo} produced no result";
        }
    }
}
