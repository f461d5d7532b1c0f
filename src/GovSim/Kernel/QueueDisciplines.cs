using System.Collections.Concurrent;

namespace GovSim.Kernel;

/// <summary>The registry of queue disciplines by name; models add their own (e.g. "easy cases first").</summary>
public static class QueueDisciplines
{
    private static readonly ConcurrentDictionary<string, QueueDiscipline> Registered = new(StringComparer.Ordinal)
    {
        ["fifo"] = new FifoDiscipline(),
        ["priority"] = new PriorityDiscipline(),
        ["edf"] = new EarliestDeadlineFirstDiscipline(),
    };

    public static void Register(QueueDiscipline discipline)
    {
        ArgumentNullException.ThrowIfNull(discipline);
        Registered[discipline.Name] = discipline;
    }

    public static bool TryGet(string name, out QueueDiscipline discipline) =>
        Registered.TryGetValue(name, out discipline!);

    public static QueueDiscipline Get(string name) =>
        TryGet(name, out var d) ? d : throw new ArgumentException($"unknown queue discipline '{name}' (known: {string.Join(", ", Names)})", nameof(name));

    public static IReadOnlyList<string> Names => Registered.Keys.Order(StringComparer.Ordinal).ToList();
}
