using System.CommandLine;
using System.Diagnostics;
using GovSim.Cli.Output;
using GovSim.Networks;
using GovSim.Scenarios;
using Spectre.Console;

namespace GovSim.Cli.Commands;

/// <summary><c>govsim run FILE</c>: runs a queueing-network scenario, prints its results and writes them as CSV.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("scenario") { Description = "Scenario file (YAML); see docs/scenario-format.md." };
        var overrides = new RunOverrideOptions();
        var command = new Command("run", "Run a scenario file and report every station and class with 95% confidence intervals.");
        command.Arguments.Add(file);
        overrides.AddTo(command);
        command.SetAction(parse => Execute(parse.GetRequiredValue(file), overrides.Read(parse)));
        return command;
    }

    private static int Execute(FileInfo file, RunOverrides overrides)
    {
        NetworkSpec spec;
        try
        {
            spec = overrides.ApplyTo(NetworkScenarioReader.ReadFile(file.FullName), file.ToString());
        }
        catch (ScenarioException e)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.BadInput;
        }

        foreach (var warning in LoadAnalysis.OverloadWarnings(spec)) Terminal.Warning(warning);

        string outDir = overrides.OutputDirectory ?? Path.Combine("out", spec.Name);
        var stopwatch = Stopwatch.StartNew();
        var summary = Terminal.WithProgress(
            $"running {spec.Name}", spec.Run.Replications,
            tick => NetworkRunner.Run(spec, overrides.Threads, _ => tick()));
        stopwatch.Stop();

        ResultTables.Write(Terminal.Out, spec, summary);
        long events = summary.Replications.Sum(r => r.EventsExecuted);
        Terminal.Out.MarkupLine(
            $"[grey]{spec.Run.Replications} replications of {Format.Number(spec.Run.Length)} h (warm-up {Format.Number(spec.Run.Warmup)} h), " +
            $"seed {spec.Run.Seed}: {Format.Number(events)} events in {stopwatch.Elapsed.TotalSeconds:0.00} s[/]");

        OutputFolder.Write(outDir, folder => RunCsv.Write(folder, spec, summary));
        Terminal.Out.MarkupLine($"[grey]results written to {Spectre.Console.Markup.Escape(outDir)}[/]");
        return ExitCodes.Success;
    }
}
