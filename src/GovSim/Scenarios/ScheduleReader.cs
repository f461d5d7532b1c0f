using GovSim.Kernel;

namespace GovSim.Scenarios;

/// <summary>
/// Reads a station's weekly calendar of servers:
/// <c>{ default: 0, shifts: [ { days: weekdays, from: 9, to: 17, servers: 3 } ] }</c>.
/// </summary>
internal static class ScheduleReader
{
    private static readonly (string Name, DayOfWeekIndex[] Days)[] DayNames =
    [
        ("mon", [DayOfWeekIndex.Monday]),
        ("tue", [DayOfWeekIndex.Tuesday]),
        ("wed", [DayOfWeekIndex.Wednesday]),
        ("thu", [DayOfWeekIndex.Thursday]),
        ("fri", [DayOfWeekIndex.Friday]),
        ("sat", [DayOfWeekIndex.Saturday]),
        ("sun", [DayOfWeekIndex.Sunday]),
        ("weekdays", [DayOfWeekIndex.Monday, DayOfWeekIndex.Tuesday, DayOfWeekIndex.Wednesday, DayOfWeekIndex.Thursday, DayOfWeekIndex.Friday]),
        ("weekend", [DayOfWeekIndex.Saturday, DayOfWeekIndex.Sunday]),
        ("all", Enum.GetValues<DayOfWeekIndex>()),
    ];

    public static WeeklySchedule Read(YamlNodeReader node)
    {
        var fields = node.Fields("a schedule", "default", "shifts");
        int defaultServers = 0;
        if (fields.Optional("default") is { } defaultNode)
        {
            defaultServers = defaultNode.WholeNumber("default");
            if (defaultServers < 0) throw defaultNode.Error($"default must be a whole number of at least 0, got {defaultNode.Raw}");
        }

        var shifts = new List<WeeklySchedule.Shift>();
        if (fields.Optional("shifts") is { } shiftsNode)
        {
            foreach (var item in shiftsNode.Items("a list of shifts, e.g. - { days: weekdays, from: 9, to: 17, servers: 3 }"))
                shifts.Add(ReadShift(item));
        }

        WeeklySchedule schedule;
        try
        {
            schedule = new WeeklySchedule(defaultServers, shifts);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw node.Error($"invalid schedule: {ex.Message.Split('\n')[0].Trim()}", ex);
        }
        if (schedule.MaxServers < 1)
            throw node.EntryError("the schedule never has a server on duty (its largest number of servers is 0); give 'default' or some shift at least 1 server");
        return schedule;
    }

    private static WeeklySchedule.Shift ReadShift(YamlNodeReader item)
    {
        var fields = item.Fields("a shift", "days", "from", "to", "servers");
        var days = ReadDays(fields.Required("days"));

        var fromNode = fields.Required("from");
        double from = fromNode.Number("from");
        if (!(from >= 0 && from < 24))
            throw fromNode.Error($"from must be an hour of the day from 0 to below 24, got {fromNode.Raw}");

        var toNode = fields.Required("to");
        double to = toNode.Number("to");
        if (!(to > 0 && to <= 24))
            throw toNode.Error($"to must be an hour of the day above 0 and at most 24, got {toNode.Raw}");
        if (!(to > from))
            throw toNode.Error($"to must be later than from ({fromNode.Raw}), got {toNode.Raw}; a shift past midnight is two shifts");

        var serversNode = fields.Required("servers");
        int servers = serversNode.WholeNumber("servers");
        if (servers < 0) throw serversNode.Error($"servers must be a whole number of at least 0, got {serversNode.Raw}");

        return new WeeklySchedule.Shift(days, from, to, servers);
    }

    private static DayOfWeekIndex[] ReadDays(YamlNodeReader node)
    {
        var names = node.Node is YamlDotNet.RepresentationModel.YamlSequenceNode
            ? node.Items("a list of days")
            : [node];
        if (names.Count == 0) throw node.Error("days must name at least one day");
        var days = new List<DayOfWeekIndex>();
        var known = DayNames.Select(d => d.Name).ToArray();
        foreach (var nameNode in names)
        {
            string name = nameNode.Text("a day");
            int index = Array.FindIndex(DayNames, d => d.Name == name);
            if (index < 0)
                throw nameNode.Error($"unknown day '{name}' (known: {NameSuggestions.List(known)}){NameSuggestions.DidYouMean(name, known)}");
            foreach (var day in DayNames[index].Days)
                if (!days.Contains(day)) days.Add(day);
        }
        return days.ToArray();
    }
}
