using GovSim.Networks;
using GovSim.Reports.Figures;
using GovSim.Scenarios;

namespace GovSim.Cli.Commands;

/// <summary>Command-line values that override a scenario's run section, and how its output is written.</summary>
/// <param name="Language">Language of the text in the figures.</param>
internal sealed record RunOverrides(int? Replications, ulong? Seed, double? Horizon, double? Warmup, string? OutputDirectory, int Threads, bool Cases = false,
    FigureLanguage Language = FigureLanguage.English)
{
    /// <summary>Applies the overrides to a network scenario.</summary>
    public NetworkSpec ApplyTo(NetworkSpec spec, string file) => spec with { Run = ApplyTo(spec.Run, file) };

    /// <summary>Applies the overrides, checking them as strictly as the file's own values.</summary>
    public RunSpec ApplyTo(RunSpec run, string file)
    {
        if (Replications is { } n)
        {
            if (n < 1) throw Bad(file, "--replications", $"must be at least 1, got {n}");
            run = run with { Replications = n };
        }
        if (Seed is { } s) run = run with { Seed = s };
        if (Horizon is { } h)
        {
            if (!(h > 0) || double.IsInfinity(h)) throw Bad(file, "--horizon", $"must be a positive number of hours, got {h}");
            run = run with { Length = h };
        }
        if (Warmup is { } w)
        {
            if (!(w >= 0)) throw Bad(file, "--warmup", $"must be zero or a positive number of hours, got {w}");
            run = run with { Warmup = w };
        }
        if (run.Warmup >= run.Length)
            throw Bad(file, Horizon is null ? "--warmup" : "--horizon", $"the warm-up ({run.Warmup} h) must be shorter than the run ({run.Length} h)");
        if (Threads == 0 || Threads < -1) throw Bad(file, "--threads", $"must be -1 (all cores) or at least 1, got {Threads}");
        return run;
    }

    private static ScenarioException Bad(string file, string option, string problem) =>
        new(file, 0, 0, option, problem);
}
