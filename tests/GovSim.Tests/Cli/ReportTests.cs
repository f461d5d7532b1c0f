using System.Text.RegularExpressions;

namespace GovSim.Tests.Cli;

/// <summary><c>govsim compare --report</c>: one self-contained HTML page with the comparison.</summary>
[Collection("cli")]
public sealed class ReportTests() : CliTest("govsim-report-")
{
    private CliRunner.Result Compare(string report, params string[] more) =>
        CliRunner.Run([
            "compare", Preset("inverted-pyramid.yaml"), Preset("double-pyramid.yaml"),
            "--horizon", "400", "-r", "2", "--seed", "97531", "--out", Path.Combine(Dir, "out"), "--report", report, .. more]);

    [Fact]
    public void The_report_is_one_self_contained_page_with_the_structures_results_figures_and_seed()
    {
        string report = Path.Combine(Dir, "pages", "report.html");
        var r = Compare(report);
        Assert.True(r.ExitCode == 0, r.Messages);
        string html = File.ReadAllText(report);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("teaching-city-inverted", html);
        Assert.Contains("teaching-city-double", html);
        Assert.Contains("For the same total staff (124)", html);
        foreach (string metric in new[] { "resolution time, mean (h)", "resolution time, p90 (h)", "on-time rate", "satisfaction rate", "hops per case", "backlog, mean open cases", "staff cost, total" })
            Assert.Contains(metric, html);

        // One embedded image per PNG figure the comparison wrote, and each of them is that file.
        var pngs = Directory.GetFiles(Path.Combine(Dir, "out"), "*.png");
        Assert.True(pngs.Length >= 8, $"only {pngs.Length} figures");
        Assert.Equal(pngs.Length, Regex.Matches(html, "data:image/png;base64,").Count);
        foreach (string png in pngs)
            Assert.Contains("data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(png)) + "\"", html);
        Assert.Contains($"data-figures-expected=\"{pngs.Length}\"", html);

        // Nothing is fetched from anywhere: no web address in a src, href or url().
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"url\(\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<(link|iframe|object|embed)\b", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<script[^>]*\ssrc=", RegexOptions.IgnoreCase), html);

        // How to reproduce: the seed of the command line, and the command line itself.
        Assert.Contains("97531", html);
        Assert.Contains("govsim compare ", html);
        Assert.Contains("--seed 97531", html);
        Assert.Contains("--horizon 400", html);
        // The ablation was not asked for: the page says how to get it.
        Assert.Contains("add <code>--ablate</code>", html);
        // The other outputs are there too.
        Assert.True(File.Exists(Path.Combine(Dir, "out", "comparison.csv")));
    }

    [Fact]
    public void The_report_lists_the_assumptions_of_the_whole_extends_chain_by_file_and_line()
    {
        string report = Path.Combine(Dir, "report.html");
        var r = Compare(report);
        Assert.True(r.ExitCode == 0, r.Messages);
        // Key paths may break after their dots (<wbr>); read them whole.
        string html = File.ReadAllText(report).Replace("<wbr>", "", StringComparison.Ordinal);

        // base.yaml is reached only through 'extends:'; its seed line is an assumption, a category share cites a source text.
        var baseLines = File.ReadAllLines(Preset("base.yaml"));
        int seedLine = Array.FindIndex(baseLines, l => l.StartsWith("seed:", StringComparison.Ordinal)) + 1;
        int shareLine = Array.FindIndex(baseLines, l => l.Contains("share: 15") && l.Contains("003_b9c8e4e6dcd5cf17.txt")) + 1;
        Assert.True(seedLine > 0 && shareLine > 0);
        Assert.Contains($"base.yaml:{seedLine}</td>", html);
        Assert.Contains($"base.yaml:{shareLine}</td>", html);
        Assert.Contains("categories.party-and-mass-work.share", html);
        // A unit's staff in each structure file is an assumption, keyed by its path.
        var doubleLines = File.ReadAllLines(Preset("double-pyramid.yaml"));
        int staffLine = Array.FindIndex(doubleLines, l => l.TrimStart().StartsWith("staff: 3", StringComparison.Ordinal)) + 1;
        Assert.Contains($"double-pyramid.yaml:{staffLine}</td>", html);
        Assert.Contains("units.city.coordination.staff", html);
        Assert.Contains("experiments/ASSUMPTIONS.md", html);
        // A comment that only names the mark is not an assumption.
        Assert.DoesNotContain("Every number marked", html);
    }

    [Fact]
    public void The_ablation_ranking_is_in_the_report_when_asked_for()
    {
        string report = Path.Combine(Dir, "report.html");
        var r = Compare(report, "--ablate");
        Assert.True(r.ExitCode == 0, r.Messages);
        string html = File.ReadAllText(report);
        Assert.Contains("M7 direct dispatch", html);
        Assert.Contains("M6 whistle-and-report", html);
        Assert.DoesNotContain("add <code>--ablate</code>", html);
        Assert.Contains("data-figure=\"ablation\"", html);
    }

    [Fact]
    public void Names_from_scenario_files_are_escaped()
    {
        string odd = Path.Combine(Dir, "odd.yaml");
        File.WriteAllText(odd, $"""
            # A <b>bold</b> & "quoted" structure
            kind: governance
            extends: {Preset("double-pyramid.yaml")}
            name: "x<i>&y"
            """);
        string report = Path.Combine(Dir, "report.html");
        var r = CliRunner.Run("compare", Preset("inverted-pyramid.yaml"), odd, "--horizon", "300", "-r", "2", "--out", Path.Combine(Dir, "out"), "--report", report);
        Assert.True(r.ExitCode == 0, r.Messages);
        string html = File.ReadAllText(report);
        Assert.Contains("x&lt;i&gt;&amp;y", html);
        Assert.Contains("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; structure", html);
        Assert.DoesNotContain("<i>", html);
        Assert.DoesNotContain("<b>bold", html);
    }

    [Fact]
    public void An_unwritable_report_path_is_a_one_line_error_before_anything_runs()
    {
        string blocker = Path.Combine(Dir, "a-file");
        File.WriteAllText(blocker, "");
        var r = Compare(Path.Combine(blocker, "report.html"));
        Assert.Equal(2, r.ExitCode);
        string message = Assert.Single(r.Messages.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: --report ", message);
        Assert.DoesNotContain("   at ", r.Messages);
        Assert.False(Directory.Exists(Path.Combine(Dir, "out")));

        var folder = Compare(Dir);
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("--report", folder.Messages);
    }
}
