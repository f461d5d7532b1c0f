using GovSim.Reports.Figures;

namespace GovSim.Tests.Cli;

/// <summary>The figures <c>govsim compare</c> draws per tier and per unit type, and <c>--lang</c>.</summary>
[Collection("cli")]
public sealed class FigureCommandTests() : CliTest("govsim-figures-cli-")
{
    private CliRunner.Result Compare(string outDir, params string[] more) =>
        CliRunner.Run(["compare", Preset("inverted-pyramid.yaml"), Preset("double-pyramid.yaml"), "-r", "2", "--horizon", "480", "--warmup", "96", "--out", outDir, .. more]);

    [Fact]
    public void Utilisation_and_queues_are_drawn_per_tier_and_per_unit_type_of_both_structures()
    {
        string outDir = Path.Combine(Dir, "out");
        var r = Compare(outDir);
        Assert.True(r.ExitCode == 0, r.Messages);
        foreach (string figure in new[] { "utilisation", "queue", "utilisation-by-unit", "queue-by-unit" })
        {
            FigureFiles.AssertFigure(Path.Combine(outDir, figure), "teaching-city-inverted", "teaching-city-double");
        }
        foreach (string figure in new[] { "utilisation-by-unit", "queue-by-unit" })
        {
            string svg = File.ReadAllText(Path.Combine(outDir, figure + ".svg"));
            // A unit type of the inverted pyramid only, one of the double pyramid only, and one of both.
            Assert.Contains("district.grid-centre", svg);
            Assert.Contains("street.enforcement-team", svg);
            Assert.Contains("community.grid", svg);
            Assert.Contains(FigureText.NotInStructure.English, svg);
        }
        Assert.Contains("community", File.ReadAllText(Path.Combine(outDir, "queue.svg")));
        Assert.DoesNotContain(CjkFont.DebianPackage, r.Messages);
    }

    [Fact]
    public void Chinese_figures_need_a_cjk_font_and_warn_once_when_there_is_none()
    {
        bool fontInstalled = CjkFont.Find() is not null;
        string outDir = Path.Combine(Dir, "zh");
        var r = Compare(outDir, "--lang", "zh");
        Assert.True(r.ExitCode == 0, r.Messages);

        var warnings = r.Messages.Split('\n').Where(l => l.Contains(CjkFont.DebianPackage, StringComparison.Ordinal)).ToList();
        Assert.Equal(fontInstalled ? 0 : 1, warnings.Count);
        string svg = File.ReadAllText(Path.Combine(outDir, "utilisation.svg"));
        if (fontInstalled)
        {
            Assert.Contains(FigureText.UtilisationByTierTitle.Chinese, svg);
            Assert.Contains("社区", svg);
        }
        else
        {
            Assert.StartsWith("warning: ", warnings[0]);
            Assert.Contains(FigureText.UtilisationByTierTitle.English, svg);
        }
        // Scenario names stay as written in either case.
        Assert.Contains("community.grid", File.ReadAllText(Path.Combine(outDir, "utilisation-by-unit.svg")));
    }

    [Fact]
    public void An_unknown_language_is_refused_before_anything_runs()
    {
        string outDir = Path.Combine(Dir, "xx");
        var r = Compare(outDir, "--lang", "xx");
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.Messages.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--lang", r.Messages);
        Assert.Contains("'xx'", r.Messages);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Run_takes_the_language_option_too()
    {
        var r = CliRunner.Run("run", Preset("double-pyramid.yaml"), "-r", "2", "--horizon", "240", "--warmup", "48", "--lang", "fr", "--out", Path.Combine(Dir, "fr"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--lang", r.Messages);
    }
}
