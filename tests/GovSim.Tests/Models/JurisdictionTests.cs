using GovSim.Models.Engine;
using GovSim.Models.Scenarios;
using GovSim.Models.Spec;
using GovSim.Scenarios;

namespace GovSim.Tests.Models;

/// <summary>Jurisdictions listed district by district and street by street, beside generated ones.</summary>
public sealed class JurisdictionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "govsim-jurisdiction-" + Guid.NewGuid().ToString("N"));

    public JurisdictionTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A scenario around a jurisdiction block (indented two spaces under `jurisdiction:`).
    private static string Scenario(string jurisdiction) => $$"""
        kind: governance
        name: listed
        run: { length: 100, warmup: 10, replications: 1 }
        jurisdiction:
        {{jurisdiction}}
        categories: { simple: { share: 1 } }
        urgency: { routine: { share: 1, deadline: 48 } }
        sources: { hotline: { rate_per_community: 0.1, entry: street.office } }
        units:
          street.office: { tier: street, staff: 2, authority: all, service: { type: exponential, mean: 1 } }
        """;

    private string Write(string yaml)
    {
        string path = Path.Combine(_folder, "listed.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private JurisdictionSpec Read(string jurisdiction) => GovernanceScenarioReader.ReadFile(Write(Scenario(jurisdiction))).Jurisdiction;

    private ScenarioException ReadBad(string jurisdiction)
    {
        var ex = Assert.Throws<ScenarioException>(() => Read(jurisdiction));
        Assert.DoesNotContain('\n', ex.Message);
        return ex;
    }

    [Fact]
    public void A_listed_tree_numbers_its_nodes_in_tree_order()
    {
        // Old town: 2 streets of 3 communities; new town: 3 streets of 1, 4 and 2 communities.
        var j = new JurisdictionSpec([2, 3], [3, 3, 1, 4, 2], ["old-town", "new-town"]);
        Assert.Equal(2, j.NodeCount(Tier.District));
        Assert.Equal(5, j.NodeCount(Tier.Street));
        Assert.Equal(13, j.NodeCount(Tier.Community));
        Assert.False(j.IsRegular);
        int[] streetOf = [0, 0, 0, 1, 1, 1, 2, 3, 3, 3, 3, 4, 4];
        int[] districtOf = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1];
        Assert.Equal(streetOf, j.AncestorsAt(Tier.Street));
        Assert.Equal(districtOf, j.AncestorsAt(Tier.District));
        Assert.All(j.AncestorsAt(Tier.City), n => Assert.Equal(0, n));
        Assert.Equal(Enumerable.Range(0, 13), j.AncestorsAt(Tier.Community));
        Assert.Equal(7, j.LargestNodeCommunities(Tier.District));
        Assert.Equal(4, j.LargestNodeCommunities(Tier.Street));
        Assert.Equal("2 districts, 5 streets, 13 communities (listed)", j.Describe());
    }

    [Fact]
    public void A_generated_tree_is_the_regular_case_of_a_listed_one()
    {
        var generated = new JurisdictionSpec(3, 4, 5);
        Assert.True(generated.IsRegular);
        Assert.Equal(60, generated.NodeCount(Tier.Community));
        for (int c = 0; c < 60; c++)
        {
            Assert.Equal(c / 5, generated.AncestorOf(c, Tier.Street));
            Assert.Equal(c / 20, generated.AncestorOf(c, Tier.District));
        }
        Assert.Equal(20, generated.LargestNodeCommunities(Tier.District));
        Assert.Equal(new JurisdictionSpec(3, 4, 5), generated);
        Assert.NotEqual(new JurisdictionSpec(3, 4, 6), generated);
        Assert.Equal("3 districts × 4 streets × 5 communities", generated.Describe());
    }

    [Fact]
    public void Districts_may_be_listed_with_their_own_streets_and_communities()
    {
        var j = Read("""
              districts:
                old-town: { streets: 2, communities_per_street: 3 }
                new-town: { communities_per_street: [1, 4, 2] }
            """);
        Assert.Equal(new JurisdictionSpec([2, 3], [3, 3, 1, 4, 2], ["old-town", "new-town"]), j);
    }

    [Fact]
    public void A_listed_district_takes_the_values_it_leaves_out_from_the_jurisdiction()
    {
        var j = Read("""
              streets_per_district: 2
              communities_per_street: 5
              districts:
                inner: { streets: 4 }
                outer: {}
                rural: { communities_per_street: 1 }
                listed: { communities_per_street: [7, 8, 9] }
            """);
        // A list counts its district's streets: the default of 2 does not apply to it.
        Assert.Equal([4, 2, 2, 3], j.StreetsOfDistrict);
        Assert.Equal([5, 5, 5, 5, 5, 5, 1, 1, 7, 8, 9], j.CommunitiesOfStreet);
        Assert.Equal(["inner", "outer", "rural", "listed"], j.DistrictNames!);
    }

    [Fact]
    public void A_district_whose_streets_disagree_with_its_list_is_refused_at_the_list()
    {
        string jurisdiction = """
              districts:
                old-town: { streets: 2, communities_per_street: [3, 3, 3] }
            """;
        var ex = ReadBad(jurisdiction);
        Assert.Equal("jurisdiction.districts.old-town.communities_per_street", ex.Field);
        Assert.Equal(6, ex.Line); // kind, name, run, jurisdiction, districts, then old-town's line
        Assert.Contains("has 2 streets but 3 entries", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    districts: { a: { streets: 2 } }", "jurisdiction.districts.a.communities_per_street", "needs 'communities_per_street'")]
    [InlineData("    districts: { a: { communities_per_street: 3 } }", "jurisdiction.districts.a.streets", "needs 'streets'")]
    [InlineData("    districts: { a: { streets: 0, communities_per_street: 3 } }", "jurisdiction.districts.a.streets", "at least 1")]
    [InlineData("    districts: { a: { communities_per_street: [2, 0] } }", "jurisdiction.districts.a.communities_per_street[1]", "at least 1")]
    [InlineData("    districts: { a: { communities_per_street: [] } }", "jurisdiction.districts.a.communities_per_street", "at least one street")]
    [InlineData("    districts: {}", "jurisdiction.districts", "at least one district")]
    [InlineData("    districts: { a: { street: 2, communities_per_street: 3 } }", "jurisdiction.districts.a.street", "unknown key 'street'")]
    [InlineData("  districts: 2\n  communities_per_street: 3", "jurisdiction.streets_per_district", "required field 'streets_per_district' is missing")]
    public void Every_mistake_in_a_listed_tree_names_its_field(string jurisdiction, string field, string problem)
    {
        var ex = ReadBad(jurisdiction);
        Assert.Equal(field, ex.Field);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Generated: the product overflowed a 32-bit count (a stack trace), or built a tree too large to hold.
    [InlineData("  districts: 2000\n  streets_per_district: 2000\n  communities_per_street: 2000", "jurisdiction", 4,
        "the tree would have 8,000,000,000 communities (2000 districts × 2000 streets × 2000 communities), more than GovSim can hold in memory (at most 1,000,000)")]
    // Listed: reported at the district that crosses the limit, before its streets are listed one by one.
    [InlineData("  districts:\n    a: { streets: 2, communities_per_street: 3 }\n    b: { streets: 2000000000, communities_per_street: 2000000000 }", "jurisdiction.districts.b", 7,
        "with district 'b' the tree has 4,000,000,000,000,000,006 communities, more than GovSim can hold in memory (at most 1,000,000)")]
    [InlineData("  districts:\n    a: { communities_per_street: [600000, 400001] }", "jurisdiction.districts.a", 6,
        "with district 'a' the tree has 1,000,001 communities, more than GovSim can hold in memory (at most 1,000,000)")]
    public void A_tree_too_large_to_hold_is_refused_at_its_line(string jurisdiction, string field, int line, string problem)
    {
        var ex = ReadBad(jurisdiction);
        Assert.Equal(field, ex.Field);
        Assert.Equal(line, ex.Line);
        Assert.Equal(problem, ex.Problem);
    }

    [Fact]
    public void A_tree_of_the_largest_size_is_read()
    {
        Assert.Equal(1_000_000, Read("  districts: 100\n  streets_per_district: 100\n  communities_per_street: 100").NodeCount(Tier.Community));
    }

    [Theory]
    // 71,582,789 units at each of 60 communities is 2^32 + 44: a 32-bit count wrapped to 44 units (then an index out of range).
    [InlineData("units: 71582789, staff: 1", "unit type 'community.grid' has 4,294,967,340 units (71,582,789 at each of 60 community nodes), more than GovSim can hold in memory (at most 1,000,000)")]
    [InlineData("units: 20000, staff: 1", "unit type 'community.grid' has 1,200,000 units (20,000 at each of 60 community nodes), more than GovSim can hold in memory (at most 1,000,000)")]
    // Staff by size is shared out in 32-bit whole numbers.
    [InlineData("units: 2, staff: 20000000", "unit type 'community.grid' has 2,400,000,000 staff in all (20,000,000 in each of its 120 units), more than 2,147,483,647")]
    public void Units_or_staff_too_many_to_hold_are_refused_at_the_unit_type(string units, string problem)
    {
        string yaml = Scenario("  districts: 3\n  streets_per_district: 4\n  communities_per_street: 5")
            .Replace("units:\n", $"units:\n  community.grid: {{ tier: community, {units}, forward_to: [street.office] }}\n", StringComparison.Ordinal);
        var ex = Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(Write(yaml)));
        Assert.Equal("units.community.grid", ex.Field);
        Assert.Equal(12, ex.Line);
        Assert.Equal(problem, ex.Problem);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Units_of_all_types_together_count_against_the_limit()
    {
        // 12 street offices and 999,990 district units: the district type crosses the limit.
        string yaml = Scenario("  districts: 3\n  streets_per_district: 4\n  communities_per_street: 5")
            + "\n  district.extra: { tier: district, units: 333330, staff: 1, forward_to: [street.office] }";
        var ex = Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(Write(yaml)));
        Assert.Equal("units.district.extra", ex.Field);
        Assert.Equal(13, ex.Line);
        Assert.Equal("unit type 'district.extra' has 999,990 units (333,330 at each of 3 district nodes), which makes 1,000,002 units in all, "
            + "more than GovSim can hold in memory (at most 1,000,000)", ex.Problem);
    }

    [Fact]
    public void Cases_reach_the_street_of_their_community_so_a_larger_street_gets_more()
    {
        // Street 0 has 9 communities, street 1 has 1: at 0.5 cases per community per hour over
        // 2,000 h, street 0 expects 9,000 cases and street 1 1,000. Poisson counts: 4 standard
        // deviations are 380 and 126.
        var spec = GovernanceSpecs.Build(
            [GovernanceSpecs.Unit("street.office", Tier.Street, 20, ["simple"], 0.1)],
            "street.office", 0.5, length: 2_000, warmup: 0, replications: 1,
            jurisdiction: new JurisdictionSpec([2], [9, 1], ["only"]));
        var model = new GovernanceModel(spec, 0);
        model.Run();
        long big = model.Stations[0].Statistics.ArrivalsByClass.Sum(), small = model.Stations[1].Statistics.ArrivalsByClass.Sum();
        Assert.InRange(big, 9_000 - 380, 9_000 + 380);
        Assert.InRange(small, 1_000 - 126, 1_000 + 126);
    }

    [Fact]
    public void The_overload_warning_looks_at_the_largest_node_not_the_average()
    {
        // 0.5 cases per community per hour, 1 h each, 4 staff per street: a street of 9 communities
        // gets 4.5 staff-hours an hour (ρ = 1.125), though the average street (5 communities) gets 2.5.
        var spec = GovernanceSpecs.Build(
            [GovernanceSpecs.Unit("street.office", Tier.Street, 4, ["simple"], 1.0)],
            "street.office", 0.5, jurisdiction: new JurisdictionSpec([2], [9, 1], ["only"]));
        var load = Assert.Single(GovernanceLoadAnalysis.Analyse(spec));
        Assert.Equal(1.125, load.Utilisation, 1e-12);
        Assert.Contains("street.office", Assert.Single(GovernanceLoadAnalysis.OverloadWarnings(spec)), StringComparison.Ordinal);
    }

    private static UnitTypeSpec Street(int staff, StaffingRule staffing, int unitsPerNode = 1) =>
        GovernanceSpecs.Unit("street.office", Tier.Street, staff, ["simple"], 1.0) with { UnitsPerNode = unitsPerNode, Staffing = staffing };

    [Fact]
    public void Staff_by_size_follows_the_communities_and_keeps_the_total()
    {
        var j = new JurisdictionSpec([2], [9, 1], ["only"]);
        Assert.Equal([4, 4], StaffAllocation.StaffOfUnits(Street(4, StaffingRule.Equal), j));
        // One each, then the other 6 as 9 : 1 = 5.4 : 0.6, rounded by largest remainder.
        Assert.Equal([6, 2], StaffAllocation.StaffOfUnits(Street(4, StaffingRule.BySize), j));
        // Two units per street share their street's staff alike.
        Assert.Equal([6, 6, 2, 2], StaffAllocation.StaffOfUnits(Street(4, StaffingRule.BySize, unitsPerNode: 2), j));
        // 7 streets of 1 to 7 communities, 10 staff each: every total kept, every street staffed.
        var steps = new JurisdictionSpec([7], [1, 2, 3, 4, 5, 6, 7], ["steps"]);
        int[] shared = StaffAllocation.StaffOfUnits(Street(10, StaffingRule.BySize), steps);
        Assert.Equal(70, shared.Sum());
        Assert.Equal(shared.Order(), shared);
        Assert.True(shared[0] >= 1);
    }

    [Fact]
    public void Staff_by_size_on_a_generated_tree_is_equal_staff()
    {
        var j = new JurisdictionSpec(3, 4, 5);
        Assert.All(StaffAllocation.StaffOfUnits(Street(7, StaffingRule.BySize), j), n => Assert.Equal(7, n));
    }

    [Fact]
    public void Staff_by_size_sets_the_servers_the_load_and_the_staff_reported()
    {
        // 0.5 cases per community per hour, 1 h each: 4.5 staff-hours an hour at the street of 9
        // communities, 0.5 at the street of 1. Shared out by size, 6 and 2 staff: ρ 0.75 and 0.25.
        var spec = GovernanceSpecs.Build([Street(4, StaffingRule.BySize)], "street.office", 0.5,
            length: 300, warmup: 50, replications: 2, jurisdiction: new JurisdictionSpec([2], [9, 1], ["only"]));
        var load = Assert.Single(GovernanceLoadAnalysis.Analyse(spec));
        Assert.Equal(0.75, load.Utilisation, 1e-12);
        Assert.Empty(GovernanceLoadAnalysis.OverloadWarnings(spec));

        var model = new GovernanceModel(spec, 0);
        Assert.Equal([6, 2], model.Stations.Select(s => s.Capacity));
        Assert.Equal([6, 2], model.Stations.Select(s => model.StaffOf(s.Number)));
        var summary = GovernanceRunner.Run(spec, 1);
        Assert.Equal(8.0, summary[GovernanceMetrics.TierScope, "street", GovernanceMetrics.Staff].Interval.Mean);
        Assert.Equal(8, spec.TotalStaff);
    }

    [Theory]
    [InlineData("staffing: by_size", null)]
    [InlineData("staffing: equal", null)]
    [InlineData("staffing: by-size", "staffing must be one of")]
    [InlineData("staffing: by_size, schedule: { default: 1 }", "cannot be combined with a schedule")]
    public void The_staffing_key_is_read_and_checked(string staffing, string? problem)
    {
        string yaml = Scenario("  districts: { a: { communities_per_street: [3, 1] } }")
            .Replace("street.office: { tier: street, staff: 2,", $"street.office: {{ tier: street, staff: 2, {staffing},", StringComparison.Ordinal);
        string path = Write(yaml);
        if (problem is null)
        {
            var unit = GovernanceScenarioReader.ReadFile(path).Units[0];
            Assert.Equal(staffing.EndsWith("by_size", StringComparison.Ordinal) ? StaffingRule.BySize : StaffingRule.Equal, unit.Staffing);
            return;
        }
        var ex = Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(path));
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("units.street.office.staffing", ex.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void The_uneven_presets_read_and_keep_equal_staff()
    {
        foreach (string file in new[] { "uneven-inverted-pyramid.yaml", "uneven-double-pyramid.yaml", "uneven-by-size-inverted-pyramid.yaml", "uneven-by-size-double-pyramid.yaml" })
        {
            var spec = GovernanceScenarioReader.ReadFile(RepositoryPaths.Experiment("teaching-city", file));
            Assert.Equal(new JurisdictionSpec([6, 4, 2], [6, 6, 5, 5, 4, 4, 5, 5, 4, 4, 8, 4], ["inner", "middle", "outer"]), spec.Jurisdiction);
            Assert.Equal(124, spec.TotalStaff);
        }
    }

    [Fact]
    public void A_joint_case_needing_more_staff_than_the_smallest_unit_by_size_has_is_refused()
    {
        // Staffed by size, the enforcement team of the smallest streets (4 communities) gets 2 of
        // the 3 officers a whistled public-safety case needs on site together.
        string path = Path.Combine(_folder, "team-by-size.yaml");
        File.WriteAllText(path, $$"""
            kind: governance
            extends: {{RepositoryPaths.Experiment("teaching-city", "uneven-double-pyramid.yaml")}}
            units:
              street.enforcement-team: { staffing: by_size }
            """);
        var ex = Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(path));
        Assert.Contains("its smallest unit, staffed by size, has 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_district_reports_its_own_units()
    {
        // District a: 1 street of 9 communities; district b: 1 street of 1. Equal staff (4 each):
        // the street office of a is about nine times as busy as that of b.
        var spec = GovernanceSpecs.Build([Street(4, StaffingRule.Equal)], "street.office", 0.1,
            length: 2_000, warmup: 100, replications: 3, jurisdiction: new JurisdictionSpec([1, 1], [9, 1], ["a", "b"]));
        var summary = GovernanceRunner.Run(spec, 1);
        double Utilisation(string district) =>
            summary[GovernanceMetrics.UnitInDistrictScope, $"street.office @ {district}", GovernanceMetrics.Utilisation].Interval.Mean;
        // Offered load 0.1 × 9 × 1 h / 4 = 0.225 and 0.1 × 1 h / 4 = 0.025. About 1,700 and 190 cases
        // a replication make the busy fraction's standard error about 2% and 6% of it over three
        // replications (exponential work, cv 1): the bounds are about 4 of those.
        Assert.InRange(Utilisation("a"), 0.2, 0.25);
        Assert.InRange(Utilisation("b"), 0.015, 0.035);
        Assert.Equal("district 2", new JurisdictionSpec(3, 1, 1).DistrictName(1));
    }
}

