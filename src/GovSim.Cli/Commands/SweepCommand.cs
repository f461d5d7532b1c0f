using System.CommandLine;
using GovSim.Cli.Output;
using GovSim.Models.Engine;
using GovSim.Models.Sweeps;
using GovSim.Reports.Figures;
using GovSim.Scenarios;
using Spectre.Console;

namespace GovSim.Cli.Commands;

/// <summary>
/// <c>govsim sweep A [B …] --set KEY=V1,V2,… [--set …]</c>: runs structures at every point of a
/// parameter grid (the cross product of the <c>--set</c> options), the structures at each point on
/// common random numbers, and writes the results as tidy CSV files, a table and sweep plots.
/// </summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("scenarios") { Description = "One or more governance scenario files (structures); at every point each runs on the same cases.", Arity = new ArgumentArity(1, 100) };
        var set = new Option<string[]>("--set")
        {
            Description = "KEY=V1,V2,… sweeps a key of the scenario files (a dotted path after extends, e.g. mechanisms.hop_delay.mean) over the values; "
                + "K1+K2=A1+B1,A2+B2 changes linked keys together; 'load' multiplies every source's arrival rate. Several --set give the cross product.",
            HelpName = "KEY=V1,V2,…",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var overrides = new RunOverrideOptions();
        var command = new Command("sweep", "Run governance structures over a grid of parameter values, on common random numbers, with tidy CSV files and sweep plots.");
        command.Arguments.Add(files);
        command.Options.Add(set);
        overrides.AddTo(command);
        command.SetAction(parse => Execute(parse.GetRequiredValue(files), parse.GetRequiredValue(set), overrides.Read(parse)));
        return command;
    }

    private static int Execute(FileInfo[] files, string[] sets, RunOverrides overrides)
    {
        if (overrides.Cases)
        {
            Terminal.Fail("--cases: a sweep writes no per-case logs; run the point of interest with 'govsim run --cases'");
            return ExitCodes.BadInput;
        }
        SweepPlan plan;
        try
        {
            plan = SweepPlan.Read(files, sets.Select(SweepAxis.Parse).ToList(), overrides);
        }
        catch (ScenarioException e)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.BadInput;
        }
        string outDir = overrides.OutputDirectory ?? Path.Combine("out", "sweep-" + string.Join("-vs-", plan.Structures));
        // Before the warnings, so that bad input is the one line it should be.
        if (OutputFolder.Problem(outDir, overrides.OutputDirectory is not null) is { } outProblem)
        {
            Terminal.Fail(outProblem);
            return ExitCodes.BadInput;
        }
        foreach (var warning in plan.Warnings) Terminal.Warning(warning);
        var overloaded = new bool[plan.Points.Count, plan.Structures.Count];
        for (int p = 0; p < plan.Points.Count; p++)
        {
            for (int s = 0; s < plan.Structures.Count; s++)
            {
                var warnings = plan.OverloadWarnings(p, s);
                foreach (var warning in warnings) Terminal.Warning(warning);
                overloaded[p, s] = warnings.Count > 0;
            }
        }

        var style = FigureStyleChoice.For(overrides.Language);
        OutputFolder.Write(outDir, folder =>
        {
            var clock = RunClock.Start();
            int steps = plan.Specs.Sum(row => row.Sum(spec => spec.Run.Replications));
            // Points one after another, each point's replications in parallel: the order of the
            // results, hence every file, does not depend on the number of threads.
            var cells = Terminal.WithProgress($"sweeping {Format.Count(plan.Points.Count, "point")} × {Format.Count(plan.Structures.Count, "structure")}", steps, tick =>
            {
                var done = new List<SweepCell>(plan.Points.Count * plan.Structures.Count);
                for (int p = 0; p < plan.Points.Count; p++)
                    for (int s = 0; s < plan.Structures.Count; s++)
                        done.Add(new SweepCell(s, plan.Points[p], GovernanceRunner.Run(plan.Specs[p][s], overrides.Threads, _ => tick()), overloaded[p, s]));
                return done;
            });
            clock.Stop();

            SweepTables.Write(Terminal.Out, plan.Structures, plan.Axes, cells);
            var run = plan.Specs[0][0].Run;
            Terminal.Out.MarkupLine($"[grey]{Markup.Escape(WorkloadLines.For(
                $"{Format.Count(plan.Points.Count, "point")} × {Format.Count(plan.Structures.Count, "structure")} × {Format.Count(run.Replications, "replication")} of {Format.Number(run.Length)} h (warm-up {Format.Number(run.Warmup)} h), seed {run.Seed}",
                cells.Select(c => c.Summary), clock, countsCases: true))}[/]");

            SweepCsv.Write(folder, plan.Structures, plan.Axes, cells);
            SweepFigure.Write(plan.Structures, plan.Axes, cells, folder, style);
        });
        Terminal.Out.MarkupLine($"[grey]results written to {Markup.Escape(outDir)}[/]");
        return ExitCodes.Success;
    }
}
