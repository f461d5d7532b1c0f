using System.CommandLine;
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
        var command = new Command("run", "Run a scenario file (queueing network or governance) and report its figures with 95% confidence intervals.");
        command.Arguments.Add(file);
        overrides.AddTo(command);
        command.SetAction(parse => Execute(parse.GetRequiredValue(file), overrides.Read(parse)));
        return command;
    }

    private static int Execute(FileInfo file, RunOverrides overrides)
    {
        // Read once, for the kind and then the reader: a pipe (govsim run <(…)) can be read only
        // once, and a second read found it empty ("the file is empty").
        string text;
        try
        {
            text = ScenarioText.ReadFileText(file.FullName);
        }
        catch (ScenarioException e)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.BadInput;
        }
        return GovSim.Models.Scenarios.GovernanceScenarioReader.IsGovernanceText(text)
            ? ExecuteGovernance(file, text, overrides)
            : ExecuteNetwork(file, text, overrides);
    }

    private static int ExecuteGovernance(FileInfo file, string text, RunOverrides overrides)
    {
        GovSim.Models.Spec.GovernanceSpec spec;
        try
        {
            spec = GovernanceLoading.Read(file, text, overrides);
        }
        catch (ScenarioException e)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.BadInput;
        }
        // Before the warnings, so that bad input is the one line it should be.
        string outDir = overrides.OutputDirectory ?? Path.Combine("out", spec.Name);
        if (OutputFolder.Problem(outDir, overrides.OutputDirectory is not null) is { } outProblem)
        {
            Terminal.Fail(outProblem);
            return ExitCodes.BadInput;
        }
        foreach (var warning in GovSim.Models.Engine.GovernanceLoadAnalysis.OverloadWarnings(spec)) Terminal.Warning(warning);

        // Chosen before the runs, so that a missing font is said up front.
        var style = FigureStyleChoice.For(overrides.Language);
        // Runs inside the output folder's staging area, so that a per-case log streams straight
        // to disk and a failure leaves no half-written folder.
        OutputFolder.Write(outDir, folder =>
        {
            using var caseLogs = overrides.Cases ? new CaseLogFiles(folder) : null;
            var clock = RunClock.Start();
            var summary = Terminal.WithProgress($"running {spec.Name}", spec.Run.Replications,
                tick => GovSim.Models.Engine.GovernanceRunner.Run(spec, overrides.Threads, _ => tick(), caseLogs is null ? null : caseLogs.For));
            clock.Stop();
            GovernanceTables.WriteRun(Terminal.Out, spec, summary);
            Terminal.Out.MarkupLine($"[grey]{Markup.Escape(WorkloadLines.For(
                $"{Format.Count(spec.Run.Replications, "replication")} of {Format.Number(spec.Run.Length)} h (warm-up {Format.Number(spec.Run.Warmup)} h), seed {spec.Run.Seed}",
                [summary], clock, countsCases: true))}[/]");
            RunCsv.Write(folder, spec.Name, spec.Run.Seed, summary);
            GovSim.Reports.Figures.ComparisonFigures.Write([new GovSim.Reports.Figures.StructureRun(spec, summary)], folder, style: style);
        });
        Terminal.Out.MarkupLine($"[grey]results written to {Markup.Escape(outDir)}[/]");
        return ExitCodes.Success;
    }

    private static int ExecuteNetwork(FileInfo file, string text, RunOverrides overrides)
    {
        NetworkSpec spec;
        try
        {
            spec = overrides.ApplyTo(NetworkScenarioReader.ReadText(text, file.FullName), file.ToString());
        }
        catch (ScenarioException e)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.BadInput;
        }

        string outDir = overrides.OutputDirectory ?? Path.Combine("out", spec.Name);
        // Checked before the run, which would otherwise be lost when its results cannot be written,
        // and before the warnings, so that bad input is the one line it should be.
        if (OutputFolder.Problem(outDir, overrides.OutputDirectory is not null) is { } outProblem)
        {
            Terminal.Fail(outProblem);
            return ExitCodes.BadInput;
        }
        foreach (var warning in LoadAnalysis.OverloadWarnings(spec)) Terminal.Warning(warning);
        var clock = RunClock.Start();
        var summary = Terminal.WithProgress(
            $"running {spec.Name}", spec.Run.Replications,
            tick => NetworkRunner.Run(spec, overrides.Threads, _ => tick()));
        clock.Stop();

        ResultTables.Write(Terminal.Out, spec, summary);
        Terminal.Out.MarkupLine($"[grey]{Markup.Escape(WorkloadLines.For(
            $"{Format.Count(spec.Run.Replications, "replication")} of {Format.Number(spec.Run.Length)} h (warm-up {Format.Number(spec.Run.Warmup)} h), seed {spec.Run.Seed}",
            [summary], clock, countsCases: false))}[/]");

        OutputFolder.Write(outDir, folder => RunCsv.Write(folder, spec, summary));
        Terminal.Out.MarkupLine($"[grey]results written to {Spectre.Console.Markup.Escape(outDir)}[/]");
        return ExitCodes.Success;
    }
}
