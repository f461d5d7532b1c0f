using GovSim.Models.Engine;
using GovSim.Models.Scenarios;
using GovSim.Reports.Figures;

namespace GovSim.Tests.Reports;

/// <summary>
/// The utilisation and queue figures, per tier and per unit type, and the figures' Chinese text,
/// drawn from short runs of the teaching-city structures (which differ in their unit types).
/// </summary>
public sealed class LoadFiguresTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govsim-figures-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IReadOnlyList<StructureRun> ShortRuns()
    {
        var runs = new List<StructureRun>();
        foreach (string file in new[] { "inverted-pyramid.yaml", "double-pyramid.yaml" })
        {
            var spec = GovernanceScenarioReader.ReadFile(RepositoryPaths.Experiment("teaching-city", file));
            spec = spec with { Run = spec.Run with { Replications = 2, Length = 24 * 20, Warmup = 24 * 5, Seed = 11 } };
            runs.Add(new StructureRun(spec, GovernanceRunner.Run(spec, 1)));
        }
        return runs;
    }

    [Fact]
    public void Unit_types_of_both_structures_are_listed_once_from_the_city_down()
    {
        var runs = ShortRuns();
        var units = UtilisationFigure.UnitTypes(runs);
        var all = runs.SelectMany(r => r.Spec.Units).ToList();
        Assert.Equal(all.Select(u => u.Name).Distinct().Order(), units.Order());
        var tiers = units.Select(name => all.First(u => u.Name == name).Tier).ToList();
        Assert.Equal(tiers.Order(), tiers);
        // Each structure has a unit type the other lacks.
        Assert.Contains(units, name => !runs[1].Spec.Units.Any(u => u.Name == name));
        Assert.Contains(units, name => !runs[0].Spec.Units.Any(u => u.Name == name));
    }

    [Fact]
    public void Chinese_figures_carry_chinese_text_and_the_scenario_names_as_written()
    {
        var runs = ShortRuns();
        // Without a CJK font the characters would be dropped from the drawing, so this looks at
        // the Chinese text only where one is installed; the names are checked either way.
        string? font = CjkFont.Find();
        var style = new FigureStyle(FigureLanguage.Chinese, font);
        var written = ComparisonFigures.Write(runs, _dir, style: style);
        foreach (string name in new[] { "utilisation", "queue", "utilisation-by-unit", "queue-by-unit" })
            Assert.Contains(Path.Combine(_dir, name + ".png"), written);

        string tiers = File.ReadAllText(Path.Combine(_dir, "utilisation.svg"));
        string units = File.ReadAllText(Path.Combine(_dir, "queue-by-unit.svg"));
        Assert.Contains("city.departments", units);
        Assert.Contains("street.enforcement-team", units);
        Assert.Contains(runs[0].Name, units);
        Assert.DoesNotContain(FigureText.UtilisationByTierTitle.English, tiers);
        if (font is null) return;

        Assert.Contains(FigureText.UtilisationByTierTitle.Chinese, tiers);
        Assert.Contains("街道", tiers);
        Assert.Contains(font, tiers);
        Assert.Contains(FigureText.QueueByUnitTitle.Chinese, units);
        Assert.Contains(FigureText.NotInStructure.Chinese, units);
        string urgency = File.ReadAllText(Path.Combine(_dir, "resolution-by-urgency.svg"));
        Assert.Contains("紧急程度", urgency);
        Assert.Contains("紧急", urgency);
        Assert.Contains(FigureText.BacklogTitle.Chinese, File.ReadAllText(Path.Combine(_dir, "backlog.svg")));
        Assert.Contains(FigureText.EcdfTitle.Chinese, File.ReadAllText(Path.Combine(_dir, "resolution-ecdf.svg")));
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, FigureText.DifferencesTitle.Chinese, runs[0].Name),
            File.ReadAllText(Path.Combine(_dir, "differences.svg")));
    }
}
