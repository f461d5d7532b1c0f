using System.CommandLine;
using GovSim.Cli.Output;
using GovSim.Models.Ablation;
using GovSim.Models.Engine;
using GovSim.Models.Spec;
using GovSim.Networks;
using GovSim.Scenarios;
using Spectre.Console;

namespace GovSim.Cli.Commands;

/// <summary>
/// <c>govsim compare A B [C …]</c>: runs structures on common random numbers (same seed, same
/// replications, hence the same cases) and reports each one's figures and its paired difference
/// from the first.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("scenarios") { Description = "Two or more governance scenario files; the first is the baseline.", Arity = new ArgumentArity(2, 100) };
        var allowUnequal = new Option<bool>("--allow-unequal") { Description = "Compare structures whose total staff or staff cost differ." };
        var ablate = new Option<bool>("--ablate") { Description = "Also switch each mechanism off in turn, in every structure, and rank the mechanisms by their paired effect on resolution time." };
        var report = new Option<string?>(ComparisonReportFile.Option) { Description = "Also write the comparison as one self-contained HTML page (structures, results with 95% CIs, figures, assumptions, how to reproduce) to this file." };
        var overrides = new RunOverrideOptions();
        var command = new Command("compare", "Compare governance structures on common random numbers, with paired differences and 95% CIs.");
        command.Arguments.Add(files);
        command.Options.Add(allowUnequal);
        command.Options.Add(ablate);
        command.Options.Add(report);
        overrides.AddTo(command);
        command.SetAction(parse => Execute(parse.GetRequiredValue(files), parse.GetValue(allowUnequal), parse.GetValue(ablate), overrides.Read(parse),
            parse.GetValue(report), parse.Tokens.Select(t => t.Value).ToList()));
        return command;
    }

    private static int Execute(FileInfo[] files, bool allowUnequal, bool ablate, RunOverrides overrides, string? reportPath, IReadOnlyList<string> arguments)
    {
        var specs = new List<GovernanceSpec>();
        try
        {
            foreach (var file in files) specs.Add(GovernanceLoading.Read(file, overrides));
        }
        catch (ScenarioException e)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.BadInput;
        }

        // The tables, comparison.csv and the figures' legends tell structures apart by name only:
        // two different structures of one name gave "a − a" rows nobody could attribute. (One file
        // given twice is the same structure, and its zero differences a useful check.)
        for (int i = 1; i < specs.Count; i++)
        {
            int first = specs.FindIndex(s => s.Name == specs[i].Name);
            if (first < i && files[first].FullName != files[i].FullName)
            {
                Terminal.Fail($"{files[i]}: the structure is named '{specs[i].Name}', as is {files[first]}; the comparison tells structures apart by name, so give one another 'name'");
                return ExitCodes.BadInput;
            }
        }

        // Every structure runs with the baseline's run settings: pairing needs the same seed,
        // replications, length and warm-up.
        var baseline = specs[0];
        var warnings = new List<string>();
        for (int i = 1; i < specs.Count; i++)
        {
            if (GovernanceLoading.Incomparability(baseline, specs[i]) is { } why)
            {
                Terminal.Fail($"{files[i]}: cannot compare on common random numbers: {why}");
                return ExitCodes.BadInput;
            }
            if (specs[i].Run != baseline.Run)
                warnings.Add($"{files[i]}: runs with the run settings of {files[0]} (seed {baseline.Run.Seed}, {baseline.Run.Replications} replications, {baseline.Run.Length} h), as pairing requires");
            specs[i] = specs[i] with { Run = baseline.Run };
        }
        for (int i = 1; i < specs.Count; i++)
        {
            bool staffDiffers = specs[i].TotalStaff != baseline.TotalStaff;
            bool costDiffers = Math.Abs(specs[i].TotalCost - baseline.TotalCost) > 1e-9 * Math.Max(1, baseline.TotalCost);
            if ((staffDiffers || costDiffers) && !allowUnequal)
            {
                Terminal.Fail(FormattableString.Invariant(
                    $"{files[i]}: '{specs[i].Name}' has staff {specs[i].TotalStaff} and cost {specs[i].TotalCost:0.##}, '{baseline.Name}' has staff {baseline.TotalStaff} and cost {baseline.TotalCost:0.##}; compare equal budgets, or pass --allow-unequal"));
                return ExitCodes.BadInput;
            }
        }
        // An unwritable report path is found before the run, not after it.
        if (reportPath is not null && ComparisonReportFile.Problem(reportPath) is { } reportProblem)
        {
            Terminal.Fail(reportProblem);
            return ExitCodes.BadInput;
        }

        string outDir = overrides.OutputDirectory ?? Path.Combine("out", "compare-" + string.Join("-vs-", specs.Select(s => s.Name)));
        if (OutputFolder.Problem(outDir, overrides.OutputDirectory is not null) is { } outProblem)
        {
            Terminal.Fail(outProblem);
            return ExitCodes.BadInput;
        }
        // After every check, so that bad input is the one line it should be.
        foreach (var warning in warnings) Terminal.Warning(warning);
        foreach (var spec in specs)
            foreach (var warning in GovernanceLoadAnalysis.OverloadWarnings(spec))
                Terminal.Warning($"{spec.Name}: {warning}");

        // Chosen before the runs, so that a missing font is said up front.
        var style = FigureStyleChoice.For(overrides.Language);
        // Everything runs inside the output folder's staging area: per-case logs stream straight to
        // disk, and a failure leaves no half-written folder.
        ComparisonResults? reportResults = null;
        OutputFolder.Write(outDir, folder =>
        {
            var clock = RunClock.Start();
            var summaries = new List<RunSummary>();
            for (int i = 0; i < specs.Count; i++)
            {
                var spec = specs[i];
                using var caseLogs = overrides.Cases ? new CaseLogFiles(Path.Combine(folder, $"{i + 1}-{spec.Name}")) : null;
                summaries.Add(Terminal.WithProgress($"running {spec.Name}", spec.Run.Replications,
                    tick => GovernanceRunner.Run(spec, overrides.Threads, _ => tick(), caseLogs is null ? null : caseLogs.For)));
            }
            var effects = new List<MechanismEffect>();
            var ablationSummaries = new List<RunSummary>();
            if (ablate)
            {
                for (int i = 0; i < specs.Count; i++)
                {
                    foreach (var ablation in Ablations.For(specs[i]))
                    {
                        var without = Terminal.WithProgress($"{specs[i].Name} without {ablation.Mechanism}", specs[i].Run.Replications,
                            tick => GovernanceRunner.Run(ablation.Spec, overrides.Threads, _ => tick()));
                        ablationSummaries.Add(without);
                        // Effect of the mechanism = with − without, paired replication by replication.
                        var effect = RunComparison.Compare(without, summaries[i]);
                        effects.Add(new MechanismEffect(specs[i].Name, ablation.Mechanism, ablation.Change,
                            effect[GovernanceMetrics.Overall, GovernanceMetrics.All, GovernanceMetrics.ResolutionMean],
                            effect[GovernanceMetrics.Overall, GovernanceMetrics.All, GovernanceMetrics.ResolutionP90]));
                    }
                }
            }
            clock.Stop();

            var comparisons = summaries.Skip(1).Select(s => RunComparison.Compare(summaries[0], s)).ToList();
            GovernanceTables.WriteComparison(Terminal.Out, specs, summaries, comparisons);
            bool equalStaff = specs.All(s => s.TotalStaff == baseline.TotalStaff);
            Terminal.Out.MarkupLine(Markup.Escape(equalStaff
                ? $"equal total staff: {baseline.TotalStaff} in every structure; bold differences exclude zero at 95%"
                : $"UNEQUAL total staff: {string.Join(", ", specs.Select(s => $"{s.Name} {s.TotalStaff}"))}; bold differences exclude zero at 95%"));
            foreach (var group in effects.GroupBy(e => e.Structure))
                AblationTables.Write(Terminal.Out, group.Key, group.ToList());
            if (ablate && effects.Count == 0) Terminal.Warning("no structure uses a mechanism that can be switched off without changing its cases");
            // The ablation runs count too: the clock timed them.
            string ablationRuns = ablate ? $", and {ablationSummaries.Count} runs with one mechanism off" : "";
            Terminal.Out.MarkupLine($"[grey]{Markup.Escape(WorkloadLines.For(
                $"{specs.Count} structures × {Format.Count(baseline.Run.Replications, "replication")} of {Format.Number(baseline.Run.Length)} h (warm-up {Format.Number(baseline.Run.Warmup)} h), seed {baseline.Run.Seed}{ablationRuns}",
                summaries.Concat(ablationSummaries), clock, countsCases: true))}[/]");

            ComparisonCsv.Write(Path.Combine(folder, "comparison.csv"), baseline.Name,
                comparisons.Select((c, i) => (specs[i + 1].Name, c)).ToList());
            for (int i = 0; i < specs.Count; i++)
            {
                string sub = Path.Combine(folder, $"{i + 1}-{specs[i].Name}");
                Directory.CreateDirectory(sub);
                RunCsv.Write(sub, specs[i].Name, specs[i].Run.Seed, summaries[i]);
            }
            if (ablate) AblationTables.WriteCsv(Path.Combine(folder, "ablation.csv"), effects);
            var figures = GovSim.Reports.Figures.ComparisonFigures.Write(
                specs.Select((s, i) => new GovSim.Reports.Figures.StructureRun(s, summaries[i])).ToList(), folder,
                ablate ? effects.Select(e => new GovSim.Reports.Figures.MechanismEffectPoint(e.Structure, e.Mechanism, e.Mean.Difference, e.P90.Difference)).ToList() : null,
                style);
            if (reportPath is not null)
                reportResults = new ComparisonResults(specs, summaries, comparisons, ablate ? effects : null,
                    figures.Select(f => Path.Combine(outDir, Path.GetFileName(f))).ToList());
        });
        // Written once the folder is in place: a report that fails to write loses no other output.
        if (reportResults is not null && !ComparisonReportFile.Write(reportPath!, reportResults, arguments)) return ExitCodes.BadInput;
        Terminal.Out.MarkupLine($"[grey]results written to {Markup.Escape(outDir)}[/]");
        return ExitCodes.Success;
    }
}
