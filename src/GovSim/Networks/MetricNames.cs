namespace GovSim.Networks;

/// <summary>Names of the metrics a network run reports; times in hours, rates per hour.</summary>
public static class MetricNames
{
    public const string StationScope = "station";
    public const string ClassScope = "class";
    public const string NetworkScope = "network";
    public const string NetworkEntity = "all";

    /// <summary>Arrivals per hour.</summary>
    public const string ArrivalRate = "arrival_rate";
    /// <summary>Service completions (station) or departures (class) per hour.</summary>
    public const string Throughput = "throughput";
    /// <summary>Mean busy servers divided by mean servers on duty.</summary>
    public const string Utilisation = "utilisation";
    /// <summary>Time-average number of customers at the station or in the network.</summary>
    public const string L = "L";
    /// <summary>Time-average number waiting.</summary>
    public const string Lq = "Lq";
    /// <summary>Mean time in queue of all who left the queue (served or abandoned), hours.</summary>
    public const string Wq = "Wq";
    /// <summary>Fraction of arrivals that found every server busy and had to wait.</summary>
    public const string ProbabilityOfWait = "p_wait";
    /// <summary>Fraction of arrivals (station) or of those who left (class) that abandoned.</summary>
    public const string ProbabilityOfAbandonment = "p_abandon";
    /// <summary>Mean time from entering to leaving the network after service, hours.</summary>
    public const string W = "W";
    public const string WP50 = "W_p50";
    public const string WP90 = "W_p90";
    public const string WP99 = "W_p99";
    /// <summary>Mean number of station visits of a departing customer.</summary>
    public const string Visits = "visits";

    /// <summary>Per-class waiting time at a station: "Wq[CLASS]".</summary>
    public static string WqOfClass(string className) => $"Wq[{className}]";
}
