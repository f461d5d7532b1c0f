using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Models.Spec;
using GovSim.Scenarios;

namespace GovSim.Models.Scenarios;

/// <summary>A unit type as read, with the nodes it came from, for the checks that span several entries.</summary>
internal sealed record UnitTypeEntry(UnitTypeSpec Spec, YamlNodeReader Node, YamlNodeReader? ForwardToNode, IReadOnlyList<YamlNodeReader> ForwardToItems)
{
    /// <summary>The <c>coordination</c> mapping, when given (for the checks against the department unit type).</summary>
    public YamlNodeReader? CoordinationNode { get; init; }
}

/// <summary>Reads one entry of <c>units</c> into a <see cref="UnitTypeSpec"/>.</summary>
internal static class UnitTypeReader
{
    /// <summary>The word that, in <c>authority</c>, stands for every category.</summary>
    public const string AllCategories = "all";

    /// <summary>A discipline the governance model registers itself; accepted before it is registered.</summary>
    public const string EasyFirst = "easy-first";

    private static readonly string[] Keys =
    [
        "tier", "units", "staff", "discipline", "authority", "service", "service_by_category",
        "handling", "forward_to", "dispatch", "buck_passing", "cost_per_staff", "schedule", "coordination", "urgencies", "staffing",
    ];

    private static readonly string[] WorkNames = ["parallel", "sequential", "joint"];

    private static readonly string[] TierNames = ["city", "district", "street", "community"];
    private static readonly string[] StaffingNames = ["equal", "by_size"];
    private static readonly string[] DispatchNames = ["first", "responsible"];

    public static UnitTypeEntry Read(YamlNodeReader node, IReadOnlyList<string> categories, IReadOnlyList<string> units, IReadOnlyList<string> urgencies)
    {
        string name = node.Name;
        var fields = node.Fields($"unit type '{name}'", Keys);

        var tier = (Tier)Array.IndexOf(TierNames, GovernanceValues.Choice(fields.Required("tier", "city, district, street or community"), "tier", TierNames));
        int unitsPerNode = fields.Optional("units") is { } unitsNode ? GovernanceValues.WholeAtLeast(unitsNode, "units", 1) : 1;
        var staffNode = fields.Required("staff", "staff per unit, a whole number of at least 1");
        int staff = GovernanceValues.WholeAtLeast(staffNode, "staff", 1);

        string discipline = "fifo";
        if (fields.Optional("discipline") is { } disciplineNode)
        {
            discipline = disciplineNode.Text("discipline");
            if (discipline != EasyFirst && !QueueDisciplines.TryGet(discipline, out _))
            {
                var known = QueueDisciplines.Names.Append(EasyFirst).Distinct().Order(StringComparer.Ordinal).ToList();
                throw disciplineNode.Error($"unknown discipline '{discipline}' (known: {NameSuggestions.List(known)}){NameSuggestions.DidYouMean(discipline, known)}");
            }
        }

        var authority = ReadAuthority(fields.Optional("authority"), categories);

        Distribution? service = fields.Optional("service") is { } serviceNode ? DistributionReader.Read(serviceNode) : null;
        var byCategory = new Dictionary<string, Distribution>(StringComparer.Ordinal);
        if (fields.Optional("service_by_category") is { } byCategoryNode)
        {
            foreach (var entry in byCategoryNode.Entries("a mapping from category name to a service-time distribution"))
            {
                GovernanceValues.RequireDeclaredKey(entry, "category", categories);
                byCategory[entry.Name] = DistributionReader.Read(entry);
            }
        }
        if (service is null)
        {
            string? uncovered = categories.FirstOrDefault(c => authority.Contains(c) && !byCategory.ContainsKey(c));
            if (uncovered is not null)
                throw node.MissingError("service",
                    $"required field 'service' is missing: unit type '{name}' has authority for '{uncovered}', which has no 'service_by_category' entry");
        }

        var handling = fields.Optional("handling") is { } handlingNode ? DistributionReader.Read(handlingNode) : new DeterministicDistribution(0);

        var forwardToNode = fields.Optional("forward_to");
        var forwardItems = forwardToNode is null ? [] : GovernanceValues.ListOrOne(forwardToNode, "a list of unit types, e.g. [district.grid-centre]");
        var forwardTo = new List<string>(forwardItems.Count);
        foreach (var item in forwardItems)
        {
            string target = GovernanceValues.Declared(item, "unit type", units);
            if (target == name)
                throw item.Error($"unit type '{name}' cannot forward to itself: a case it cannot resolve must go to another unit type");
            if (forwardTo.Contains(target, StringComparer.Ordinal))
                throw item.Error($"unit type '{target}' is listed twice in forward_to");
            forwardTo.Add(target);
        }

        var dispatch = DispatchRule.First;
        if (fields.Optional("dispatch") is { } dispatchNode)
            dispatch = GovernanceValues.Choice(dispatchNode, "dispatch", DispatchNames) == "responsible" ? DispatchRule.Responsible : DispatchRule.First;

        double buckPassing = fields.Optional("buck_passing") is { } buckNode ? GovernanceValues.Probability(buckNode, "buck_passing") : 0;
        double costPerStaff = fields.Optional("cost_per_staff") is { } costNode ? GovernanceValues.NonNegative(costNode, "cost_per_staff") : 1;

        WeeklySchedule? schedule = null;
        if (fields.Optional("schedule") is { } scheduleNode)
        {
            schedule = ScheduleReader.Read(scheduleNode);
            if (schedule.MaxServers > staff)
                throw scheduleNode.EntryError($"the schedule puts up to {schedule.MaxServers} staff on duty, more than the unit's staff ({staffNode.Raw})");
        }

        var staffing = StaffingRule.Equal;
        if (fields.Optional("staffing") is { } staffingNode)
        {
            staffing = GovernanceValues.Choice(staffingNode, "staffing", StaffingNames) == "by_size" ? StaffingRule.BySize : StaffingRule.Equal;
            if (staffing == StaffingRule.BySize && schedule is not null)
                throw staffingNode.EntryError("staffing: by_size cannot be combined with a schedule, whose shifts give the staff on duty at every unit alike");
        }

        HashSet<string>? takes = null;
        if (fields.Optional("urgencies") is { } urgenciesNode)
        {
            takes = new HashSet<string>(StringComparer.Ordinal);
            var items = GovernanceValues.ListOrOne(urgenciesNode, "a list of urgency class names, e.g. [emergency]");
            if (items.Count == 0) throw urgenciesNode.Error("urgencies must name at least one urgency class (or leave the key out for all)");
            foreach (var item in items)
            {
                string urgency = GovernanceValues.Declared(item, "urgency class", urgencies);
                if (!takes.Add(urgency)) throw item.Error($"urgency class '{urgency}' is listed twice in urgencies");
            }
        }

        var coordinationNode = fields.Optional("coordination");
        var coordination = coordinationNode is null ? null : ReadCoordination(coordinationNode, units);

        var spec = new UnitTypeSpec(name, tier, unitsPerNode, staff, discipline, authority, byCategory,
            service ?? new DeterministicDistribution(0), handling, forwardTo, dispatch, buckPassing, costPerStaff, schedule)
        {
            Coordination = coordination,
            HasDefaultService = service is not null,
            Urgencies = takes,
            Staffing = staffing,
        };
        return new UnitTypeEntry(spec, node, forwardToNode, forwardItems) { CoordinationNode = coordinationNode };
    }

    // coordination: { departments: unit type, work: parallel | sequential | joint, delay: distribution, whistle: bool }
    private static CoordinationSpec ReadCoordination(YamlNodeReader node, IReadOnlyList<string> units)
    {
        var fields = node.Fields("coordination", "departments", "work", "delay", "whistle");
        string departments = GovernanceValues.Declared(fields.Required("departments", "the unit type whose units do the department work"), "unit type", units);
        var work = fields.Optional("work") is { } workNode
            ? (DepartmentWork)Array.IndexOf(WorkNames, GovernanceValues.Choice(workNode, "work", WorkNames))
            : DepartmentWork.Parallel;
        Distribution delay = fields.Optional("delay") is { } delayNode ? DistributionReader.Read(delayNode) : new DeterministicDistribution(0);
        bool whistle = fields.Optional("whistle") is { } whistleNode && GovernanceValues.Boolean(whistleNode, "whistle");
        return new CoordinationSpec(departments, work, delay, whistle);
    }

    private static HashSet<string> ReadAuthority(YamlNodeReader? node, IReadOnlyList<string> categories)
    {
        var authority = new HashSet<string>(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        if (node is null) return authority;
        foreach (var item in GovernanceValues.ListOrOne(node, "a list of category names, or the word all"))
        {
            string category = item.Text("a category name");
            if (category == AllCategories)
            {
                authority.UnionWith(categories);
                continue;
            }
            GovernanceValues.Declared(item, "category", categories);
            if (!listed.Add(category))
                throw item.Error($"category '{category}' is listed twice in authority");
            authority.Add(category);
        }
        return authority;
    }
}
