using GovSim.Distributions;
using GovSim.Models.Scenarios;
using GovSim.Models.Spec;
using GovSim.Networks;
using GovSim.Scenarios;

namespace GovSim.Tests.Models;

public sealed class GovernanceScenarioReaderTests : IDisposable
{
    private const string Valid = """
        kind: governance
        name: teaching-city
        seed: 7
        run: { length: 720, warmup: 168, replications: 4 }
        jurisdiction: { districts: 3, streets_per_district: 4, communities_per_street: 5 }
        categories:
          market: { share: 0.6, comprehensive: 0.2, departments: 3 }
          housing: { share: 0.4 }
        urgency:
          emergency: { share: 0.05, deadline: 2, priority: 0 }
          routine: { share: 0.95, deadline: 168, priority: 1 }
        sources:
          hotline: { rate_per_community: 0.05, entry: city.hotline, categories: { market: 0.7, housing: 0.3 } }
          grid: { rate_per_community: 0.02, entry: street.office }
        units:
          city.hotline:
            tier: city
            staff: 20
            handling: { type: exponential, mean: 0.1 }
            forward_to: [street.office, district.bureau]
            dispatch: responsible
          district.bureau:
            tier: district
            units: 2
            staff: 6
            discipline: easy-first
            authority: all
            service: { type: exponential, mean: 8 }
            service_by_category:
              housing: { type: lognormal, mean: 12, sd: 6 }
            buck_passing: 0.1
            cost_per_staff: 1.5
            coordination: { departments: district.bureau, work: parallel, delay: { type: exponential, mean: 24 } }
          street.office:
            tier: street
            staff: 4
            discipline: edf
            authority: [market]
            service: { type: exponential, mean: 2 }
            forward_to: [district.bureau]
            schedule: { default: 0, shifts: [ { days: weekdays, from: 9, to: 17, servers: 3 } ] }
        mechanisms:
          hop_delay: { type: exponential, mean: 4 }
          responsibility_lists: { enabled: true, factor: 0.4 }
          satisfaction: { reopen: true, hop_weight: 0.2 }
        """;

    private readonly string _folder;

    public GovernanceScenarioReaderTests()
    {
        _folder = Path.Combine(Path.GetTempPath(), "govsim-governance-reader-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string yaml)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    // 1-based number of the first line of yaml that contains fragment.
    private static int LineOf(string yaml, string fragment)
    {
        var lines = yaml.Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].Contains(fragment, StringComparison.Ordinal)) return i + 1;
        throw new ArgumentException($"'{fragment}' is not in the text", nameof(fragment));
    }

    private static string Replace(string yaml, string find, string replacement)
    {
        Assert.Contains(find, yaml, StringComparison.Ordinal);
        return yaml.Replace(find, replacement, StringComparison.Ordinal);
    }

    private ScenarioException ReadBad(string yaml, string name = "bad.yaml")
    {
        string path = Write(name, yaml);
        var ex = Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(path));
        Assert.DoesNotContain('\n', ex.Message);
        Assert.StartsWith(ex.File, ex.Message, StringComparison.Ordinal);
        return ex;
    }

    [Fact]
    public void ValidFileRoundTripsIntoTheExpectedSpec()
    {
        string path = Write("city.yaml", Valid);
        var spec = GovernanceScenarioReader.ReadFile(path);

        Assert.Equal("teaching-city", spec.Name);
        Assert.Equal(path, spec.SourceFile);
        Assert.Equal(new RunSpec(720, 168, 4, 7), spec.Run);
        Assert.Equal(new JurisdictionSpec(3, 4, 5), spec.Jurisdiction);

        Assert.Equal([new CategorySpec("market", 0.6, 0.2, 3), new CategorySpec("housing", 0.4, 0, 2)], spec.Categories);
        Assert.Equal([new UrgencySpec("emergency", 0.05, 2, 0), new UrgencySpec("routine", 0.95, 168, 1)], spec.Urgencies);

        Assert.Equal(["hotline", "grid"], spec.Sources.Select(s => s.Name));
        var hotline = spec.Sources[0];
        Assert.Equal(0.05, hotline.RatePerCommunity);
        Assert.Equal("city.hotline", hotline.EntryUnit);
        Assert.NotNull(hotline.CategoryShares);
        Assert.Equal(0.7, hotline.CategoryShares["market"]);
        Assert.Equal(0.3, hotline.CategoryShares["housing"]);
        Assert.Null(spec.Sources[1].CategoryShares);

        Assert.Equal(["city.hotline", "district.bureau", "street.office"], spec.Units.Select(u => u.Name));

        var city = spec.Units[0];
        Assert.Equal(Tier.City, city.Tier);
        Assert.Equal(1, city.UnitsPerNode);
        Assert.Equal(20, city.StaffPerUnit);
        Assert.Equal("fifo", city.Discipline);
        Assert.Empty(city.Authority);
        Assert.Equal(0, Assert.IsType<DeterministicDistribution>(city.DefaultService).Value);
        Assert.Equal(0.1, Assert.IsType<ExponentialDistribution>(city.Handling).Mean, 12);
        Assert.Equal(["street.office", "district.bureau"], city.ForwardTo);
        Assert.Equal(DispatchRule.Responsible, city.Dispatch);
        Assert.Equal(0, city.BuckPassing);
        Assert.Equal(1, city.CostPerStaff);
        Assert.Null(city.Schedule);

        var district = spec.Units[1];
        Assert.Equal(Tier.District, district.Tier);
        Assert.Equal(2, district.UnitsPerNode);
        Assert.Equal("easy-first", district.Discipline);
        Assert.True(district.Authority.SetEquals(["market", "housing"]));   // 'all'
        Assert.Equal(8, district.DefaultService.Mean, 12);
        Assert.Equal(12, Assert.IsType<LogNormalDistribution>(district.ServiceFor("housing")).Mean, 9);
        Assert.Same(district.DefaultService, district.ServiceFor("market"));
        Assert.Equal(0, Assert.IsType<DeterministicDistribution>(district.Handling).Value);
        Assert.Empty(district.ForwardTo);
        Assert.Equal(DispatchRule.First, district.Dispatch);
        Assert.Equal(0.1, district.BuckPassing);
        Assert.Equal(1.5, district.CostPerStaff);

        var street = spec.Units[2];
        Assert.Equal(Tier.Street, street.Tier);
        Assert.Equal("edf", street.Discipline);
        Assert.True(street.Authority.SetEquals(["market"]));
        Assert.NotNull(street.Schedule);
        Assert.Equal(3, street.Schedule.MaxServers);

        Assert.Equal(4, spec.Mechanisms.HopDelay.Mean, 12);
        Assert.True(spec.Mechanisms.ResponsibilityLists);
        Assert.Equal(0.4, spec.Mechanisms.ResponsibilityListFactor);
        Assert.Equal(new SatisfactionSpec(2.0, 1.5, 0.5, 0.2, true, 0.3), spec.Mechanisms.Satisfaction);
    }

    [Fact]
    public void DefaultsApplyWhereKeysAreLeftOut()
    {
        const string minimal = """
            kind: governance
            run: { length: 100 }
            jurisdiction: { districts: 1, streets_per_district: 1, communities_per_street: 1 }
            categories: { any: { share: 1 } }
            urgency: { routine: { share: 1, deadline: 48 } }
            sources: { calls: { rate_per_community: 1, entry: office } }
            units:
              office: { tier: community, staff: 1, authority: all, service: { type: deterministic, value: 1 } }
            """;
        var spec = GovernanceScenarioReader.ReadFile(Write("small-town.yaml", minimal));

        Assert.Equal("small-town", spec.Name);
        Assert.Equal(new RunSpec(100, 0, 10, 1), spec.Run);
        Assert.Equal(new CategorySpec("any", 1, 0, 2), Assert.Single(spec.Categories));
        Assert.Equal(new UrgencySpec("routine", 1, 48, 0), Assert.Single(spec.Urgencies));
        var office = Assert.Single(spec.Units);
        Assert.Equal(Tier.Community, office.Tier);
        Assert.Equal("fifo", office.Discipline);
        Assert.Empty(office.Service);
        Assert.Equal(DispatchRule.First, office.Dispatch);
        Assert.Equal(0, Assert.IsType<DeterministicDistribution>(office.Handling).Value);
        Assert.Equal(0, Assert.IsType<DeterministicDistribution>(spec.Mechanisms.HopDelay).Value);
        Assert.False(spec.Mechanisms.ResponsibilityLists);
        Assert.Equal(0.5, spec.Mechanisms.ResponsibilityListFactor);
        Assert.Equal(new SatisfactionSpec(2.0, 1.5, 0.5, 0.1, false, 0.3), spec.Mechanisms.Satisfaction);
    }

    [Fact]
    public void IsGovernanceFileRecognisesTheKindAndNeverThrows()
    {
        Assert.True(GovernanceScenarioReader.IsGovernanceFile(Write("g.yaml", Valid)));
        Assert.False(GovernanceScenarioReader.IsGovernanceFile(Write("n.yaml", "name: mm1\nrun: { length: 10 }\n")));
        Assert.False(GovernanceScenarioReader.IsGovernanceFile(Write("other.yaml", "kind: network\n")));
        Assert.False(GovernanceScenarioReader.IsGovernanceFile(Write("list.yaml", "- kind: governance\n")));
        Assert.False(GovernanceScenarioReader.IsGovernanceFile(Write("broken.yaml", "kind: [governance\n")));
        Assert.False(GovernanceScenarioReader.IsGovernanceFile(Path.Combine(_folder, "missing.yaml")));
        Assert.False(GovernanceScenarioReader.IsGovernanceFile(_folder));
    }

    [Fact]
    public void ChildOverridesOneKeyOfItsParentAndInheritsTheRest()
    {
        Write("base.yaml", Valid);
        const string child = """
            kind: governance
            extends: base.yaml
            units:
              street.office:
                staff: 9
                service: { type: deterministic, value: 1 }
              community.grid: { tier: community, staff: 2, forward_to: [street.office] }
            mechanisms:
              responsibility_lists: { factor: 0.9 }
            """;
        string path = Write("inverted.yaml", child);
        var spec = GovernanceScenarioReader.ReadFile(path);

        Assert.Equal("inverted", spec.Name);             // the name is not inherited
        Assert.Equal(path, spec.SourceFile);
        Assert.Equal(7UL, spec.Run.Seed);
        Assert.Equal(["city.hotline", "district.bureau", "street.office", "community.grid"], spec.Units.Select(u => u.Name));
        var street = spec.Units[2];
        Assert.Equal(9, street.StaffPerUnit);
        Assert.Equal(Tier.Street, street.Tier);
        Assert.True(street.Authority.SetEquals(["market"]));
        Assert.Equal(["district.bureau"], street.ForwardTo);
        Assert.Equal(1, Assert.IsType<DeterministicDistribution>(street.DefaultService).Value);   // replaced whole
        Assert.True(spec.Mechanisms.ResponsibilityLists);
        Assert.Equal(0.9, spec.Mechanisms.ResponsibilityListFactor);
        Assert.Equal(2, spec.Categories.Count);
    }

    [Fact]
    public void ChainOfExtendsMergesEveryLevelAndAnEmptyValueRemovesAnEntry()
    {
        Write("base.yaml", Valid);
        Directory.CreateDirectory(Path.Combine(_folder, "variants"));
        Write(Path.Combine("variants", "middle.yaml"), """
            kind: governance
            extends: ../base.yaml
            seed: 99
            sources:
              grid: ~
            """);
        string path = Write(Path.Combine("variants", "top.yaml"), """
            kind: governance
            extends: middle.yaml
            run: { replications: 2 }
            """);
        var spec = GovernanceScenarioReader.ReadFile(path);

        Assert.Equal("top", spec.Name);
        Assert.Equal(new RunSpec(720, 168, 2, 99), spec.Run);
        Assert.Equal("hotline", Assert.Single(spec.Sources).Name);
    }

    [Fact]
    public void CycleOfExtendsIsAnErrorAtTheExtendsThatClosesIt()
    {
        string a = Write("a.yaml", "kind: governance\nextends: b.yaml\n");
        string b = Write("b.yaml", "kind: governance\nextends: a.yaml\n");
        var ex = Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(a));
        Assert.Equal(b, ex.File);
        Assert.Equal(2, ex.Line);
        Assert.Equal("extends", ex.Field);
        Assert.Contains($"extends cycle: {a} → {b} → {a}", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);

        string self = Write("self.yaml", "kind: governance\nextends: self.yaml\n");
        Assert.Contains("extends cycle", Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(self)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtendsOfAMissingFileIsAnErrorAtTheExtendsLine()
    {
        var ex = ReadBad("kind: governance\nname: x\nextends: nowhere.yaml\n", "child.yaml");
        Assert.Equal(Path.Combine(_folder, "child.yaml"), ex.File);
        Assert.Equal(3, ex.Line);
        Assert.Equal("extends", ex.Field);
        Assert.Contains("file not found", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtendsOfAFileFarTooLargeIsAnErrorAtTheExtendsLine()
    {
        Write("huge.yaml", "kind: governance\n" + new string('#', ScenarioText.MaxCharacters));
        var ex = ReadBad("kind: governance\nextends: huge.yaml\n", "child.yaml");
        Assert.Equal(2, ex.Line);
        Assert.Equal("extends", ex.Field);
        Assert.Equal($"cannot extend 'huge.yaml': cannot read {Path.Combine(_folder, "huge.yaml")}: the file has more than 16,000,000 characters, far more than a scenario file (a few kilobytes): is it the right file?", ex.Problem);
    }

    [Fact]
    public void ErrorInTheParentNamesTheParentFileAndLine()
    {
        string parentText = Replace(Valid, "staff: 4", "staff: 0");
        string parent = Write("parent.yaml", parentText);
        Write("child.yaml", "kind: governance\nextends: parent.yaml\nseed: 3\n");
        var ex = Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(Path.Combine(_folder, "child.yaml")));
        Assert.Equal(parent, ex.File);
        Assert.Equal(LineOf(parentText, "staff: 0"), ex.Line);
        Assert.Equal("units.street.office.staff", ex.Field);
        Assert.StartsWith($"{parent}:{ex.Line}:", ex.Message, StringComparison.Ordinal);

        // The child can mend it: its value wins, and the parent's is never read.
        var spec = GovernanceScenarioReader.ReadFile(Write("mended.yaml", "kind: governance\nextends: parent.yaml\nunits: { street.office: { staff: 5 } }\n"));
        Assert.Equal(5, spec.Units[2].StaffPerUnit);
    }

    [Fact]
    public void ErrorInTheChildAboutAnInheritedNameNamesTheChild()
    {
        Write("base.yaml", Valid);
        string child = "kind: governance\nextends: base.yaml\nunits:\n  street.office: { forward_to: [district.bureaux] }\n";
        var ex = ReadBad(child, "child.yaml");
        Assert.Equal(Path.Combine(_folder, "child.yaml"), ex.File);
        Assert.Equal(4, ex.Line);
        Assert.Equal("units.street.office.forward_to[0]", ex.Field);
        Assert.Contains("did you mean 'district.bureau'?", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ParentThatIsNotAGovernanceFileIsAnErrorInTheParent()
    {
        string parent = Write("net.yaml", "name: mm1\nrun: { length: 10 }\n");
        Write("child.yaml", "kind: governance\nextends: net.yaml\n");
        var ex = Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(Path.Combine(_folder, "child.yaml")));
        Assert.Equal(parent, ex.File);
        Assert.Equal("kind", ex.Field);
    }

    [Theory]
    // Missing or wrong kind.
    [InlineData("kind: governance\n", "", "name: teaching-city", "kind", "required field 'kind' is missing")]
    [InlineData("kind: governance", "kind: network", "kind: network", "kind", "kind must be 'governance'")]
    // Unknown keys, with a suggestion.
    [InlineData("name: teaching-city", "naem: teaching-city", "naem:", "naem", "did you mean 'name'?")]
    [InlineData("    staff: 20", "    staf: 20", "staf: 20", "units.city.hotline.staf", "did you mean 'staff'?")]
    [InlineData("{ share: 0.4 }", "{ share: 0.4, departmens: 2 }", "departmens", "categories.housing.departmens", "did you mean 'departments'?")]
    [InlineData("{ enabled: true, factor: 0.4 }", "{ enabled: true, factr: 0.4 }", "factr", "mechanisms.responsibility_lists.factr", "did you mean 'factor'?")]
    // Unknown unit names.
    [InlineData("entry: street.office }", "entry: street.ofice }", "street.ofice", "sources.grid.entry", "unknown unit type 'street.ofice'")]
    [InlineData("forward_to: [district.bureau]", "forward_to: [district.bureau, city.hotlin]", "city.hotlin]", "units.street.office.forward_to[1]", "did you mean 'city.hotline'?")]
    // Unknown category names.
    [InlineData("authority: [market]", "authority: [markets]", "markets", "units.street.office.authority[0]", "unknown category 'markets'")]
    [InlineData("      housing: { type: lognormal", "      housng: { type: lognormal", "housng", "units.district.bureau.service_by_category.housng", "unknown category 'housng'")]
    [InlineData("categories: { market: 0.7, housing: 0.3 }", "categories: { market: 0.7, parking: 0.3 }", "parking", "sources.hotline.categories.parking", "unknown category 'parking'")]
    // Shares, rates and deadlines that are not positive.
    [InlineData("{ share: 0.4 }", "{ share: 0 }", "{ share: 0 }", "categories.housing.share", "share must be a positive number")]
    [InlineData("{ share: 0.05, deadline: 2", "{ share: -0.05, deadline: 2", "share: -0.05", "urgency.emergency.share", "share must be a positive number")]
    [InlineData("deadline: 168", "deadline: 0", "deadline: 0", "urgency.routine.deadline", "deadline must be a positive number of hours")]
    [InlineData("rate_per_community: 0.02", "rate_per_community: -1", "rate_per_community: -1", "sources.grid.rate_per_community", "rate_per_community must be a positive number")]
    [InlineData("market: 0.7,", "market: 0,", "market: 0,", "sources.hotline.categories.market", "share must be a positive number")]
    // Probabilities outside [0, 1].
    [InlineData("buck_passing: 0.1", "buck_passing: 1.5", "buck_passing: 1.5", "units.district.bureau.buck_passing", "buck_passing must be between 0 and 1")]
    [InlineData("comprehensive: 0.2", "comprehensive: -0.2", "comprehensive: -0.2", "categories.market.comprehensive", "comprehensive must be between 0 and 1")]
    [InlineData("factor: 0.4", "factor: 1.4", "factor: 1.4", "mechanisms.responsibility_lists.factor", "factor must be between 0 and 1")]
    [InlineData("{ reopen: true,", "{ reopen: true, reopen_probability: 2,", "reopen_probability: 2", "mechanisms.satisfaction.reopen_probability", "between 0 and 1")]
    // Whole numbers below their minimum.
    [InlineData("    staff: 6", "    staff: 0", "staff: 0", "units.district.bureau.staff", "staff must be a whole number of at least 1")]
    [InlineData("    units: 2", "    units: 0", "units: 0", "units.district.bureau.units", "units must be a whole number of at least 1")]
    [InlineData("departments: 3", "departments: 1", "departments: 1", "categories.market.departments", "departments must be a whole number of at least 2")]
    [InlineData("districts: 3,", "districts: 0,", "districts: 0", "jurisdiction.districts", "districts must be a whole number of at least 1")]
    // Other values.
    [InlineData("tier: district", "tier: county", "tier: county", "units.district.bureau.tier", "tier must be one of")]
    [InlineData("dispatch: responsible", "dispatch: direct", "dispatch: direct", "units.city.hotline.dispatch", "dispatch must be one of")]
    [InlineData("discipline: edf", "discipline: edd", "discipline: edd", "units.street.office.discipline", "unknown discipline 'edd'")]
    [InlineData("enabled: true", "enabled: yes", "enabled: yes", "mechanisms.responsibility_lists.enabled", "enabled must be true or false")]
    [InlineData("cost_per_staff: 1.5", "cost_per_staff: -1", "cost_per_staff: -1", "units.district.bureau.cost_per_staff", "cost_per_staff must be a number of at least 0")]
    [InlineData("servers: 3 }", "servers: 5 }", "schedule:", "units.street.office.schedule", "more than the unit's staff")]
    [InlineData("    service: { type: exponential, mean: 2 }\n", "", "  street.office:", "units.street.office.service", "required field 'service' is missing")]
    // Comprehensive cases, coordination and whistle-and-report (M5, M6).
    [InlineData("deadline: 168, priority: 1 }", "deadline: 168, priority: 1, report_deadline: 0 }", "report_deadline: 0", "urgency.routine.report_deadline", "report_deadline must be a positive number of hours")]
    [InlineData("deadline: 2, priority: 0 }", "deadline: 2, priority: 0, report_deadline: -0.5 }", "report_deadline: -0.5", "urgency.emergency.report_deadline", "report_deadline must be a positive number of hours")]
    [InlineData("departments: 3 }", "departments: 3, department_work: { type: exponentail, mean: 2 } }", "exponentail", "categories.market.department_work.type", "did you mean 'exponential'?")]
    [InlineData("departments: district.bureau, work", "departments: district.bureaux, work", "district.bureaux", "units.district.bureau.coordination.departments", "unknown unit type 'district.bureaux'")]
    [InlineData("departments: district.bureau, work", "departments: district.bureaux, work", "district.bureaux", "units.district.bureau.coordination.departments", "did you mean 'district.bureau'?")]
    [InlineData("departments: district.bureau, work: parallel, ", "work: parallel, ", "coordination:", "units.district.bureau.coordination.departments", "required field 'departments' is missing")]
    [InlineData("work: parallel", "work: paralel", "work: paralel", "units.district.bureau.coordination.work", "work must be one of")]
    [InlineData("work: parallel", "work: paralel", "work: paralel", "units.district.bureau.coordination.work", "did you mean 'parallel'?")]
    [InlineData("work: parallel", "wrok: parallel", "wrok: parallel", "units.district.bureau.coordination.wrok", "did you mean 'work'?")]
    [InlineData("work: parallel,", "work: parallel, whistle: yes,", "whistle: yes", "units.district.bureau.coordination.whistle", "whistle must be true or false")]
    [InlineData("delay: { type: exponential, mean: 24 }", "delay: { type: exponential, mean: -24 }", "mean: -24", "units.district.bureau.coordination.delay.mean", "mean must be a positive finite number")]
    [InlineData("hop_weight: 0.2 }", "hop_weight: 0.2 }\n  whistle: { enabled: true, feedback_weight: -1 }", "feedback_weight: -1", "mechanisms.whistle.feedback_weight", "feedback_weight must be a number of at least 0")]
    [InlineData("hop_weight: 0.2 }", "hop_weight: 0.2 }\n  whistle: { feedback: maybe }", "feedback: maybe", "mechanisms.whistle.feedback", "feedback must be true or false")]
    [InlineData("hop_weight: 0.2 }", "hop_weight: 0.2 }\n  whistle: { enabled: off }", "enabled: off", "mechanisms.whistle.enabled", "enabled must be true or false")]
    [InlineData("hop_weight: 0.2 }", "hop_weight: 0.2 }\n  whistle: { feedbak: true }", "feedbak", "mechanisms.whistle.feedbak", "did you mean 'feedback'?")]
    // Seasons and surges of a source.
    [InlineData("entry: street.office }", "entry: street.office, profile: { monthly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] } }", "monthly:", "sources.grid.profile.monthly", "monthly needs exactly 12 weights (one per month of 730 h from time 0), got 11")]
    [InlineData("entry: street.office }", "entry: street.office, profile: { monthly: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] } }", "monthly:", "sources.grid.profile.monthly", "monthly needs at least one positive weight")]
    [InlineData("entry: street.office }", "entry: street.office, profile: { monthly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1] } }", "monthly:", "sources.grid.profile.monthly[11]", "weight must be a number of at least 0")]
    [InlineData("entry: street.office }", "entry: street.office, profile: { montly: [1] } }", "montly", "sources.grid.profile.montly", "did you mean 'monthly'?")]
    [InlineData("entry: street.office }", "entry: street.office, surges: [ { start: 10, length: 5, factor: -2 } ] }", "surges:", "sources.grid.surges[0].factor", "factor must be a number of at least 0")]
    [InlineData("entry: street.office }", "entry: street.office, surges: [ { start: 10, length: 0, factor: 2 } ] }", "surges:", "sources.grid.surges[0].length", "length must be a positive number of hours")]
    [InlineData("entry: street.office }", "entry: street.office, surges: [ { start: -1, length: 5, factor: 2 } ] }", "surges:", "sources.grid.surges[0].start", "start must be a number of at least 0")]
    [InlineData("entry: street.office }", "entry: street.office, surges: [ { start: 10, lenght: 5, factor: 2 } ] }", "surges:", "sources.grid.surges[0].lenght", "did you mean 'length'?")]
    [InlineData("entry: street.office }", "entry: street.office, surges: [ { start: 10, length: 5 } ] }", "surges:", "sources.grid.surges[0].factor", "required field 'factor' is missing")]
    [InlineData("entry: street.office }", "entry: street.office, surges: { start: 10, length: 5, factor: 2 } }", "surges:", "sources.grid.surges", "a list of surges")]
    [InlineData("entry: street.office }", "entry: street.office, surgse: [] }", "surgse", "sources.grid.surgse", "did you mean 'surges'?")]
    [InlineData("authority: [market]", "authority: [market]\n    urgencies: [emergncy]", "urgencies:", "units.street.office.urgencies[0]", "unknown urgency class 'emergncy'")]
    [InlineData("authority: [market]", "authority: [market]\n    urgencies: [emergency, emergency]", "urgencies:", "units.street.office.urgencies[1]", "listed twice")]
    [InlineData("authority: [market]", "authority: [market]\n    urgencies: []", "urgencies:", "units.street.office.urgencies", "at least one urgency class")]
    public void BadValueIsReportedAtItsLineAndField(string find, string replacement, string lineMarker, string field, string problem)
    {
        string yaml = Replace(Valid, find, replacement);
        var ex = ReadBad(yaml);
        Assert.Equal(field, ex.Field);
        Assert.Equal(LineOf(yaml, lineMarker), ex.Line);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NameWithAPathIsReportedAtItsLine()
    {
        // The name is a folder name (out/NAME, a comparison's subfolders): '../x' would write outside out/.
        string yaml = Replace(Valid, "name: teaching-city", "name: ../teaching-city");
        var ex = ReadBad(yaml);
        Assert.Equal("name", ex.Field);
        Assert.Equal(2, ex.Line);
        Assert.Equal("name must not contain '/' or '\\': it names the output folder, which must not lie elsewhere, got '../teaching-city'", ex.Problem);
    }

    [Fact(Timeout = 30_000)]
    public async Task NestedAliasesAreReadOnceNotExpanded()
    {
        // A "billion laughs": 9^12 paths through the aliases. Every node was visited along every
        // path to note its file, which never ended; the file is now refused at once, at its first unknown key.
        var lines = new List<string> { "kind: governance", "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (int i = 1; i <= 12; i++) lines.Add($"x{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]");
        string path = Write("laughs.yaml", string.Join("\n", lines) + "\n");
        var ex = await Task.Run(() => Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(path)));
        Assert.Equal("x0", ex.Field);
        Assert.Equal(2, ex.Line);
        Assert.StartsWith("unknown key 'x0' in the scenario", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedValuesAreRefusedAtOnce()
    {
        // 20,000 nested brackets: an exception with a stack trace (the tree walk's recursion limit) after 20 s of parsing.
        string path = Write("deep.yaml", "kind: governance\nrun: " + new string('[', 20_000) + new string(']', 20_000) + "\n");
        var ex = Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(path));
        Assert.Equal(2, ex.Line);
        Assert.Equal(69, ex.Column);   // the 64th bracket: the top mapping and 63 lists are open
        Assert.Equal("malformed YAML: mappings and lists are nested more than 64 levels deep here; a scenario file needs fewer than ten", ex.Problem);
        Assert.False(GovernanceScenarioReader.IsGovernanceFile(path));
    }

    [Fact]
    public void UnitTypeTakingSomeUrgencyClassesOnlyIsReadAndRoutedPast()
    {
        // The street office takes market emergencies only; routine market cases go on to the bureau.
        string yaml = Replace(Valid, "authority: [market]", "authority: [market]\n    urgencies: [emergency]");
        var spec = GovernanceScenarioReader.ReadText(yaml, Path.Combine(_folder, "duty.yaml"));
        var street = spec.Units.Single(u => u.Name == "street.office");
        Assert.True(street.TakesUrgency("emergency"));
        Assert.False(street.TakesUrgency("routine"));
        Assert.Null(spec.Units.Single(u => u.Name == "district.bureau").Urgencies);

        // Without the bureau's authority for market, routine market cases would have nowhere to go.
        string stuck = Replace(yaml, "authority: all", "authority: [housing]");
        var ex = ReadBad(stuck, "stuck.yaml");
        Assert.Contains("no unit type that takes urgency class 'routine' has authority for category 'market'", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CategoryThatNoUnitHasAuthorityForIsAnError()
    {
        // The bureau keeps only market; nobody resolves housing any more.
        string yaml = Replace(Valid, "authority: all", "authority: [market]");
        var ex = ReadBad(yaml);
        Assert.Equal("categories.housing", ex.Field);
        Assert.Equal(LineOf(yaml, "housing: { share"), ex.Line);
        Assert.Contains("cases would wait forever", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EscalationCycleIsReportedAtTheForwardThatClosesIt()
    {
        // The bureau loses its authority for housing and sends cases back to the street office.
        string yaml = Replace(Valid, "authority: all", "authority: [market]\n    forward_to: [street.office]");
        yaml = Replace(yaml, "authority: [market]\n    service: { type: exponential, mean: 2 }", "authority: [market, housing]\n    service: { type: exponential, mean: 2 }");
        yaml = Replace(yaml, "housing: { share: 0.4 }", "housing: { share: 0.4 }\n  parking: { share: 0.1 }");
        yaml = Replace(yaml, "  city.hotline:\n", "  city.hotline:\n    authority: [parking]\n    service: { type: exponential, mean: 1 }\n");
        // Every category has a resolver, but a grid case of parking goes street → bureau → street.
        var ex = ReadBad(yaml);
        Assert.Equal("units.district.bureau.forward_to[0]", ex.Field);
        Assert.Equal(LineOf(yaml, "forward_to: [street.office]"), ex.Line);
        Assert.Contains("escalation cycle: street.office → district.bureau → street.office for category 'parking'", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseWithNowhereToGoIsReportedAtTheUnitWithoutForwardTo()
    {
        // The grid source enters at the street office, which no longer forwards anything.
        string yaml = Replace(Valid, "    forward_to: [district.bureau]\n", "");
        var ex = ReadBad(yaml);
        Assert.Equal("units.street.office.forward_to", ex.Field);
        Assert.Equal(LineOf(yaml, "  street.office:"), ex.Line);
        // Market cases are resolved there, but its comprehensive market cases need a coordinator.
        Assert.Contains("comprehensive cases of category 'market' that reach unit type 'street.office' have nowhere to go: " +
                        "it has authority for 'market' but no 'coordination'", ex.Problem, StringComparison.Ordinal);

        string written = Replace(Valid, "forward_to: [district.bureau]", "forward_to: []");
        var atList = ReadBad(written, "written.yaml");
        Assert.Equal("units.street.office.forward_to", atList.Field);
        Assert.Equal(LineOf(written, "forward_to: []"), atList.Line);
    }

    [Fact]
    public void DownwardDispatchIsNotACycle()
    {
        // The city hotline sends housing straight down to the street office, which has authority.
        string yaml = Replace(Valid, "authority: [market]", "authority: [market, housing]");
        var spec = GovernanceScenarioReader.ReadText(yaml, Path.Combine(_folder, "down.yaml"));
        Assert.Equal(3, spec.Units.Count);
    }

    [Fact]
    public void MissingFileIsAnErrorWithoutALine()
    {
        string path = Path.Combine(_folder, "none.yaml");
        var ex = Assert.Throws<ScenarioException>(() => GovernanceScenarioReader.ReadFile(path));
        Assert.Equal(0, ex.Line);
        Assert.Equal($"{path}: file not found", ex.Message);
    }

    // Valid, with the bureau asking units of a department unit type of its own (written as given)
    // instead of its own units; coordination replaces the bureau's 'work' and 'whistle' settings.
    private static string WithDepartments(string departments, string coordination = "work: parallel")
    {
        string yaml = Replace(Valid, "coordination: { departments: district.bureau, work: parallel,",
            $"coordination: {{ departments: district.departments, {coordination},");
        return Replace(yaml, "  street.office:\n", $"  district.departments: {departments}\n  street.office:\n");
    }

    [Fact]
    public void CoordinationDepartmentWorkReportDeadlinesAndWhistleAreRead()
    {
        string yaml = Replace(Valid, "departments: 3 }", "departments: 3, department_work: { type: deterministic, value: 5 } }");
        yaml = Replace(yaml, "deadline: 2, priority: 0 }", "deadline: 2, priority: 0, report_deadline: 0.25 }");
        yaml = Replace(yaml, "work: parallel, delay: { type: exponential, mean: 24 } }",
            "work: sequential, delay: { type: deterministic, value: 36 }, whistle: true }");
        yaml = Replace(yaml, "hop_weight: 0.2 }", "hop_weight: 0.2 }\n  whistle: { enabled: false, feedback: false, feedback_weight: 0.8 }");
        var spec = GovernanceScenarioReader.ReadText(yaml, Path.Combine(_folder, "coordinated.yaml"));

        Assert.Equal(5, Assert.IsType<DeterministicDistribution>(spec.Categories[0].DepartmentWork).Value);
        Assert.Null(spec.Categories[1].DepartmentWork);
        Assert.Equal(0.25, spec.Urgencies[0].ReportDeadline);
        Assert.Equal(0.5, spec.Urgencies[1].ReportDeadline);

        var coordination = spec.Units[1].Coordination;
        Assert.NotNull(coordination);
        Assert.Equal("district.bureau", coordination.Departments);
        Assert.Equal(DepartmentWork.Sequential, coordination.Work);
        Assert.Equal(36, Assert.IsType<DeterministicDistribution>(coordination.Delay).Value);
        Assert.True(coordination.Whistle);
        Assert.Null(spec.Units[0].Coordination);
        Assert.Null(spec.Units[2].Coordination);

        Assert.Equal(new WhistleSpec(false, false, 0.8), spec.Mechanisms.Whistle);
    }

    [Fact]
    public void CoordinationAndWhistleTakeTheirDefaultsWhereKeysAreLeftOut()
    {
        var valid = GovernanceScenarioReader.ReadText(Valid, Path.Combine(_folder, "valid.yaml"));
        var coordination = valid.Units[1].Coordination;
        Assert.NotNull(coordination);
        Assert.Equal(DepartmentWork.Parallel, coordination.Work);
        Assert.Equal(24, Assert.IsType<ExponentialDistribution>(coordination.Delay).Mean, 12);
        Assert.False(coordination.Whistle);
        Assert.All(valid.Urgencies, u => Assert.Equal(0.5, u.ReportDeadline));
        Assert.All(valid.Categories, c => Assert.Null(c.DepartmentWork));
        Assert.Same(WhistleSpec.Default, valid.Mechanisms.Whistle);     // mechanisms without 'whistle'
        Assert.All(valid.Sources, s => Assert.Null(s.Profile));

        string bare = Replace(Valid, "coordination: { departments: district.bureau, work: parallel, delay: { type: exponential, mean: 24 } }",
            "coordination: { departments: district.bureau }");
        bare = Replace(bare, "hop_weight: 0.2 }", "hop_weight: 0.2 }\n  whistle: { feedback: false }");
        var spec = GovernanceScenarioReader.ReadText(bare, Path.Combine(_folder, "bare.yaml"));
        coordination = spec.Units[1].Coordination;
        Assert.NotNull(coordination);
        Assert.Equal(DepartmentWork.Parallel, coordination.Work);
        Assert.Equal(0, Assert.IsType<DeterministicDistribution>(coordination.Delay).Value);
        Assert.False(coordination.Whistle);
        Assert.Equal(WhistleSpec.Default with { Feedback = false }, spec.Mechanisms.Whistle);

        string noMechanisms = Valid[..Valid.IndexOf("mechanisms:", StringComparison.Ordinal)];
        Assert.Same(WhistleSpec.Default, GovernanceScenarioReader.ReadText(noMechanisms, Path.Combine(_folder, "plain.yaml")).Mechanisms.Whistle);
    }

    [Theory]
    [InlineData("parallel", DepartmentWork.Parallel)]
    [InlineData("sequential", DepartmentWork.Sequential)]
    [InlineData("joint", DepartmentWork.Joint)]
    public void EachWorkWordIsRead(string word, DepartmentWork work)
    {
        string yaml = Replace(Valid, "work: parallel", $"work: {word}");
        var spec = GovernanceScenarioReader.ReadText(yaml, Path.Combine(_folder, "work.yaml"));
        Assert.Equal(work, spec.Units[1].Coordination!.Work);
    }

    [Fact]
    public void ComprehensiveCategoryWithoutACoordinatorWithAuthorityIsAnError()
    {
        const string coordinationLine = "    coordination: { departments: district.bureau, work: parallel, delay: { type: exponential, mean: 24 } }\n";
        string yaml = Replace(Valid, coordinationLine, "");
        var ex = ReadBad(yaml);
        Assert.Equal("categories.market", ex.Field);
        Assert.Equal(LineOf(yaml, "market: { share"), ex.Line);
        Assert.Contains("category 'market' has comprehensive cases, but no unit type with authority for it can coordinate departments", ex.Problem, StringComparison.Ordinal);

        // A coordinator without authority for market does not help: the hotline only passes cases on.
        string elsewhere = Replace(yaml, "    dispatch: responsible\n", "    dispatch: responsible\n" + coordinationLine);
        var moved = ReadBad(elsewhere, "elsewhere.yaml");
        Assert.Equal("categories.market", moved.Field);

        // Without comprehensive cases nobody needs to coordinate.
        string simple = Replace(yaml, "comprehensive: 0.2, ", "");
        Assert.Null(GovernanceScenarioReader.ReadText(simple, Path.Combine(_folder, "simple.yaml")).Units[1].Coordination);
    }

    [Theory]
    // Three departments of a market case meet at the one unit of the department type: it needs three staff on site.
    [InlineData("{ tier: district, units: 1, staff: 2, service: { type: exponential, mean: 3 } }", "work: parallel, whistle: true", 3, 2)]
    [InlineData("{ tier: district, units: 1, staff: 2, service: { type: exponential, mean: 3 } }", "work: joint", 3, 2)]
    // Enough staff, but the schedule puts only two of them on duty at once.
    [InlineData("{ tier: district, units: 1, staff: 6, service: { type: exponential, mean: 3 }, schedule: { default: 1, shifts: [ { days: weekdays, from: 9, to: 17, servers: 2 } ] } }", "work: joint", 3, 2)]
    // Two units share them: one takes two of the three.
    [InlineData("{ tier: district, units: 2, staff: 1, service: { type: exponential, mean: 3 } }", "work: sequential, whistle: true", 2, 1)]
    public void JointWorkNeedingMoreStaffOfOneUnitThanItHasOnDutyIsAnErrorAtTheCoordination(string departments, string coordination, int needed, int onDuty)
    {
        string yaml = WithDepartments(departments, coordination);
        var ex = ReadBad(yaml);
        Assert.Equal("units.district.bureau.coordination", ex.Field);
        Assert.Equal(LineOf(yaml, "coordination:"), ex.Line);
        Assert.Contains($"a comprehensive case of category 'market' needs {needed} staff of one unit of 'district.departments' on site together", ex.Problem, StringComparison.Ordinal);
        Assert.Contains($"but that unit has at most {onDuty} on duty: the case would wait forever", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    // Each department works in its own queue: no unit needs more than one staff member at a time.
    [InlineData("{ tier: district, units: 1, staff: 1, service: { type: exponential, mean: 3 } }", "work: parallel")]
    [InlineData("{ tier: district, units: 1, staff: 1, service: { type: exponential, mean: 3 } }", "work: sequential")]
    // Just enough staff on site.
    [InlineData("{ tier: district, units: 1, staff: 3, service: { type: exponential, mean: 3 } }", "work: parallel, whistle: true")]
    [InlineData("{ tier: district, units: 2, staff: 2, service: { type: exponential, mean: 3 } }", "work: joint")]
    [InlineData("{ tier: district, units: 3, staff: 1, service: { type: exponential, mean: 3 } }", "work: joint, whistle: true")]
    public void JointWorkWithEnoughStaffOnSiteAndSeparateWorkAreAccepted(string departments, string coordination)
    {
        var spec = GovernanceScenarioReader.ReadText(WithDepartments(departments, coordination), Path.Combine(_folder, "enough.yaml"));
        Assert.Equal("district.departments", spec.Units[1].Coordination!.Departments);
        Assert.Equal(4, spec.Units.Count);
    }

    [Fact]
    public void DepartmentsWithoutAWorkTimeForAComprehensiveCategoryAreAnErrorUnlessTheCategoryGivesOne()
    {
        // The departments only have a time for housing, but the bureau's comprehensive cases are market cases.
        const string departments = "{ tier: district, units: 3, staff: 2, service_by_category: { housing: { type: exponential, mean: 3 } } }";
        string yaml = WithDepartments(departments);
        var ex = ReadBad(yaml);
        Assert.Equal("units.district.bureau.coordination", ex.Field);
        Assert.Equal(LineOf(yaml, "coordination:"), ex.Line);
        Assert.Contains("departments 'district.departments' have no work time for category 'market'", ex.Problem, StringComparison.Ordinal);

        string withWork = Replace(yaml, "departments: 3 }", "departments: 3, department_work: { type: exponential, mean: 5 } }");
        var spec = GovernanceScenarioReader.ReadText(withWork, Path.Combine(_folder, "work.yaml"));
        Assert.Equal(5, spec.Categories[0].DepartmentWork!.Mean, 12);
        Assert.False(spec.Units[2].HasServiceFor("market"));

        string withService = WithDepartments("{ tier: district, units: 3, staff: 2, service_by_category: { market: { type: exponential, mean: 3 } } }");
        Assert.True(GovernanceScenarioReader.ReadText(withService, Path.Combine(_folder, "service.yaml")).Units[2].HasServiceFor("market"));
    }

    [Fact]
    public void SurgesAndMonthlyWeightsOfASourceAreRead()
    {
        string yaml = Replace(Valid, "entry: street.office }", """
            entry: street.office,
                    profile: { monthly: [2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2] },
                    surges: [ { start: 2000, length: 72, factor: 3 }, { start: 5000.5, length: 0.5, factor: 0 } ] }
            """);
        yaml = Replace(yaml, "categories: { market: 0.7, housing: 0.3 } }", "categories: { market: 0.7, housing: 0.3 }, surges: [ { start: 10, length: 20, factor: 1.5 } ] }");
        var spec = GovernanceScenarioReader.ReadText(yaml, Path.Combine(_folder, "seasons.yaml"));

        var grid = spec.Sources[1].Profile;
        Assert.NotNull(grid);
        Assert.True(grid.IsSeasonal);
        Assert.Equal(2.0 * 12 / 16, grid.Monthly[0], 12);
        Assert.Equal(1.0 * 12 / 16, grid.Monthly[5], 12);
        Assert.Equal([new Surge(2000, 72, 3), new Surge(5000.5, 0.5, 0)], grid.Surges);
        Assert.All(grid.Hourly, h => Assert.Equal(1, h, 12));

        // Surges alone give a flat profile with the surges: no seasons.
        var hotline = spec.Sources[0].Profile;
        Assert.NotNull(hotline);
        Assert.False(hotline.IsSeasonal);
        Assert.Equal([new Surge(10, 20, 1.5)], hotline.Surges);
        Assert.Equal(1.5, hotline.Multiplier(15), 12);
        Assert.Equal(1, hotline.Multiplier(30), 12);
    }

    [Fact]
    public void SurgesKeepTheHourlyAndDailyWeightsOfTheProfile()
    {
        const string profile = "profile: { hourly: [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0], daily: [1, 1, 1, 1, 1, 0.5, 0.5] }";
        string plain = Replace(Valid, "entry: street.office }", $"entry: street.office, {profile} }}");
        string surged = Replace(Valid, "entry: street.office }", $"entry: street.office, {profile}, surges: [ {{ start: 100, length: 10, factor: 2 }} ] }}");
        var before = GovernanceScenarioReader.ReadText(plain, Path.Combine(_folder, "plain.yaml")).Sources[1].Profile!;
        var after = GovernanceScenarioReader.ReadText(surged, Path.Combine(_folder, "surged.yaml")).Sources[1].Profile!;

        Assert.False(after.IsSeasonal);
        Assert.Equal(before.Hourly, after.Hourly, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(before.Daily, after.Daily, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(2 * before.Multiplier(105), after.Multiplier(105), 12);     // Friday 9 h
        Assert.Equal(before.Multiplier(129), after.Multiplier(129), 12);
    }

    [Fact]
    public void BadSurgeInABlockListIsReportedAtItsOwnLineAndIndex()
    {
        string yaml = Replace(Valid, "  grid: { rate_per_community: 0.02, entry: street.office }\n", """
              grid:
                rate_per_community: 0.02
                entry: street.office
                surges:
                  - { start: 100, length: 24, factor: 2 }
                  - { start: 300, length: 24, factor: 2, note: storm }

            """);
        var ex = ReadBad(yaml);
        Assert.Equal("sources.grid.surges[1].note", ex.Field);
        Assert.Equal(LineOf(yaml, "note: storm"), ex.Line);
        Assert.Contains("unknown key 'note' in surge", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ChildCanSwitchOnAWhistleAndAddASurgeKeepingTheRestOfItsParent()
    {
        Write("base.yaml", Valid);
        const string child = """
            kind: governance
            extends: base.yaml
            urgency:
              emergency: { report_deadline: 0.25 }
            sources:
              hotline: { surges: [ { start: 300, length: 24, factor: 2 } ] }
            units:
              district.bureau:
                coordination: { whistle: true }
            mechanisms:
              whistle: { feedback_weight: 1 }
            """;
        var spec = GovernanceScenarioReader.ReadFile(Write("whistle.yaml", child));

        var coordination = spec.Units[1].Coordination!;
        Assert.True(coordination.Whistle);
        Assert.Equal("district.bureau", coordination.Departments);       // inherited
        Assert.Equal(24, coordination.Delay.Mean, 12);
        Assert.Equal(0.25, spec.Urgencies[0].ReportDeadline);
        Assert.Equal(2, spec.Urgencies[0].Deadline);
        Assert.Equal([new Surge(300, 24, 2)], spec.Sources[0].Profile!.Surges);
        Assert.Equal("city.hotline", spec.Sources[0].EntryUnit);
        Assert.Null(spec.Sources[1].Profile);
        Assert.Equal(WhistleSpec.Default with { FeedbackWeight = 1 }, spec.Mechanisms.Whistle);
        Assert.True(spec.Mechanisms.ResponsibilityLists);
    }
}
