using System.Globalization;
namespace GovSim.Tests.Cli;

/// <summary><c>govsim compare</c> on the teaching-city presets and on structures that must be refused.</summary>
[Collection("cli")]
public sealed class CompareCommandTests() : CliTest("govsim-compare-")
{
    [Fact]
    public void The_teaching_city_structures_compare_with_equal_staff_and_write_the_csv_files()
    {
        string outDir = Path.Combine(Dir, "out");
        var r = CliRunner.Run("compare", Preset("inverted-pyramid.yaml"), Preset("double-pyramid.yaml"), "-r", "4", "--out", outDir);
        Assert.True(r.ExitCode == 0, r.Messages);
        Assert.Contains("equal total staff: 124", r.Output);
        Assert.Contains("hops per case", r.Output);
        Assert.True(File.Exists(Path.Combine(outDir, "comparison.csv")));
        Assert.True(File.Exists(Path.Combine(outDir, "1-teaching-city-inverted", "summary.csv")));
        Assert.True(File.Exists(Path.Combine(outDir, "2-teaching-city-double", "replications.csv")));
        var header = File.ReadLines(Path.Combine(outDir, "comparison.csv")).First();
        Assert.Contains("DifferenceLower95", header);
        Assert.Equal("Scenario,Replication,Group,Probability,Hours",
            File.ReadLines(Path.Combine(outDir, "1-teaching-city-inverted", "quantiles.csv")).First());

        // Figures beside the CSV files: real PNGs (signature, not blank) and SVGs that name both structures.
        foreach (string figure in new[] { "resolution-ecdf", "backlog", "utilisation", "differences", "resolution-by-urgency", "resolution-by-category", "resolution-by-resolving-tier", "resolution-by-complexity" })
        {
            FigureFiles.AssertFigure(Path.Combine(outDir, figure), "teaching-city-inverted", "teaching-city-double");
        }
    }

    [Fact]
    public void Ablation_ranks_the_mechanisms_each_structure_uses()
    {
        string outDir = Path.Combine(Dir, "out");
        var r = CliRunner.Run("compare", Preset("inverted-pyramid.yaml"), Preset("double-pyramid.yaml"), "-r", "3", "--ablate", "--out", outDir);
        Assert.True(r.ExitCode == 0, r.Messages);
        Assert.Contains("which mechanisms matter", r.Output);
        var rows = File.ReadAllLines(Path.Combine(outDir, "ablation.csv"));
        Assert.StartsWith("Structure,Rank,Mechanism", rows[0]);
        // The double pyramid dispatches directly and keeps responsibility lists; the inverted one does neither.
        Assert.Contains(rows, l => l.StartsWith("teaching-city-double,", StringComparison.Ordinal) && l.Contains("M7 direct dispatch"));
        Assert.Contains(rows, l => l.StartsWith("teaching-city-double,", StringComparison.Ordinal) && l.Contains("M4 responsibility lists"));
        Assert.DoesNotContain(rows, l => l.StartsWith("teaching-city-inverted,", StringComparison.Ordinal) && l.Contains("M4 responsibility lists"));
        // The ranking is drawn too, naming every mechanism that was switched off.
        Assert.True(new FileInfo(Path.Combine(outDir, "ablation.png")).Length > 20_000);
        string svg = File.ReadAllText(Path.Combine(outDir, "ablation.svg"));
        Assert.Contains("M7 direct dispatch", svg);
        Assert.Contains("M6 whistle-and-report", svg);

        // The closing lines count the runs with a mechanism off too (the clock timed them). Every
        // run sees the same cases (common random numbers), so the count is (structures + ablation
        // runs) × one run's arrivals.
        int ablationRuns = rows.Length - 1;
        Assert.Contains($", and {ablationRuns} runs with one mechanism off: ", r.Output);
        long oneRun = File.ReadAllLines(Path.Combine(outDir, "1-teaching-city-inverted", "counts.csv")).Skip(1)
            .Sum(l => long.Parse(l.Split(',')[3], CultureInfo.InvariantCulture));
        Assert.Contains($": {(2 + ablationRuns) * oneRun:#,0} cases, ", r.Output);
        Assert.Matches(@"per core \(processor time, set-up included\): [0-9.]+( [kM])? cases/s, [0-9.]+( [kM])? events/s; peak memory [1-9][0-9]* MB", r.Output);
    }

    [Fact]
    public void Unequal_staff_is_refused_unless_allowed()
    {
        string bigger = Path.Combine(Dir, "bigger.yaml");
        File.WriteAllText(bigger, $"""
            kind: governance
            extends: {Preset("double-pyramid.yaml")}
            name: bigger
            units:
              community.grid:
                staff: 2
            """);
        var refused = CliRunner.Run("compare", Preset("inverted-pyramid.yaml"), bigger, "-r", "2", "--out", Path.Combine(Dir, "o1"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--allow-unequal", refused.Messages);
        Assert.False(Directory.Exists(Path.Combine(Dir, "o1")));

        var allowed = CliRunner.Run("compare", Preset("inverted-pyramid.yaml"), bigger, "-r", "2", "--allow-unequal", "--out", Path.Combine(Dir, "o2"));
        Assert.True(allowed.ExitCode == 0, allowed.Messages);
        Assert.Contains("UNEQUAL total staff", allowed.Output);
    }

    [Fact]
    public void More_than_two_structures_are_each_compared_with_the_first()
    {
        var r = CliRunner.Run("compare", Preset("inverted-pyramid.yaml"), Preset("double-pyramid.yaml"), Preset("inverted-pyramid.yaml"),
            "-r", "2", "--out", Path.Combine(Dir, "o"));
        Assert.True(r.ExitCode == 0, r.Messages);
        var rows = File.ReadAllLines(Path.Combine(Dir, "o", "comparison.csv")).Skip(1).ToList();
        Assert.Contains(rows, l => l.StartsWith("teaching-city-inverted,teaching-city-double,", StringComparison.Ordinal));
        // The baseline against itself: every paired difference is exactly zero (same cases, same units).
        var self = rows.Where(l => l.StartsWith("teaching-city-inverted,teaching-city-inverted,overall,all,resolution_mean,", StringComparison.Ordinal)).Single();
        Assert.Equal("0", self.Split(',')[9]);
    }

    [Fact]
    public void An_overloaded_unit_runs_with_a_warning_naming_it()
    {
        string thin = Path.Combine(Dir, "thin.yaml");
        File.WriteAllText(thin, $"""
            kind: governance
            extends: {Preset("double-pyramid.yaml")}
            name: thin
            units:
              city.hotline:
                handling:
                  type: exponential
                  mean: 2
            """);
        var r = CliRunner.Run("run", thin, "-r", "1", "--horizon", "400", "--out", Path.Combine(Dir, "o"));
        Assert.True(r.ExitCode == 0, r.Messages);
        Assert.Contains("unit 'city.hotline' is overloaded", r.Messages);
    }

    [Fact]
    public void Two_different_structures_of_the_same_name_are_refused()
    {
        // They compared as "teaching-city-inverted − teaching-city-inverted", in every table and file.
        string same = Path.Combine(Dir, "same.yaml");
        File.WriteAllText(same, $"""
            kind: governance
            extends: {Preset("double-pyramid.yaml")}
            name: teaching-city-inverted
            """);
        string outDir = Path.Combine(Dir, "o");
        var r = CliRunner.Run("compare", Preset("inverted-pyramid.yaml"), same, "-r", "2", "--out", outDir);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"error: {same}: the structure is named 'teaching-city-inverted', as is {Preset("inverted-pyramid.yaml")}; the comparison tells structures apart by name, so give one another 'name'",
            r.Messages.TrimEnd('\n'));
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Structures_with_different_cases_cannot_be_paired()
    {
        string other = Path.Combine(Dir, "other.yaml");
        File.WriteAllText(other, $"""
            kind: governance
            extends: {Preset("double-pyramid.yaml")}
            name: other
            jurisdiction:
              districts: 4
            """);
        var r = CliRunner.Run("compare", Preset("inverted-pyramid.yaml"), other, "-r", "2", "--allow-unequal", "--out", Path.Combine(Dir, "o"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("cannot compare on common random numbers", r.Messages);
    }
}
