using GovSim.Statistics;

namespace GovSim.Validation;

/// <summary>
/// One comparison of a simulated metric with its exact queueing-theory value.
/// </summary>
/// <param name="Model">The queueing model, e.g. "M/M/1 ρ=0.9".</param>
/// <param name="Metric">What is compared, e.g. "Wq (h)".</param>
/// <param name="Theory">The exact value.</param>
/// <param name="Simulated">Mean over replications with its 95% confidence interval.</param>
/// <param name="Judged">The wider interval the pass/fail verdict uses (family-wise, see <see cref="ValidationSuite"/>).</param>
public sealed record ValidationCheck(string Model, string Metric, double Theory, ConfidenceInterval Simulated, ConfidenceInterval Judged)
{
    public bool Passed => Judged.Contains(Theory);

    /// <summary>(simulated − theory) / theory.</summary>
    public double RelativeError => (Simulated.Mean - Theory) / Theory;
}
