using GovSim.Statistics;

namespace GovSim.Networks;

/// <summary>A metric across replications: the mean of the replication values with its 95% confidence interval.</summary>
public sealed record MetricSummary(MetricKey Key, ConfidenceInterval Interval, IReadOnlyList<double> Values);
