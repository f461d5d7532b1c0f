using GovSim.Distributions;
using GovSim.Networks;
using GovSim.Scenarios;

namespace GovSim.Tests.Scenarios;

public sealed class NetworkScenarioReaderTests
{
    private const string FileName = "test.yaml";

    // Line numbers in the comments of the error tests count from the first line of each literal.

    private const string ValidScenario = """
        name: office
        seed: 42
        run:
          length: 1000
          warmup: 100
          replications: 5
        stations:
          desk:
            servers: 2
            discipline: priority
            service: { type: exponential, mean: 0.5 }
            service_by_class:
              urgent: { type: deterministic, value: 0.25 }
          review:
            schedule:
              default: 0
              shifts:
                - { days: weekdays, from: 9, to: 17, servers: 3 }
                - { days: [sat], from: 10, to: 12.5, servers: 1 }
            service: { type: erlang, k: 3, mean: 1.5 }
          post:
            servers: infinite
            service: { type: uniform, min: 1, max: 3 }
        classes:
          walk-in:
            priority: 1
            arrivals:
              desk: 0.9
            routing:
              desk: { review: 0.3, post: 0.5 }
              review: { post: 1 }
          urgent:
            priority: 0
            deadline: 24
            patience: { type: lognormal, mean: 2, sd: 1 }
            arrivals: { desk: 0.2, review: 0.05 }
        """;

    [Fact]
    public void ValidScenarioRoundTripsIntoTheExpectedSpec()
    {
        var spec = NetworkScenarioReader.ReadText(ValidScenario, FileName);

        Assert.Equal("office", spec.Name);
        Assert.Equal(FileName, spec.SourceFile);
        Assert.Equal(new RunSpec(1000, 100, 5, 42), spec.Run);

        Assert.Equal(["desk", "review", "post"], spec.Stations.Select(s => s.Name));
        var desk = spec.Stations[0];
        Assert.Equal(2, desk.Servers);
        Assert.Equal("priority", desk.Discipline);
        var deskService = Assert.IsType<ExponentialDistribution>(desk.Service);
        Assert.Equal(2.0, deskService.Rate, 12);
        Assert.Null(desk.Schedule);
        var urgentAtDesk = Assert.IsType<DeterministicDistribution>(Assert.Single(desk.ServiceByClass, kv => kv.Key == "urgent").Value);
        Assert.Equal(0.25, urgentAtDesk.Value);
        Assert.Same(urgentAtDesk, desk.ServiceFor("urgent"));
        Assert.Same(desk.Service, desk.ServiceFor("walk-in"));

        var review = spec.Stations[1];
        Assert.Equal("fifo", review.Discipline);
        Assert.NotNull(review.Schedule);
        Assert.Equal(3, review.Servers);
        Assert.Equal(3, review.Schedule.MaxServers);
        Assert.Equal(0, review.Schedule.DefaultServers);
        Assert.Equal(0, review.Schedule.ServersAt(8.5));          // Monday 08:30
        Assert.Equal(3, review.Schedule.ServersAt(9.5));          // Monday 09:30
        Assert.Equal(3, review.Schedule.ServersAt(4 * 24 + 16.9)); // Friday 16:54
        Assert.Equal(1, review.Schedule.ServersAt(5 * 24 + 12.25)); // Saturday 12:15
        Assert.Equal(0, review.Schedule.ServersAt(6 * 24 + 11));   // Sunday 11:00
        var reviewService = Assert.IsType<GammaDistribution>(review.Service);
        Assert.Equal(3, reviewService.Shape);
        Assert.Equal(1.5, reviewService.Mean, 12);
        Assert.Empty(review.ServiceByClass);

        var post = spec.Stations[2];
        Assert.True(post.IsInfinite);
        Assert.Equal(StationSpec.InfiniteServers, post.Servers);
        var postService = Assert.IsType<UniformDistribution>(post.Service);
        Assert.Equal((1.0, 3.0), (postService.Min, postService.Max));

        Assert.Equal(["walk-in", "urgent"], spec.Classes.Select(c => c.Name));
        var walkIn = spec.Classes[0];
        Assert.Equal(1, walkIn.Priority);
        Assert.Equal(double.PositiveInfinity, walkIn.Deadline);
        Assert.Null(walkIn.Patience);
        Assert.Equal([new ArrivalSpec("desk", 0.9)], walkIn.Arrivals);
        Assert.Equal(2, walkIn.Routes.Count);
        Assert.Equal("desk", walkIn.Routes[0].From);
        Assert.Equal([new RouteTarget("review", 0.3), new RouteTarget("post", 0.5)], walkIn.Routes[0].Targets);
        Assert.Equal("review", walkIn.Routes[1].From);
        Assert.Equal([new RouteTarget("post", 1.0)], walkIn.Routes[1].Targets);

        var urgent = spec.Classes[1];
        Assert.Equal(0, urgent.Priority);
        Assert.Equal(24, urgent.Deadline);
        var patience = Assert.IsType<LogNormalDistribution>(urgent.Patience);
        Assert.Equal(2, patience.Mean, 9);
        Assert.Equal(1, Math.Sqrt(patience.Variance), 9);
        Assert.Equal([new ArrivalSpec("desk", 0.2), new ArrivalSpec("review", 0.05)], urgent.Arrivals);
        Assert.Empty(urgent.Routes);
    }

    [Fact]
    public void OmittedOptionalKeysTakeTheirDefaults()
    {
        const string yaml = """
            run:
              length: 50
            stations:
              desk:
                servers: 1
                service: { type: exponential, rate: 1 }
            classes:
              c:
                arrivals: { desk: 0.5 }
            """;

        var spec = NetworkScenarioReader.ReadText(yaml, "experiments/some-name.yaml");

        Assert.Equal("some-name", spec.Name);
        Assert.Equal(new RunSpec(50, 0, 10, 1), spec.Run);
        Assert.Equal("fifo", spec.Stations[0].Discipline);
        Assert.Empty(spec.Stations[0].ServiceByClass);
        Assert.Equal(0, spec.Classes[0].Priority);
        Assert.Equal(double.PositiveInfinity, spec.Classes[0].Deadline);
        Assert.Null(spec.Classes[0].Patience);
        Assert.Empty(spec.Classes[0].Routes);
    }

    [Theory]
    [InlineData("{ type: exponential, rate: 4 }", typeof(ExponentialDistribution), 0.25)]
    [InlineData("{ type: exponential, mean: 4 }", typeof(ExponentialDistribution), 4)]
    [InlineData("{ type: deterministic, value: 0 }", typeof(DeterministicDistribution), 0)]
    [InlineData("{ type: erlang, k: 2, mean: 3 }", typeof(GammaDistribution), 3)]
    [InlineData("{ type: erlang, k: 2, rate: 4 }", typeof(GammaDistribution), 0.5)]
    [InlineData("{ type: gamma, shape: 0.5, rate: 2 }", typeof(GammaDistribution), 0.25)]
    [InlineData("{ type: gamma, shape: 2, mean: 4 }", typeof(GammaDistribution), 4)]
    [InlineData("{ type: lognormal, mean: 3, sd: 2 }", typeof(LogNormalDistribution), 3)]
    [InlineData("{ type: lognormal, mu: 0, sigma: 1 }", typeof(LogNormalDistribution), 1.6487212707001282)]
    [InlineData("{ type: uniform, min: 1, max: 2 }", typeof(UniformDistribution), 1.5)]
    [InlineData("{ type: triangular, min: 1, mode: 2, max: 6 }", typeof(TriangularDistribution), 3)]
    [InlineData("{ type: empirical, values: [1, 2, 6] }", typeof(EmpiricalDistribution), 3)]
    [InlineData("{ rate: 2, type: exponential }", typeof(ExponentialDistribution), 0.5)]
    public void EveryDistributionFormIsRead(string service, Type expectedType, double expectedMean)
    {
        var spec = NetworkScenarioReader.ReadText(WithService(service), FileName);

        var distribution = spec.Stations[0].Service;
        Assert.IsType(expectedType, distribution);
        Assert.Equal(expectedMean, distribution.Mean, 9);
    }

    [Fact]
    public void MissingRequiredStationFieldPointsAtTheStation()
    {
        const string yaml = """
            run:
              length: 100
            stations:
              desk:
                service: { type: exponential, rate: 1 }
            classes:
              c:
                arrivals: { desk: 1 }
            """;

        var ex = AssertScenarioError(yaml, line: 4, field: "stations.desk.servers");
        Assert.Equal(3, ex.Column);
        Assert.Contains("required field 'servers' is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredRunLengthPointsAtRun()
    {
        const string yaml = """
            seed: 3
            run:
              warmup: 10
            stations:
              desk: { servers: 1, service: { type: exponential, rate: 1 } }
            classes:
              c: { arrivals: { desk: 1 } }
            """;

        AssertScenarioError(yaml, line: 2, field: "run.length");
    }

    [Fact]
    public void MissingTopLevelSectionIsNamed()
    {
        const string yaml = """
            run: { length: 100 }
            stations:
              desk: { servers: 1, service: { type: exponential, rate: 1 } }
            """;

        AssertScenarioError(yaml, line: 1, field: "classes");
    }

    [Fact]
    public void NegativeArrivalRateGivesTheDocumentedMessage()
    {
        const string yaml = """
            run:
              length: 100
            stations:
              desk:
                servers: 1
                service: { type: exponential, rate: 1 }
            classes:
              walk-in:
                arrivals:
                  desk: -0.5
            """;

        var ex = AssertScenarioError(yaml, line: 10, field: "classes.walk-in.arrivals.desk");
        Assert.Equal(13, ex.Column);
        Assert.Equal("test.yaml:10:13: field 'classes.walk-in.arrivals.desk': rate must be a positive number, got -0.5", ex.Message);
    }

    [Fact]
    public void NegativeServiceRateIsReportedAtTheParameter()
    {
        var ex = AssertScenarioError(WithService("{ type: exponential, rate: -1 }"), line: 6, field: "stations.desk.service.rate");
        Assert.Contains("rate must be a positive finite number, got -1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoutingRowSummingAboveOneIsReportedAtTheRow()
    {
        const string yaml = """
            run:
              length: 100
            stations:
              a: { servers: 1, service: { type: exponential, rate: 1 } }
              b: { servers: 1, service: { type: exponential, rate: 1 } }
            classes:
              c:
                arrivals: { a: 1 }
                routing:
                  b: { a: 0.5 }
                  a: { b: 0.7, a: 0.4 }
            """;

        var ex = AssertScenarioError(yaml, line: 11, field: "classes.c.routing.a");
        Assert.Contains("add up to 1.1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoutingRowSummingToOneWithinRoundingIsAccepted()
    {
        const string yaml = """
            run: { length: 100 }
            stations:
              a: { servers: 1, service: { type: exponential, rate: 1 } }
              b: { servers: 1, service: { type: exponential, rate: 1 } }
              c: { servers: 1, service: { type: exponential, rate: 1 } }
            classes:
              x:
                arrivals: { a: 1 }
                routing:
                  a: { b: 0.1, c: 0.2, a: 0.7 }
            """;

        // 0.1 + 0.2 + 0.7 is 1.0000000000000002 in binary floating point.
        var spec = NetworkScenarioReader.ReadText(yaml, FileName);
        Assert.Equal(1.0, spec.Classes[0].Routes[0].Targets.Sum(t => t.Probability), 12);
    }

    [Theory]
    [InlineData("arrivals: { x: 1 }", "priority: 0", "classes.c.arrivals.x")]
    [InlineData("routing: { x: { a: 0.5 } }", "arrivals: { a: 1 }", "classes.c.routing.x")]
    [InlineData("routing: { a: { b: 0.5, zz: 0.1 } }", "arrivals: { a: 1 }", "classes.c.routing.a.zz")]
    public void UnknownStationNamesAreErrorsListingTheDeclaredOnes(string line8, string line9, string field)
    {
        string yaml = $$"""
            run:
              length: 100
            stations:
              a: { servers: 1, service: { type: exponential, rate: 1 } }
              b: { servers: 1, service: { type: exponential, rate: 1 } }
            classes:
              c:
                {{line8}}
                {{line9}}
            """;

        var ex = AssertScenarioError(yaml, line: 8, field: field);
        Assert.Contains("unknown station", ex.Message, StringComparison.Ordinal);
        Assert.Contains("declared stations: 'a', 'b'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedYamlLineIsReportedWithItsLine()
    {
        const string yaml = """
            run:
              length: 100
            stations:
              desk:
                servers: 1
               service: { type: exponential, rate: 1 }
            classes:
              c:
                arrivals: { desk: 1 }
            """;

        var ex = AssertScenarioError(yaml, line: 6, field: "stations.desk");
        Assert.Contains("malformed YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedBracketIsMalformedYaml()
    {
        const string yaml = """
            run:
              length: 100
            stations:
              desk:
                servers: 1
                service: { type: exponential, rate: 1
            classes:
              c:
                arrivals: { desk: 1 }
            """;

        var ex = AssertScenarioError(yaml, line: 6, field: "stations.desk.service.rate");
        Assert.Contains("malformed YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKeyIsMalformedYaml()
    {
        const string yaml = """
            run:
              length: 100
              length: 200
            """;

        var ex = AssertScenarioError(yaml, line: 3, field: "run.length");
        Assert.Contains("Duplicate key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyIsAnErrorNamingTheAllowedKeys()
    {
        const string yaml = """
            run:
              length: 100
            stations:
              desk:
                sevrers: 1
                service: { type: exponential, rate: 1 }
            classes:
              c:
                arrivals: { desk: 1 }
            """;

        var ex = AssertScenarioError(yaml, line: 5, field: "stations.desk.sevrers");
        Assert.Equal(5, ex.Column);
        Assert.Contains("unknown key 'sevrers'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("allowed: 'servers', 'discipline', 'service', 'service_by_class', 'schedule'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'servers'?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTopLevelKeyIsAnError()
    {
        const string yaml = """
            run: { length: 100 }
            stations:
              desk: { servers: 1, service: { type: exponential, rate: 1 } }
            classes:
              c: { arrivals: { desk: 1 } }
            replications: 5
            """;

        AssertScenarioError(yaml, line: 6, field: "replications");
    }

    [Fact]
    public void UnknownDistributionTypeIsReportedAtTheType()
    {
        var ex = AssertScenarioError(WithService("{ type: expo, rate: 1 }"), line: 6, field: "stations.desk.service.type");
        Assert.Contains("unknown distribution type 'expo'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'exponential'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ type: exponential, rate: 1, mean: 2 }", "stations.desk.service.mean", "cannot be combined with 'rate'")]
    [InlineData("{ type: exponential, rat: 1 }", "stations.desk.service.rat", "unknown parameter 'rat'")]
    [InlineData("{ type: exponential }", "stations.desk.service", "needs 'rate' or 'mean'")]
    [InlineData("{ type: uniform, min: 1 }", "stations.desk.service.max", "missing parameter 'max'")]
    [InlineData("{ type: erlang, mean: 1 }", "stations.desk.service.k", "missing parameter 'k'")]
    [InlineData("{ rate: 1 }", "stations.desk.service.type", "required field 'type' is missing")]
    [InlineData("{ type: triangular, min: 1, mode: 5, max: 3 }", "stations.desk.service.mode", "min <= mode <= max")]
    [InlineData("{ type: lognormal, mean: 2, sd: -1 }", "stations.desk.service.sd", "sd must be a positive finite number, got -1")]
    [InlineData("{ type: lognormal, mu: -1, sigma: 0 }", "stations.desk.service.sigma", "sigma must be a positive finite number, got 0")]
    [InlineData("{ type: erlang, k: 0, mean: 1 }", "stations.desk.service.k", "k must be a whole number of at least 1, got 0")]
    [InlineData("{ type: erlang, k: 1.5, mean: 1 }", "stations.desk.service.k", "k must be a whole number, got 1.5")]
    [InlineData("{ type: gamma, shape: 2, mean: 0 }", "stations.desk.service.mean", "mean must be a positive finite number, got 0")]
    [InlineData("{ type: uniform, min: 3, max: 1 }", "stations.desk.service.max", "max must not be below min")]
    [InlineData("{ type: deterministic, value: -1 }", "stations.desk.service.value", "value must be a non-negative finite number, got -1")]
    [InlineData("{ type: deterministic, value: fast }", "stations.desk.service.value", "value must be a number, got 'fast'")]
    [InlineData("{ type: deterministic, value: .inf }", "stations.desk.service.value", "value must be a number")]
    [InlineData("{ type: empirical, values: [1, -2] }", "stations.desk.service.values[1]", "values must be non-negative numbers, got -2")]
    [InlineData("{ type: empirical, values: [] }", "stations.desk.service.values", "at least one number")]
    [InlineData("0.5", "stations.desk.service", "a distribution must be a mapping")]
    public void DistributionParameterErrorsNameTheParameter(string service, string field, string fragment)
    {
        var ex = AssertScenarioError(WithService(service), line: 6, field: field);
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDisciplineIsAnErrorListingTheRegisteredOnes()
    {
        const string yaml = """
            run:
              length: 100
            stations:
              desk:
                servers: 1
                discipline: lifo
                service: { type: exponential, rate: 1 }
            classes:
              c:
                arrivals: { desk: 1 }
            """;

        var ex = AssertScenarioError(yaml, line: 6, field: "stations.desk.discipline");
        Assert.Equal(17, ex.Column);
        Assert.Contains("unknown discipline 'lifo'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'fifo'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1.5")]
    [InlineData("many")]
    [InlineData("[1]")]
    public void ServersBelowOneOrNotAWholeNumberIsAnError(string servers)
    {
        string yaml = $$"""
            run:
              length: 100
            stations:
              desk:
                servers: {{servers}}
                service: { type: exponential, rate: 1 }
            classes:
              c:
                arrivals: { desk: 1 }
            """;

        var ex = AssertScenarioError(yaml, line: 5, field: "stations.desk.servers");
        Assert.Contains("servers must be a whole number of at least 1, or \"infinite\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatDoesNotExistIsReportedWithoutALine()
    {
        string path = Path.Combine(Path.GetTempPath(), $"govsim-missing-{Guid.NewGuid():N}.yaml");

        var ex = Assert.Throws<ScenarioException>(() => NetworkScenarioReader.ReadFile(path));

        Assert.Equal(path, ex.File);
        Assert.Equal(0, ex.Line);
        Assert.Equal("", ex.Field);
        Assert.Equal($"{path}: file not found", ex.Message);
        Assert.Equal(ex.Message, ex.ToString());
    }

    [Fact]
    public void FileFarTooLargeForAScenarioIsRefusedWithoutBeingReadWhole()
    {
        // Such as /dev/zero, which used to be read until memory ran out (an OutOfMemoryException with a stack trace).
        string path = Path.Combine(Path.GetTempPath(), $"govsim-huge-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, new string('#', ScenarioText.MaxCharacters + 1));
        try
        {
            var ex = Assert.Throws<ScenarioException>(() => NetworkScenarioReader.ReadFile(path));
            Assert.Equal($"{path}: the file has more than 16,000,000 characters, far more than a scenario file (a few kilobytes): is it the right file?", ex.Message);
            Assert.Equal(0, ex.Line);
            Assert.False(GovSim.Models.Scenarios.GovernanceScenarioReader.IsGovernanceFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    // 'govsim run' reads a file without 'kind: governance' as a network: a misspelt or missing kind
    // used to be "unknown key 'kind' (allowed: 'name', 'seed', 'run', 'stations', 'classes')".
    [InlineData("kind: governnce\nrun: { length: 10 }\n", 1, "kind",
        "kind must be 'governance' (a governance scenario; a queueing-network scenario has no 'kind'), got 'governnce'; did you mean 'governance'?")]
    [InlineData("kind: [governance]\n", 1, "kind",
        "kind must be 'governance' (a governance scenario; a queueing-network scenario has no 'kind'), got a list")]
    [InlineData("name: city\nrun: { length: 10 }\njurisdiction: { districts: 3 }\n", 3, "jurisdiction",
        "'jurisdiction' belongs to a governance scenario, which starts with 'kind: governance'; a queueing-network scenario has the keys 'name', 'seed', 'run', 'stations', 'classes'")]
    public void GovernanceFileWithoutItsKindIsToldSo(string yaml, int line, string field, string problem)
    {
        var ex = AssertScenarioError(yaml, line, field);
        Assert.Equal(problem, ex.Problem);
    }

    [Fact]
    public void ReadFileSetsTheSourceFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"govsim-scenario-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, ValidScenario);
        try
        {
            var spec = NetworkScenarioReader.ReadFile(path);
            Assert.Equal(path, spec.SourceFile);
            Assert.Equal("office", spec.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ScheduleWithoutAnyServerIsAnError()
    {
        const string yaml = """
            run: { length: 100 }
            stations:
              desk:
                schedule:
                  default: 0
                  shifts:
                    - { days: all, from: 0, to: 24, servers: 0 }
                service: { type: exponential, rate: 1 }
            classes:
              c: { arrivals: { desk: 1 } }
            """;

        var ex = AssertScenarioError(yaml, line: 4, field: "stations.desk.schedule");
        Assert.Contains("never has a server", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ days: weekdays, from: 17, to: 9, servers: 2 }", "stations.desk.schedule.shifts[0].to", "to must be later than from")]
    [InlineData("{ days: weekdays, from: -1, to: 9, servers: 2 }", "stations.desk.schedule.shifts[0].from", "from must be an hour")]
    [InlineData("{ days: weekdays, from: 9, to: 25, servers: 2 }", "stations.desk.schedule.shifts[0].to", "to must be an hour")]
    [InlineData("{ days: weekdays, from: 9, to: 17, servers: -1 }", "stations.desk.schedule.shifts[0].servers", "at least 0")]
    [InlineData("{ days: [mon, fry], from: 9, to: 17, servers: 2 }", "stations.desk.schedule.shifts[0].days[1]", "unknown day 'fry'")]
    [InlineData("{ days: weekdays, from: 9, servers: 2 }", "stations.desk.schedule.shifts[0].to", "required field 'to' is missing")]
    [InlineData("{ days: weekdays, from: 9, to: 17, servers: 2, staff: 1 }", "stations.desk.schedule.shifts[0].staff", "unknown key 'staff'")]
    public void ScheduleShiftErrorsPointAtTheShift(string shift, string field, string fragment)
    {
        string yaml = $$"""
            run: { length: 100 }
            stations:
              desk:
                schedule:
                  shifts:
                    - {{shift}}
                service: { type: exponential, rate: 1 }
            classes:
              c: { arrivals: { desk: 1 } }
            """;

        var ex = AssertScenarioError(yaml, line: 6, field: field);
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ServersAndScheduleTogetherAreAnError()
    {
        const string yaml = """
            run: { length: 100 }
            stations:
              desk:
                servers: 2
                schedule: { default: 1 }
                service: { type: exponential, rate: 1 }
            classes:
              c: { arrivals: { desk: 1 } }
            """;

        AssertScenarioError(yaml, line: 4, field: "stations.desk.servers");
    }

    [Fact]
    public void ServiceByClassForAnUndeclaredClassIsAnError()
    {
        const string yaml = """
            run: { length: 100 }
            stations:
              desk:
                servers: 1
                service: { type: exponential, rate: 1 }
                service_by_class:
                  urgnt: { type: exponential, rate: 2 }
            classes:
              urgent: { arrivals: { desk: 1 } }
            """;

        var ex = AssertScenarioError(yaml, line: 7, field: "stations.desk.service_by_class.urgnt");
        Assert.Contains("unknown class 'urgnt'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'urgent'?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StationWithoutCommonServiceNeedsAnEntryForEveryClassThatReachesIt()
    {
        const string yaml = """
            run: { length: 100 }
            stations:
              desk:
                servers: 1
                service: { type: exponential, rate: 1 }
              back:
                servers: 1
                service_by_class:
                  a: { type: exponential, rate: 2 }
            classes:
              a: { arrivals: { back: 1 } }
              b:
                arrivals: { desk: 1 }
                routing: { desk: { back: 0.2 } }
            """;

        var ex = AssertScenarioError(yaml, line: 6, field: "stations.back.service");
        Assert.Contains("class 'b' can reach station 'back'", ex.Message, StringComparison.Ordinal);

        // With a zero probability the class never gets there, and the file is fine.
        var spec = NetworkScenarioReader.ReadText(yaml.Replace("back: 0.2", "back: 0", StringComparison.Ordinal), FileName);
        Assert.Same(spec.Stations[1].ServiceByClass["a"], spec.Stations[1].ServiceFor("a"));
    }

    [Fact]
    public void StationWithoutAnyServiceIsMissingService()
    {
        const string yaml = """
            run: { length: 100 }
            stations:
              desk:
                servers: 1
            classes:
              c: { arrivals: { desk: 1 } }
            """;

        AssertScenarioError(yaml, line: 3, field: "stations.desk.service");
    }

    [Theory]
    [InlineData("{ length: 100, warmup: 100 }", "run.warmup", "warmup must be shorter than length (100), got 100")]
    [InlineData("{ length: 100, warmup: -1 }", "run.warmup", "non-negative")]
    [InlineData("{ length: 0 }", "run.length", "length must be a positive number of hours, got 0")]
    [InlineData("{ length: 100, replications: 0 }", "run.replications", "at least 1")]
    [InlineData("{ length: '1,5' }", "run.length", "length must be a number, got '1,5'")]
    public void RunErrorsPointAtTheField(string run, string field, string fragment)
    {
        string yaml = $$"""
            run: {{run}}
            stations:
              desk: { servers: 1, service: { type: exponential, rate: 1 } }
            classes:
              c: { arrivals: { desk: 1 } }
            """;

        var ex = AssertScenarioError(yaml, line: 1, field: field);
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seed: -1", "seed")]
    [InlineData("seed: 18446744073709551616", "seed")]
    [InlineData("name: [a, b]", "name")]
    public void TopLevelValueErrors(string line1, string field)
    {
        string yaml = $$"""
            {{line1}}
            run: { length: 100 }
            stations:
              desk: { servers: 1, service: { type: exponential, rate: 1 } }
            classes:
              c: { arrivals: { desk: 1 } }
            """;

        AssertScenarioError(yaml, line: 1, field: field);
    }

    [Fact]
    public void LargestSeedIsAccepted()
    {
        string yaml = "seed: 18446744073709551615\n" + WithService("{ type: exponential, rate: 1 }");
        Assert.Equal(ulong.MaxValue, NetworkScenarioReader.ReadText(yaml, FileName).Run.Seed);
    }

    [Theory]
    [InlineData("{ desk: 1.5 }", "classes.c.routing.desk.desk", "probability must be between 0 and 1, got 1.5")]
    [InlineData("{ desk: -0.1 }", "classes.c.routing.desk.desk", "probability must be between 0 and 1, got -0.1")]
    [InlineData("0.5", "classes.c.routing.desk", "expected a mapping from next station to probability")]
    public void RoutingValueErrors(string row, string field, string fragment)
    {
        string yaml = $$"""
            run: { length: 100 }
            stations:
              desk: { servers: 1, service: { type: exponential, rate: 1 } }
            classes:
              c:
                arrivals: { desk: 1 }
                routing:
                  desk: {{row}}
            """;

        var ex = AssertScenarioError(yaml, line: 8, field: field);
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deadline: 0", "classes.c.deadline")]
    [InlineData("priority: high", "classes.c.priority")]
    [InlineData("patience: { type: exponential, mean: -2 }", "classes.c.patience.mean")]
    public void ClassValueErrors(string line6, string field)
    {
        string yaml = $$"""
            run: { length: 100 }
            stations:
              desk: { servers: 1, service: { type: exponential, rate: 1 } }
            classes:
              c:
                {{line6}}
                arrivals: { desk: 1 }
            """;

        AssertScenarioError(yaml, line: 6, field: field);
    }

    [Fact]
    public void NoArrivalsAnywhereIsAnError()
    {
        const string yaml = """
            run: { length: 100 }
            stations:
              desk: { servers: 1, service: { type: exponential, rate: 1 } }
            classes:
              c: { priority: 1 }
            """;

        AssertScenarioError(yaml, line: 4, field: "classes");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing but a comment\n")]
    public void EmptyFileIsAnError(string yaml)
    {
        var ex = AssertScenarioError(yaml, line: 1, field: "");
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenarioExceptionFormatsOnOneLine()
    {
        var ex = new ScenarioException("a.yaml", 7, 14, "classes.x.arrivals.desk", "rate must be\na positive number");
        Assert.Equal("a.yaml:7:14: field 'classes.x.arrivals.desk': rate must be a positive number", ex.Message);
        Assert.Equal(ex.Message, ex.ToString());
        Assert.Equal("a positive number", ex.Problem[^17..]);
    }

    [Theory]
    [InlineData("mm1.yaml")]
    [InlineData("jackson-feedback.yaml")]
    [InlineData("call-centre.yaml")]
    public void ExampleScenariosLoad(string file)
    {
        string path = Path.Combine(RepositoryPaths.Root, "experiments", "networks", file);

        var spec = NetworkScenarioReader.ReadFile(path);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), spec.Name);
        Assert.Equal(path, spec.SourceFile);
        Assert.NotEmpty(spec.Stations);
        Assert.Contains(spec.Classes, c => c.Arrivals.Count > 0);
    }

    [Fact]
    public void Mm1ExampleHasTheTextbookRates()
    {
        var spec = NetworkScenarioReader.ReadFile(Path.Combine(RepositoryPaths.Root, "experiments", "networks", "mm1.yaml"));

        var station = Assert.Single(spec.Stations);
        Assert.Equal(1, station.Servers);
        Assert.Equal(1.0, Assert.IsType<ExponentialDistribution>(station.Service).Rate);
        var customer = Assert.Single(spec.Classes);
        Assert.Equal(0.9, Assert.Single(customer.Arrivals).Rate);
    }

    [Fact]
    public void CallCentreExampleUsesAScheduleAndPriorities()
    {
        var spec = NetworkScenarioReader.ReadFile(Path.Combine(RepositoryPaths.Root, "experiments", "networks", "call-centre.yaml"));

        var agents = spec.Stations[spec.StationIndex("agents")];
        Assert.NotNull(agents.Schedule);
        Assert.Equal(agents.Schedule.MaxServers, agents.Servers);
        Assert.True(agents.Servers > 1);
        Assert.Equal("priority", agents.Discipline);
        Assert.True(spec.Stations[spec.StationIndex("menu")].IsInfinite);
        Assert.All(spec.Classes, c => Assert.NotNull(c.Patience));
        Assert.Equal(2, spec.Classes.Select(c => c.Priority).Distinct().Count());
    }

    [Fact]
    public void CompleteExampleInTheFormatReferenceLoads()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "scenario-format.md"));
        int section = doc.IndexOf("## Complete example", StringComparison.Ordinal);
        Assert.True(section >= 0, "docs/scenario-format.md has no '## Complete example' section");
        int start = doc.IndexOf("```yaml", section, StringComparison.Ordinal) + "```yaml".Length;
        int end = doc.IndexOf("```", start, StringComparison.Ordinal);
        string yaml = doc[start..end];

        var spec = NetworkScenarioReader.ReadText(yaml, "scenario-format.md");

        Assert.Equal("permit-office", spec.Name);
        Assert.Equal(new RunSpec(8904, 168, 20, 20240601), spec.Run);
        Assert.Equal(6, spec.Stations.Count);
        Assert.Equal(2, spec.Stations[0].Servers);
        Assert.NotNull(spec.Stations[0].Schedule);
        Assert.Equal(["standard", "express"], spec.Classes.Select(c => c.Name));
        // Every distribution type appears somewhere in the example.
        var types = spec.Stations.SelectMany(s => s.ServiceByClass.Values.Append(s.Service))
            .Concat(spec.Classes.Select(c => c.Patience).OfType<Distribution>())
            .Select(d => d.GetType())
            .ToHashSet();
        Assert.Equal(7, types.Count); // erlang and gamma share GammaDistribution
    }

    [Theory]
    [InlineData("'..'", "name must not be empty, '.' or '..': it names the output folder, got '..'")]
    [InlineData("'.'", "name must not be empty, '.' or '..': it names the output folder, got '.'")]
    [InlineData("../../elsewhere", "name must not contain '/' or '\\': it names the output folder, which must not lie elsewhere, got '../../elsewhere'")]
    [InlineData("'a\\b'", "name must not contain '/' or '\\': it names the output folder, which must not lie elsewhere, got 'a\\b'")]
    [InlineData("\"tab\\there\"", "name must not contain control characters: it names the output folder, got 'tab\there'")]
    public void NameThatIsNotOneFolderNameIsAnError(string written, string problem)
    {
        // The name is the default output folder out/NAME: '..' used to make it the working directory, which was then replaced.
        var ex = AssertScenarioError(ValidScenario.Replace("name: office", "name: " + written, StringComparison.Ordinal), 1, "name");
        Assert.Equal(problem, ex.Problem);
    }

    [Fact]
    public void FileNameThatIsNotOneFolderNameNeedsAName()
    {
        var ex = Assert.Throws<ScenarioException>(() => NetworkScenarioReader.ReadText(ValidScenario.Replace("name: office\n", "", StringComparison.Ordinal), "..yaml"));
        Assert.Equal("..yaml: field 'name': the scenario is named after the file, '.', but a name must not be empty, '.' or '..': it names the output folder; give it a 'name'", ex.Message);
    }

    private static string WithService(string service) => $$"""
        run:
          length: 100
        stations:
          desk:
            servers: 1
            service: {{service}}
        classes:
          c:
            arrivals: { desk: 1 }
        """;

    private static ScenarioException AssertScenarioError(string yaml, int line, string field)
    {
        var ex = Assert.Throws<ScenarioException>(() => NetworkScenarioReader.ReadText(yaml, FileName));
        Assert.Equal(field, ex.Field);
        Assert.Equal(line, ex.Line);
        Assert.Equal(FileName, ex.File);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain('\r', ex.Message);
        Assert.StartsWith($"{FileName}:{line}:{ex.Column}: ", ex.Message, StringComparison.Ordinal);
        if (field.Length > 0) Assert.Contains($"field '{field}': ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, ex.ToString());
        return ex;
    }
}
