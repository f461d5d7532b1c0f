using GovSim.Distributions;

namespace GovSim.Networks;

/// <summary>A station: servers, a queue discipline and service times per class.</summary>
/// <param name="Name">Unique name other entries refer to.</param>
/// <param name="Servers">Number of servers, or <see cref="InfiniteServers"/> for a pure delay.</param>
/// <param name="Discipline">Name of a registered queue discipline (see <see cref="GovSim.Kernel.QueueDisciplines"/>).</param>
/// <param name="Service">Service time in hours for classes without an entry of their own.</param>
/// <param name="ServiceByClass">Service time per class name, overriding <paramref name="Service"/>.</param>
/// <param name="Schedule">Weekly calendar of the number of servers; null keeps <paramref name="Servers"/> always.</param>
public sealed record StationSpec(
    string Name,
    int Servers,
    string Discipline,
    Distribution Service,
    IReadOnlyDictionary<string, Distribution> ServiceByClass,
    Kernel.WeeklySchedule? Schedule = null)
{
    /// <summary>Marks a station where nobody ever waits: a delay such as a transfer or travel time.</summary>
    public const int InfiniteServers = int.MaxValue;

    public bool IsInfinite => Servers == InfiniteServers;

    public Distribution ServiceFor(string className) =>
        ServiceByClass.TryGetValue(className, out var d) ? d : Service;
}
