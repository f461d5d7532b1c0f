using GovSim.Distributions;
using GovSim.Models.Spec;
using GovSim.Scenarios;
using YamlDotNet.Core;

namespace GovSim.Models.Scenarios;

/// <summary>
/// Reads a governance scenario file (YAML with <c>kind: governance</c>; the format is described in
/// <c>docs/governance-format.md</c>) into a <see cref="GovernanceSpec"/>, following <c>extends</c>
/// to the files it builds on. Every problem is a <see cref="ScenarioException"/> naming the file and
/// line where the offending value was written, and the field.
/// </summary>
public static class GovernanceScenarioReader
{
    private static readonly string[] TopKeys =
        ["kind", "name", "seed", "run", "jurisdiction", "categories", "urgency", "sources", "units", "mechanisms"];

    /// <summary>Reads the governance scenario at <paramref name="path"/>; messages name the path as given.</summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides">Values set from outside the file (<c>govsim sweep --set</c>), applied after <c>extends</c> merging; null for none.</param>
    public static GovernanceSpec ReadFile(string path, IReadOnlyList<ScenarioOverride>? overrides = null) =>
        ReadText(ScenarioText.ReadFileText(path), path, overrides);

    /// <summary>
    /// Reads a governance scenario from <paramref name="yaml"/>; <paramref name="fileName"/> is used in
    /// messages, as <see cref="GovernanceSpec.SourceFile"/>, for the default name, and as the place
    /// an <c>extends</c> path is relative to.
    /// </summary>
    /// <param name="yaml">The scenario text.</param>
    /// <param name="fileName">The file's name, as above.</param>
    /// <param name="overrides">Values set from outside the file, applied after <c>extends</c> merging; a bad one is reported at its option.</param>
    public static GovernanceSpec ReadText(string yaml, string fileName, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var root = GovernanceFileChain.Load(yaml, fileName, overrides);
        try
        {
            return ReadGovernance(root, fileName) with { SourceFile = fileName };
        }
        catch (ScenarioException e) when (overrides?.FirstOrDefault(o => o.Origin == e.File) is { } set)
        {
            // A value from the command line has no line to point at: name the option and the file it went into.
            throw new ScenarioException(set.Origin, 0, 0, e.Field == set.Key ? "" : e.Field, $"{e.Problem} (in {fileName})", e);
        }
    }

    /// <summary>True when the file's top level is a mapping with <c>kind: governance</c>; false otherwise, and for a file that cannot be read or parsed.</summary>
    public static bool IsGovernanceFile(string path)
    {
        try
        {
            return File.Exists(path) && GovernanceFileChain.HasGovernanceKind(ScenarioText.ReadFileText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlException or ScenarioException or ArgumentException
                                       or NotSupportedException or InvalidOperationException or System.Security.SecurityException)
        {
            return false;
        }
    }

    /// <summary>True when <paramref name="yaml"/>'s top level is a mapping with <c>kind: governance</c>; false otherwise, and for text that does not parse.</summary>
    public static bool IsGovernanceText(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        try
        {
            return GovernanceFileChain.HasGovernanceKind(yaml);
        }
        catch (Exception ex) when (ex is YamlException or ScenarioException or InvalidOperationException)
        {
            return false;
        }
    }

    private static GovernanceSpec ReadGovernance(YamlNodeReader root, string fileName)
    {
        var top = root.Fields("the scenario", TopKeys);

        string name = ScenarioName.Read(top.Optional("name"), fileName);
        ulong seed = top.Optional("seed")?.UnsignedWholeNumber("seed") ?? 1;
        var run = NetworkScenarioReader.ReadRun(top.Required("run"), seed);
        var jurisdiction = JurisdictionReader.Read(top.Required("jurisdiction", "districts, streets_per_district and communities_per_street"));

        var categoryEntries = NamedEntries(top, "categories", "category");
        foreach (var entry in categoryEntries)
        {
            if (entry.Name == UnitTypeReader.AllCategories)
                throw entry.EntryError($"'{UnitTypeReader.AllCategories}' cannot name a category: in 'authority' it stands for every category");
        }
        var categories = categoryEntries.Select(e => (Spec: ReadCategory(e), Node: e)).ToList();
        var categoryNames = categories.Select(c => c.Spec.Name).ToArray();

        var urgencies = NamedEntries(top, "urgency", "urgency class").Select(ReadUrgency).ToList();

        var unitEntries = NamedEntries(top, "units", "unit type");
        var unitNames = unitEntries.Select(e => e.Name).ToArray();
        var sources = NamedEntries(top, "sources", "source").Select(e => ReadSource(e, categoryNames, unitNames)).ToList();
        var urgencyNames = urgencies.Select(u => u.Name).ToArray();
        var units = unitEntries.Select(e => UnitTypeReader.Read(e, categoryNames, unitNames, urgencyNames)).ToList();
        ModelSize.CheckUnits(units, jurisdiction);

        var mechanisms = ReadMechanisms(top.Optional("mechanisms"));

        EscalationCheck.Run(categories, sources, units, urgencies.Select(u => u.Name).ToList());
        CoordinationCheck.Run(categories, units, jurisdiction);

        return new GovernanceSpec(name, run, jurisdiction,
            categories.Select(c => c.Spec).ToList(), urgencies, sources.Select(s => s.Spec).ToList(),
            units.Select(u => u.Spec).ToList(), mechanisms);
    }

    private static IReadOnlyList<YamlNodeReader> NamedEntries(YamlFields top, string key, string noun)
    {
        string expected = $"a mapping from {noun} name to its settings";
        var node = top.Required(key, expected);
        var entries = node.Entries(expected);
        if (entries.Count == 0) throw node.Error($"at least one {noun} is required");
        return entries;
    }

    private static CategorySpec ReadCategory(YamlNodeReader node)
    {
        var fields = node.Fields($"category '{node.Name}'", "share", "comprehensive", "departments", "department_work");
        double share = GovernanceValues.Positive(fields.Required("share", "a positive number; shares are normalised over all categories"), "share");
        double comprehensive = fields.Optional("comprehensive") is { } c ? GovernanceValues.Probability(c, "comprehensive") : 0;
        int departments = fields.Optional("departments") is { } d ? GovernanceValues.WholeAtLeast(d, "departments", 2) : 2;
        var departmentWork = fields.Optional("department_work") is { } w ? DistributionReader.Read(w) : null;
        return new CategorySpec(node.Name, share, comprehensive, departments) { DepartmentWork = departmentWork };
    }

    private static UrgencySpec ReadUrgency(YamlNodeReader node)
    {
        var fields = node.Fields($"urgency class '{node.Name}'", "share", "deadline", "priority", "report_deadline");
        double share = GovernanceValues.Positive(fields.Required("share", "a positive number; shares are normalised over all urgency classes"), "share");
        double deadline = GovernanceValues.Positive(fields.Required("deadline", "hours from arrival to the due time"), "deadline", "hours");
        int priority = fields.Optional("priority")?.WholeNumber("priority") ?? 0;
        var spec = new UrgencySpec(node.Name, share, deadline, priority);
        if (fields.Optional("report_deadline") is { } report)
            spec = spec with { ReportDeadline = GovernanceValues.Positive(report, "report_deadline", "hours") };
        return spec;
    }

    private static (SourceSpec Spec, YamlNodeReader Node) ReadSource(YamlNodeReader node, string[] categories, string[] units)
    {
        var fields = node.Fields($"source '{node.Name}'", "rate_per_community", "entry", "categories", "profile", "surges");
        double rate = GovernanceValues.Positive(fields.Required("rate_per_community", "cases per hour per community"), "rate_per_community");
        string entry = GovernanceValues.Declared(fields.Required("entry", "the unit type that receives its cases first"), "unit type", units);

        Dictionary<string, double>? shares = null;
        if (fields.Optional("categories") is { } categoriesNode)
        {
            var entries = categoriesNode.Entries("a mapping from category name to its share, e.g. { market: 0.6, housing: 0.4 }");
            if (entries.Count == 0) throw categoriesNode.Error("categories must give at least one category (or leave the key out to use the categories' shares)");
            shares = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var share in entries)
            {
                GovernanceValues.RequireDeclaredKey(share, "category", categories);
                shares[share.Name] = GovernanceValues.Positive(share, "share");
            }
        }
        var profile = fields.Optional("profile") is { } profileNode ? ReadProfile(profileNode) : null;
        if (fields.Optional("surges") is { } surgesNode)
        {
            var surges = ReadSurges(surgesNode);
            profile = new ArrivalProfile(
                profile?.Hourly ?? ArrivalProfile.FlatHourly, profile?.Daily ?? ArrivalProfile.FlatDaily,
                profile is { IsSeasonal: true } ? profile.Monthly : null, surges);
        }
        return (new SourceSpec(node.Name, rate, entry, shares) { Profile = profile }, node);
    }

    // surges: [ { start: h, length: h, factor: x }, ... ]
    private static List<Surge> ReadSurges(YamlNodeReader node)
    {
        var surges = new List<Surge>();
        foreach (var item in node.Items("a list of surges, e.g. [{ start: 2000, length: 72, factor: 3 }]"))
        {
            var f = item.Fields("surge", "start", "length", "factor");
            double start = GovernanceValues.NonNegative(f.Required("start", "hours from the start of the run"), "start");
            double length = GovernanceValues.Positive(f.Required("length", "hours the surge lasts"), "length", "hours");
            double factor = GovernanceValues.NonNegative(f.Required("factor", "the rate multiplier during the surge"), "factor");
            surges.Add(new Surge(start, length, factor));
        }
        return surges;
    }

    // profile: { hourly: [24 weights], daily: [7 weights, Monday first], monthly: [12 weights] }; any may be left out (flat).
    private static ArrivalProfile ReadProfile(YamlNodeReader node)
    {
        var fields = node.Fields("profile", "hourly", "daily", "monthly");
        IReadOnlyList<double> Weights(string key, int count, IReadOnlyList<double> flat, string what)
        {
            if (fields.Optional(key) is not { } list) return flat;
            var items = list.Items($"a list of {count} weights, {what}");
            if (items.Count != count) throw list.Error($"{key} needs exactly {count} weights ({what}), got {items.Count}");
            var weights = items.Select(i => GovernanceValues.NonNegative(i, "weight")).ToList();
            if (weights.All(w => w == 0)) throw list.Error($"{key} needs at least one positive weight");
            return weights;
        }
        return new ArrivalProfile(
            Weights("hourly", 24, ArrivalProfile.FlatHourly, "one per hour of the day from 0 h"),
            Weights("daily", 7, ArrivalProfile.FlatDaily, "one per day from Monday"),
            fields.Optional("monthly") is null ? null : Weights("monthly", 12, ArrivalProfile.FlatMonthly, "one per month of 730 h from time 0"));
    }

    private static MechanismSpec ReadMechanisms(YamlNodeReader? node)
    {
        Distribution hopDelay = new DeterministicDistribution(0);
        bool lists = false;
        double factor = 0.5;
        var satisfaction = new SatisfactionSpec(2.0, 1.5, 0.5, 0.1, false, 0.3);
        var whistle = WhistleSpec.Default;
        if (node is null) return new MechanismSpec(hopDelay, lists, factor, satisfaction);

        var fields = node.Fields("mechanisms", "hop_delay", "responsibility_lists", "satisfaction", "whistle");
        if (fields.Optional("hop_delay") is { } hopNode) hopDelay = DistributionReader.Read(hopNode);

        if (fields.Optional("responsibility_lists") is { } listsNode)
        {
            var listFields = listsNode.Fields("responsibility_lists", "enabled", "factor");
            if (listFields.Optional("enabled") is { } enabled) lists = GovernanceValues.Boolean(enabled, "enabled");
            if (listFields.Optional("factor") is { } factorNode) factor = GovernanceValues.Probability(factorNode, "factor");
        }

        if (fields.Optional("satisfaction") is { } satisfactionNode)
        {
            var s = satisfactionNode.Fields("satisfaction", "base", "lateness_weight", "bounce_weight", "hop_weight", "reopen", "reopen_probability");
            satisfaction = new SatisfactionSpec(
                s.Optional("base")?.Number("base") ?? satisfaction.Base,
                s.Optional("lateness_weight") is { } lateness ? GovernanceValues.NonNegative(lateness, "lateness_weight") : satisfaction.LatenessWeight,
                s.Optional("bounce_weight") is { } bounce ? GovernanceValues.NonNegative(bounce, "bounce_weight") : satisfaction.BounceWeight,
                s.Optional("hop_weight") is { } hop ? GovernanceValues.NonNegative(hop, "hop_weight") : satisfaction.HopWeight,
                s.Optional("reopen") is { } reopen ? GovernanceValues.Boolean(reopen, "reopen") : satisfaction.Reopen,
                s.Optional("reopen_probability") is { } p ? GovernanceValues.Probability(p, "reopen_probability") : satisfaction.ReopenProbability);
        }
        if (fields.Optional("whistle") is { } whistleNode)
        {
            var w = whistleNode.Fields("whistle", "enabled", "feedback", "feedback_weight");
            whistle = new WhistleSpec(
                w.Optional("enabled") is { } enabled ? GovernanceValues.Boolean(enabled, "enabled") : whistle.Enabled,
                w.Optional("feedback") is { } feedback ? GovernanceValues.Boolean(feedback, "feedback") : whistle.Feedback,
                w.Optional("feedback_weight") is { } weight ? GovernanceValues.NonNegative(weight, "feedback_weight") : whistle.FeedbackWeight);
        }
        return new MechanismSpec(hopDelay, lists, factor, satisfaction) { Whistle = whistle };
    }
}
