using System.Globalization;

namespace GovSim.Tests.Cli;

/// <summary><c>govsim sweep</c> on the teaching-city presets: tidy CSV files, figures, directions of effect, bad input and reproducibility.</summary>
[Collection("cli")]
public sealed class SweepCommandTests() : CliTest("govsim-sweep-")
{
    // Short runs: a sweep multiplies them by its points and structures.
    private static readonly string[] Short = ["-r", "2", "--horizon", "240", "--warmup", "48"];

    private CliRunner.Result Sweep(string outName, params string[] args) =>
        CliRunner.Run(["sweep", .. args, .. Short, "--out", Path.Combine(Dir, outName)]);

    private static List<string[]> Rows(string path) => File.ReadLines(path).Skip(1).Select(l => l.Split(',')).ToList();

    [Fact]
    public void A_hop_delay_sweep_writes_tidy_csv_files_and_figures_and_slower_hops_slow_resolution()
    {
        var r = Sweep("o", Preset("inverted-pyramid.yaml"), Preset("double-pyramid.yaml"), "--set", "mechanisms.hop_delay.mean=1,4");
        Assert.True(r.ExitCode == 0, r.Messages);
        Assert.Contains("resolution mean (h)", r.Output);
        string outDir = Path.Combine(Dir, "o");

        string sweep = Path.Combine(outDir, "sweep.csv");
        Assert.Equal("Structure,mechanisms.hop_delay.mean,Replication,Scope,Group,Metric,Value", File.ReadLines(sweep).First());
        var rows = Rows(sweep);
        Assert.All(rows, row => Assert.Equal(7, row.Length));
        // One block of metrics per structure × point × replication, the same metrics in every block of a structure.
        var blocks = rows.GroupBy(row => (row[0], row[1], row[2])).ToList();
        Assert.Equal(2 * 2 * 2, blocks.Count);
        foreach (var structure in blocks.GroupBy(b => b.Key.Item1))
            Assert.Single(structure.Select(b => string.Join(";", b.Select(row => $"{row[3]}:{row[4]}:{row[5]}"))).Distinct());

        // sweep-points.csv: one row per structure × point × metric, with n = the replications.
        string points = Path.Combine(outDir, "sweep-points.csv");
        Assert.Equal("Structure,mechanisms.hop_delay.mean,Scope,Group,Metric,Mean,HalfWidth95,N,Overloaded", File.ReadLines(points).First());
        var pointRows = Rows(points);
        Assert.Equal(rows.Count / 2, pointRows.Count);
        Assert.All(pointRows, row => Assert.Equal("2", row[7]));

        // Four headline figures per swept key, PNG and SVG, each naming both structures.
        foreach (string metric in new[] { "resolution-mean", "resolution-p90", "on-time-rate", "backlog" })
        {
            string name = Path.Combine(outDir, $"sweep-{metric}-by-mechanisms.hop_delay.mean");
            FigureFiles.AssertFigure(name, "teaching-city-inverted", "teaching-city-double");
        }

        // Same cases at both points (common random numbers), so four times the hop delay must show in every structure.
        foreach (string structure in new[] { "teaching-city-inverted", "teaching-city-double" })
        {
            double MeanAt(string hop) => double.Parse(pointRows.Single(row => row[0] == structure && row[1] == hop
                && row[2] == "overall" && row[3] == "all" && row[4] == "resolution_mean")[5], CultureInfo.InvariantCulture);
            Assert.True(MeanAt("4") > MeanAt("1") + 1, $"{structure}: mean resolution {MeanAt("1")} h at hop delay 1 h, {MeanAt("4")} h at 4 h");
        }
    }

    [Fact]
    public void Load_scales_the_arrivals_and_an_overloaded_point_is_named_and_marked()
    {
        var r = Sweep("o", Preset("double-pyramid.yaml"), "--set", "load=0.5,1,2");
        Assert.True(r.ExitCode == 0, r.Messages);
        var rows = Rows(Path.Combine(Dir, "o", "sweep-points.csv"));
        double Arrivals(string load) => double.Parse(rows.Single(row => row[1] == load && row[2] == "overall" && row[3] == "all" && row[4] == "arrivals_per_hour")[5], CultureInfo.InvariantCulture);
        Assert.InRange(Arrivals("0.5") / Arrivals("1"), 0.4, 0.6);
        Assert.InRange(Arrivals("2") / Arrivals("1"), 1.8, 2.2);

        // Twice the load overloads some unit: a warning names the point and the unit, and the rows say so.
        Assert.Contains("teaching-city-double at load=2: unit '", r.Messages);
        Assert.DoesNotContain("at load=0.5:", r.Messages);
        Assert.All(rows.Where(row => row[1] == "2"), row => Assert.Equal("True", row[8]));
        Assert.All(rows.Where(row => row[1] == "0.5"), row => Assert.Equal("False", row[8]));
    }

    [Fact]
    public void Two_keys_give_the_cross_product_with_one_column_per_linked_key()
    {
        var r = Sweep("o", Preset("double-pyramid.yaml"), "--set", "load=0.5,1",
            "--set", "units.district.departments.staff+units.street.enforcement-team.staff=4+3,3+4");
        Assert.True(r.ExitCode == 0, r.Messages);
        string sweep = Path.Combine(Dir, "o", "sweep.csv");
        Assert.Equal("Structure,load,units.district.departments.staff,units.street.enforcement-team.staff,Replication,Scope,Group,Metric,Value",
            File.ReadLines(sweep).First());
        var points = Rows(sweep).Select(row => (row[1], row[2], row[3])).Distinct().ToList();
        Assert.Equal(4, points.Count);
        Assert.Contains(("1", "3", "4"), points);
        Assert.True(File.Exists(Path.Combine(Dir, "o", "sweep-backlog-by-units.district.departments.staff+units.street.enforcement-team.staff.png")));
    }

    [Fact]
    public void An_unknown_key_is_refused_with_the_key_named_and_a_suggestion()
    {
        var r = Sweep("o", Preset("double-pyramid.yaml"), "--set", "mechanisms.hop_dealy.mean=1,2");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error: --set mechanisms.hop_dealy.mean:", r.Messages);
        Assert.Contains("did you mean 'mechanisms.hop_delay'", r.Messages);
        Assert.Single(r.Messages.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(Dir, "o")));
    }

    [Fact]
    public void Linked_keys_with_the_wrong_number_of_values_are_refused()
    {
        var r = Sweep("o", Preset("double-pyramid.yaml"), "--set", "units.district.departments.staff+units.street.enforcement-team.staff=4+3,5");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--set units.district.departments.staff+units.street.enforcement-team.staff", r.Messages);
        Assert.Contains("2 linked keys need 2 values", r.Messages);
    }

    [Fact]
    public void A_bad_value_is_refused_at_its_option()
    {
        var r = Sweep("o", Preset("double-pyramid.yaml"), "--set", "units.district.departments.staff=4,-3");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("error: --set units.district.departments.staff: ", r.Messages);
        Assert.Contains("-3", r.Messages);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_whatever_the_threads()
    {
        string[] args = [Preset("inverted-pyramid.yaml"), Preset("double-pyramid.yaml"), "--set", "mechanisms.hop_delay.mean=1,3", "--seed", "11"];
        var one = Sweep("t1", [.. args, "--threads", "1"]);
        var two = Sweep("t2", [.. args, "--threads", "2"]);
        Assert.True(one.ExitCode == 0 && two.ExitCode == 0, one.Messages + two.Messages);
        foreach (string file in new[] { "sweep.csv", "sweep-points.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(Dir, "t1", file)), File.ReadAllBytes(Path.Combine(Dir, "t2", file)));
    }
}
