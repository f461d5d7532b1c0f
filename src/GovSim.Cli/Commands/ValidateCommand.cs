using System.CommandLine;
using System.Diagnostics;
using GovSim.Cli.Output;
using GovSim.Validation;
using Spectre.Console;

namespace GovSim.Cli.Commands;

/// <summary><c>govsim validate</c>: the engine against queueing theory; exit 1 if any check fails.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var seed = new Option<ulong>("--seed")
        {
            Description = "Master seed of the validation runs.",
            DefaultValueFactory = _ => 20261123UL,
            CustomParser = result => OptionValues.Seed(result) ?? 0,
        };
        // Checked as in the other commands: --threads 0 reached the parallel loop and ended in an internal error.
        var threads = OptionValues.Threads();
        var command = new Command("validate", "Run the built-in queueing-theory suite and compare simulated means with exact formulas.");
        var output = new Option<string?>("--out", "-o") { Description = "Also write validation.csv and the figure validation.png/.svg (simulated against theory) into this folder." };
        command.Options.Add(seed);
        command.Options.Add(threads);
        var language = LanguageOption.Create();
        command.Options.Add(output);
        command.Options.Add(language);
        command.SetAction(parse => Execute(parse.GetValue(seed), parse.GetValue(threads), parse.GetValue(output), parse.GetValue(language)));
        return command;
    }

    private static int Execute(ulong seed, int threads, string? outDir, GovSim.Reports.Figures.FigureLanguage language)
    {
        var console = Terminal.Out;
        // Checked before the runs, which would otherwise be lost when their results cannot be written.
        if (outDir is not null && OutputFolder.Problem(outDir, chosen: true) is { } outProblem)
        {
            Terminal.Fail(outProblem);
            return ExitCodes.BadInput;
        }
        // Chosen before the runs, so that a missing font is reported up front.
        var style = outDir is null ? null : FigureStyleChoice.For(language);
        var stopwatch = Stopwatch.StartNew();
        var cases = ValidationCases.All(seed);
        var checks = ValidationSuite.Run(cases, threads, model => Terminal.Progress($"validated {model}"));
        stopwatch.Stop();

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("model").AddColumn("metric")
            .AddColumn(new TableColumn("theory").RightAligned())
            .AddColumn(new TableColumn("simulated mean ± 95% CI").RightAligned())
            .AddColumn(new TableColumn("error").RightAligned())
            .AddColumn("verdict");
        foreach (var c in checks)
        {
            table.AddRow(
                Markup.Escape(c.Model), Markup.Escape(c.Metric),
                Format.Number(c.Theory),
                Format.Interval(c.Simulated.Mean, c.Simulated.HalfWidth),
                Format.Percent(c.RelativeError),
                c.Passed ? "[green]pass[/]" : "[red]FAIL[/]");
        }
        console.Write(table);
        int failed = checks.Count(c => !c.Passed);
        console.MarkupLine(
            $"{checks.Count - failed} of {checks.Count} checks passed in {stopwatch.Elapsed.TotalSeconds:0.0} s " +
            $"(verdict at family-wise level {1 - ValidationSuite.FamilyWiseErrorRate:P0}: each check judged at {1 - ValidationSuite.FamilyWiseErrorRate / checks.Count:P3}).");
        if (outDir is not null)
        {
            // Written whatever the verdict: a failing check is exactly what the figure should show.
            OutputFolder.Write(outDir, folder =>
            {
                ValidationCsv.Write(Path.Combine(folder, "validation.csv"), seed, checks);
                GovSim.Reports.Figures.ValidationFigure.Write(checks, folder, style);
            });
            console.MarkupLine($"[grey]results written to {Markup.Escape(outDir)}[/]");
        }
        return failed == 0 ? 0 : 1;
    }
}
