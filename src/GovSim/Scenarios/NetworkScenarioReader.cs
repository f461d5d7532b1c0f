using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Networks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovSim.Scenarios;

/// <summary>
/// Reads a queueing-network scenario file (YAML; the format is described in
/// <c>docs/scenario-format.md</c>) into a <see cref="NetworkSpec"/>. Every problem, from malformed
/// YAML to a routing row whose probabilities exceed 1, is a <see cref="ScenarioException"/> naming
/// the file, line, column and field.
/// </summary>
public static class NetworkScenarioReader
{
    /// <summary>Slack allowed when checking that a routing row's probabilities add up to at most 1.</summary>
    public const double ProbabilityTolerance = 1e-9;

    private static readonly string[] TopKeys = ["name", "seed", "run", "stations", "classes"];

    // The top-level keys only a governance scenario has (GovSim.Models' format, which this project
    // cannot name): a file with them but without 'kind: governance' was meant to be one.
    private static readonly string[] GovernanceKeys = ["kind", "extends", "jurisdiction", "categories", "urgency", "sources", "units", "mechanisms"];

    /// <summary>Reads the scenario file at <paramref name="path"/>; messages name the path as given.</summary>
    public static NetworkSpec ReadFile(string path) => ReadText(ScenarioText.ReadFileText(path), path);

    /// <summary>Reads a scenario from <paramref name="yaml"/>; <paramref name="fileName"/> is used in messages and as <see cref="NetworkSpec.SourceFile"/>.</summary>
    public static NetworkSpec ReadText(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var root = Parse(yaml, fileName);
        return ReadNetwork(root, fileName) with { SourceFile = fileName };
    }

    private static YamlNodeReader Parse(string yaml, string fileName) =>
        ScenarioText.Parse(yaml, fileName, "the file is empty; a scenario needs at least 'run', 'stations' and 'classes'");

    private static NetworkSpec ReadNetwork(YamlNodeReader root, string fileName)
    {
        RefuseGovernanceLookalike(root);
        var top = root.Fields("the scenario", TopKeys);

        string name = ScenarioName.Read(top.Optional("name"), fileName);
        ulong seed = top.Optional("seed")?.UnsignedWholeNumber("seed") ?? 1;
        var run = ReadRun(top.Required("run"), seed);

        var stationsNode = top.Required("stations", "a mapping from station name to its settings");
        var stationEntries = stationsNode.Entries("a mapping from station name to its settings");
        if (stationEntries.Count == 0) throw stationsNode.Error("at least one station is required");
        var classesNode = top.Required("classes", "a mapping from class name to its settings");
        var classEntries = classesNode.Entries("a mapping from class name to its settings");
        if (classEntries.Count == 0) throw classesNode.Error("at least one class is required");

        var stationNames = stationEntries.Select(s => s.Name).ToArray();
        var classNames = classEntries.Select(c => c.Name).ToArray();

        var stations = new List<StationSpec>();
        var withCommonService = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in stationEntries)
            stations.Add(ReadStation(entry, classNames, withCommonService));

        var classes = classEntries.Select(entry => ReadClass(entry, stationNames)).ToList();
        if (classes.All(c => c.Arrivals.Count == 0))
            throw classesNode.EntryError("no class has arrivals; give at least one class an 'arrivals' entry (station: rate per hour)");

        CheckEveryVisitHasService(stations, classes, stationEntries, withCommonService);
        return new NetworkSpec(name, run, stations, classes);
    }

    // A governance file comes here when its 'kind' is misspelt or missing: say that, rather than
    // "unknown key 'kind' (allowed: 'name', 'seed', 'run', 'stations', 'classes')".
    private static void RefuseGovernanceLookalike(YamlNodeReader root)
    {
        if (root.Node is not YamlMappingNode) return;
        var entries = root.Entries("the scenario");
        if (entries.FirstOrDefault(e => e.Name == "kind") is { } kind)
        {
            string value = kind.Node is YamlScalarNode && !kind.IsNull ? $"'{kind.Raw}'" : kind.Describe();
            throw kind.Error($"kind must be 'governance' (a governance scenario; a queueing-network scenario has no 'kind'), got {value}"
                + NameSuggestions.DidYouMean(kind.Raw, ["governance"]));
        }
        if (entries.FirstOrDefault(e => !TopKeys.Contains(e.Name) && GovernanceKeys.Contains(e.Name)) is { } governanceKey)
            throw governanceKey.EntryError($"'{governanceKey.Name}' belongs to a governance scenario, which starts with 'kind: governance'; "
                + $"a queueing-network scenario has the keys {NameSuggestions.List(TopKeys)}");
    }

    internal static RunSpec ReadRun(YamlNodeReader node, ulong seed)
    {
        var fields = node.Fields("run", "length", "warmup", "replications");

        var lengthNode = fields.Required("length", "hours per replication, warm-up included");
        double length = lengthNode.Number("length");
        if (!(length > 0)) throw lengthNode.Error($"length must be a positive number of hours, got {lengthNode.Raw}");

        double warmup = 0;
        if (fields.Optional("warmup") is { } warmupNode)
        {
            warmup = warmupNode.Number("warmup");
            if (warmup < 0) throw warmupNode.Error($"warmup must be a non-negative number of hours, got {warmupNode.Raw}");
            if (warmup >= length) throw warmupNode.Error($"warmup must be shorter than length ({lengthNode.Raw}), got {warmupNode.Raw}");
        }

        int replications = 10;
        if (fields.Optional("replications") is { } replicationsNode)
        {
            replications = replicationsNode.WholeNumber("replications");
            if (replications < 1) throw replicationsNode.Error($"replications must be a whole number of at least 1, got {replicationsNode.Raw}");
        }
        return new RunSpec(length, warmup, replications, seed);
    }

    private static StationSpec ReadStation(YamlNodeReader node, string[] classNames, HashSet<string> withCommonService)
    {
        var fields = node.Fields($"station '{node.Name}'", "servers", "discipline", "service", "service_by_class", "schedule");

        WeeklySchedule? schedule = null;
        int servers;
        if (fields.Optional("schedule") is { } scheduleNode)
        {
            schedule = ScheduleReader.Read(scheduleNode);
            if (fields.Optional("servers") is { } serversNode)
                throw serversNode.EntryError($"give either 'servers' or 'schedule', not both: with a schedule the number of servers follows the schedule (at most {schedule.MaxServers})");
            servers = schedule.MaxServers;
        }
        else
        {
            servers = ReadServers(fields.Required("servers", "a whole number of at least 1, or \"infinite\"; or give a 'schedule'"));
        }

        string discipline = "fifo";
        if (fields.Optional("discipline") is { } disciplineNode)
        {
            discipline = disciplineNode.Text("discipline");
            if (!QueueDisciplines.TryGet(discipline, out _))
                throw disciplineNode.Error($"unknown discipline '{discipline}' (registered: {NameSuggestions.List(QueueDisciplines.Names)}){NameSuggestions.DidYouMean(discipline, QueueDisciplines.Names)}");
        }

        Distribution? service = null;
        if (fields.Optional("service") is { } serviceNode)
        {
            service = DistributionReader.Read(serviceNode);
            withCommonService.Add(node.Name);
        }

        var byClass = new Dictionary<string, Distribution>(StringComparer.Ordinal);
        Distribution? firstByClass = null;
        if (fields.Optional("service_by_class") is { } byClassNode)
        {
            foreach (var entry in byClassNode.Entries("a mapping from class name to a service-time distribution"))
            {
                if (!classNames.Contains(entry.Name, StringComparer.Ordinal))
                    throw entry.EntryError($"unknown class '{entry.Name}' (declared classes: {NameSuggestions.List(classNames)}){NameSuggestions.DidYouMean(entry.Name, classNames)}");
                var distribution = DistributionReader.Read(entry);
                byClass[entry.Name] = distribution;
                firstByClass ??= distribution;
            }
        }

        // Without a common service time the station still needs a Distribution object; every class
        // that visits has its own entry (checked once the classes are read), so it is never used.
        var common = service ?? firstByClass
            ?? throw node.MissingError("service", "required field 'service' is missing (it may be left out only when 'service_by_class' gives every visiting class its own service time)");
        return new StationSpec(node.Name, servers, discipline, common, byClass, schedule);
    }

    private static int ReadServers(YamlNodeReader node)
    {
        if (node.Node is YamlScalarNode && node.Raw.Trim() == "infinite") return StationSpec.InfiniteServers;
        string problem = $"servers must be a whole number of at least 1, or \"infinite\", got {node.Describe()}";
        if (node.Node is not YamlScalarNode) throw node.Error(problem);
        int servers;
        try
        {
            servers = node.WholeNumber("servers");
        }
        catch (ScenarioException)
        {
            throw node.Error(problem);
        }
        if (servers < 1) throw node.Error(problem);
        return servers;
    }

    private static CustomerClassSpec ReadClass(YamlNodeReader node, string[] stationNames)
    {
        var fields = node.Fields($"class '{node.Name}'", "priority", "deadline", "patience", "arrivals", "routing");

        int priority = fields.Optional("priority")?.WholeNumber("priority") ?? 0;

        double deadline = double.PositiveInfinity;
        if (fields.Optional("deadline") is { } deadlineNode)
        {
            deadline = deadlineNode.Number("deadline");
            if (!(deadline > 0)) throw deadlineNode.Error($"deadline must be a positive number of hours, got {deadlineNode.Raw}");
        }

        Distribution? patience = fields.Optional("patience") is { } patienceNode ? DistributionReader.Read(patienceNode) : null;

        var arrivals = new List<ArrivalSpec>();
        if (fields.Optional("arrivals") is { } arrivalsNode)
        {
            foreach (var entry in arrivalsNode.Entries("a mapping from station name to arrival rate per hour, e.g. { desk: 0.9 }"))
            {
                RequireStation(entry, stationNames, "arrivals");
                double rate = entry.Number("rate");
                if (!(rate > 0)) throw entry.Error($"rate must be a positive number, got {entry.Raw}");
                arrivals.Add(new ArrivalSpec(entry.Name, rate));
            }
        }

        var routes = new List<RouteSpec>();
        if (fields.Optional("routing") is { } routingNode)
        {
            foreach (var row in routingNode.Entries("a mapping from station name to a row of next stations, e.g. { desk: { review: 0.3 } }"))
            {
                RequireStation(row, stationNames, "routing");
                var targets = new List<RouteTarget>();
                double sum = 0;
                foreach (var target in row.Entries("a mapping from next station to probability, e.g. { review: 0.3 }"))
                {
                    RequireStation(target, stationNames, "routing");
                    double probability = target.Number("probability");
                    if (!(probability >= 0 && probability <= 1))
                        throw target.Error($"probability must be between 0 and 1, got {target.Raw}");
                    sum += probability;
                    targets.Add(new RouteTarget(target.Name, probability));
                }
                if (sum > 1 + ProbabilityTolerance)
                    throw row.EntryError(FormattableString.Invariant($"the probabilities leaving '{row.Name}' add up to {sum:G10}, more than 1"));
                routes.Add(new RouteSpec(row.Name, targets));
            }
        }

        return new CustomerClassSpec(node.Name, priority, deadline, patience, arrivals, routes);
    }

    private static void RequireStation(YamlNodeReader entry, string[] stationNames, string where)
    {
        if (!stationNames.Contains(entry.Name, StringComparer.Ordinal))
            throw entry.EntryError($"unknown station '{entry.Name}' in {where} (declared stations: {NameSuggestions.List(stationNames)}){NameSuggestions.DidYouMean(entry.Name, stationNames)}");
    }

    // A class that can reach a station, by arriving there or by a routing step of positive
    // probability, must find a service time there: the station's own or its service_by_class entry.
    private static void CheckEveryVisitHasService(
        List<StationSpec> stations, List<CustomerClassSpec> classes, IReadOnlyList<YamlNodeReader> stationEntries, HashSet<string> withCommonService)
    {
        foreach (var customerClass in classes)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Queue<string>();
            foreach (var arrival in customerClass.Arrivals)
                if (reached.Add(arrival.Station)) pending.Enqueue(arrival.Station);
            while (pending.Count > 0)
            {
                string from = pending.Dequeue();
                foreach (var route in customerClass.Routes)
                {
                    if (route.From != from) continue;
                    foreach (var target in route.Targets)
                        if (target.Probability > 0 && reached.Add(target.To)) pending.Enqueue(target.To);
                }
            }

            for (int i = 0; i < stations.Count; i++)
            {
                var station = stations[i];
                if (!reached.Contains(station.Name) || withCommonService.Contains(station.Name) || station.ServiceByClass.ContainsKey(customerClass.Name))
                    continue;
                throw stationEntries[i].MissingError("service",
                    $"class '{customerClass.Name}' can reach station '{station.Name}', which has no 'service' and no 'service_by_class' entry for '{customerClass.Name}'");
            }
        }
    }
}
