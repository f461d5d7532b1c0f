using GovSim.Models.Scenarios;
using GovSim.Models.Sweeps;
using GovSim.Scenarios;

namespace GovSim.Tests.Models;

/// <summary>Values set from outside a governance file (<c>--set KEY=VALUE</c>), applied to the merged tree and read by the normal reader.</summary>
public sealed class ScenarioOverrideTests
{
    private static readonly string Double = RepositoryPaths.Experiment("teaching-city", "double-pyramid.yaml");

    private static GovSim.Models.Spec.GovernanceSpec Read(params (string Key, string Value)[] sets) =>
        GovernanceScenarioReader.ReadFile(Double, sets.Select(s => new ScenarioOverride(s.Key, s.Value)).ToList());

    [Fact]
    public void A_key_inherited_through_extends_is_set_and_nothing_else_changes()
    {
        var plain = Read();
        var set = Read(("mechanisms.hop_delay.mean", "5"));
        Assert.Equal(5, set.Mechanisms.HopDelay.Mean, 12);
        Assert.NotEqual(plain.Mechanisms.HopDelay.Mean, set.Mechanisms.HopDelay.Mean);
        // The distribution keeps its type (only 'mean' was replaced) and the rest of the file is as written.
        Assert.Equal(plain.Mechanisms.HopDelay.GetType(), set.Mechanisms.HopDelay.GetType());
        Assert.Equal(plain.TotalStaff, set.TotalStaff);
        Assert.Equal(plain.Sources.Select(s => s.RatePerCommunity), set.Sources.Select(s => s.RatePerCommunity));
    }

    [Fact]
    public void Unit_type_names_with_dots_are_matched_whole()
    {
        var plain = Read();
        var set = Read(("units.street.enforcement-team.staff", "7"), ("units.district.departments.staff", "5"));
        Assert.Equal(7, set.Units[set.UnitIndex("street.enforcement-team")].StaffPerUnit);
        Assert.Equal(5, set.Units[set.UnitIndex("district.departments")].StaffPerUnit);
        Assert.Equal(plain.Units[plain.UnitIndex("street.service-departments")].StaffPerUnit,
            set.Units[set.UnitIndex("street.service-departments")].StaffPerUnit);
    }

    [Fact]
    public void A_whole_value_may_be_a_flow_mapping()
    {
        var set = Read(("mechanisms.hop_delay", "{ type: deterministic, value: 3 }"));
        Assert.Equal(3, set.Mechanisms.HopDelay.Mean, 12);
        Assert.Equal(0, set.Mechanisms.HopDelay.Variance, 12);
    }

    [Fact]
    public void Load_multiplies_every_source_rate()
    {
        var plain = Read();
        var heavy = Read((ScenarioOverride.LoadKey, "2.5"));
        Assert.Equal(plain.Sources.Count, heavy.Sources.Count);
        for (int i = 0; i < plain.Sources.Count; i++)
            Assert.Equal(2.5 * plain.Sources[i].RatePerCommunity, heavy.Sources[i].RatePerCommunity, 12);
    }

    [Fact]
    public void A_key_the_file_leaves_at_its_default_is_added_and_checked_by_the_reader()
    {
        // A variant that removes the inherited buck_passing of the grid, so that it takes its default.
        string yaml = $"""
            kind: governance
            extends: {Double}
            units:
              community.grid:
                buck_passing: ~
            """;
        GovSim.Models.Spec.GovernanceSpec Variant(string key, string value) =>
            GovernanceScenarioReader.ReadText(yaml, Path.Combine(Path.GetTempPath(), "variant.yaml"), [new ScenarioOverride(key, value)]);

        var set = Variant("units.community.grid.buck_passing", "0.3");
        Assert.Equal(0.3, set.Units[set.UnitIndex("community.grid")].BuckPassing, 12);

        var typo = Assert.Throws<ScenarioException>(() => Variant("units.community.grid.buck_pasing", "0.3"));
        Assert.Equal("--set units.community.grid.buck_pasing", typo.File);
        Assert.Contains("did you mean 'buck_passing'", typo.Message);
    }

    [Fact]
    public void An_unknown_key_names_the_option_and_suggests_the_close_name()
    {
        var e = Assert.Throws<ScenarioException>(() => Read(("units.street.enforcment-team.staff", "3")));
        Assert.Equal("--set units.street.enforcment-team.staff", e.File);
        Assert.Equal(0, e.Line);
        Assert.Contains("did you mean 'units.street.enforcement-team'", e.Message);

        // Names deeper down are never invented: a unit type with a typo is not a new unit type.
        var top = Assert.Throws<ScenarioException>(() => Read(("mechanism.hop_delay.mean", "3")));
        Assert.Contains("did you mean 'mechanisms'", top.Message);
    }

    [Fact]
    public void A_bad_value_is_reported_at_its_option_without_a_line()
    {
        var e = Assert.Throws<ScenarioException>(() => Read(("units.district.departments.staff", "-1")));
        Assert.Equal("--set units.district.departments.staff", e.File);
        Assert.Equal(0, e.Line);
        Assert.StartsWith("--set units.district.departments.staff: ", e.Message);
        Assert.Contains("at least 1", e.Message);

        Assert.Throws<ScenarioException>(() => Read((ScenarioOverride.LoadKey, "-2")));
        Assert.Throws<ScenarioException>(() => Read(("name", "other")));
    }

    [Fact]
    public void An_axis_reads_linked_keys_and_values_with_commas_inside_brackets()
    {
        var linked = SweepAxis.Parse("units.district.departments.staff+units.street.enforcement-team.staff=7+2, 6+3");
        Assert.Equal(["units.district.departments.staff", "units.street.enforcement-team.staff"], linked.Keys);
        Assert.Equal(2, linked.Values.Count);
        Assert.Equal("6+3", linked.Label(1));
        Assert.Null(linked.Numbers());
        Assert.Equal(
            [new ScenarioOverride("units.district.departments.staff", "6"), new ScenarioOverride("units.street.enforcement-team.staff", "3")],
            linked.Overrides(1));

        var flow = SweepAxis.Parse("mechanisms.hop_delay={ type: exponential, mean: 1 },{ type: deterministic, value: 2 }");
        Assert.Equal(2, flow.Values.Count);
        Assert.Equal("{ type: deterministic, value: 2 }", flow.Values[1][0]);

        Assert.Equal([0.5, 1, 2], SweepAxis.Parse("load=0.5,1,2").Numbers()!);
    }

    [Theory]
    [InlineData("units.district.departments.staff+units.street.enforcement-team.staff=7+2,6")]
    [InlineData("units.district.departments.staff=")]
    [InlineData("load=1,1")]
    [InlineData("load")]
    public void A_malformed_axis_names_its_option(string text)
    {
        var e = Assert.Throws<ScenarioException>(() => SweepAxis.Parse(text));
        Assert.StartsWith("--set ", e.File);
    }

    [Fact]
    public void The_grid_is_the_cross_product_with_the_first_axis_slowest()
    {
        var axes = new[] { SweepAxis.Parse("load=1,2"), SweepAxis.Parse("mechanisms.hop_delay.mean=1,2,4") };
        var grid = SweepPoint.Grid(axes);
        Assert.Equal(6, grid.Count);
        Assert.Equal(6, grid.Select(p => p.Label(axes)).Distinct().Count());
        Assert.Equal("load=1, mechanisms.hop_delay.mean=4", grid[2].Label(axes));
        Assert.Equal("load=2, mechanisms.hop_delay.mean=1", grid[3].Label(axes));
    }
}
