using GovSim.Networks;
using GovSim.Statistics;

namespace GovSim.Validation;

/// <summary>Runs the validation cases and judges every simulated metric against its theory value.</summary>
/// <remarks>
/// The table shows each metric's 95% confidence interval. The verdict uses a family-wise interval:
/// with K checks each judged at level 1 − 0.01/K (Bonferroni), a correct engine fails any check of
/// the suite with probability at most 1%, whereas twenty plain 95% intervals would fail one check
/// in most runs. The run lengths are long enough that this wider interval still excludes the
/// values a 5%-wrong service rate produces (a test checks exactly that).
/// </remarks>
public static class ValidationSuite
{
    public const double FamilyWiseErrorRate = 0.01;

    public static IReadOnlyList<ValidationCheck> Run(
        IReadOnlyList<ValidationCase> cases, int maxDegreeOfParallelism = -1, Action<string>? onCaseDone = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        int checkCount = cases.Sum(c => c.Expectations.Count);
        double judgedLevel = 1 - FamilyWiseErrorRate / checkCount;
        var checks = new List<ValidationCheck>();
        foreach (var validationCase in cases)
        {
            var summary = NetworkRunner.Run(validationCase.Spec, maxDegreeOfParallelism);
            foreach (var e in validationCase.Expectations)
            {
                var values = summary[e.Key.Scope, e.Key.Entity, e.Key.Name].Values.ToArray();
                checks.Add(new ValidationCheck(
                    validationCase.Model, e.Label, e.Theory,
                    ConfidenceInterval.FromSample(values),
                    ConfidenceInterval.FromSample(values, judgedLevel)));
            }
            onCaseDone?.Invoke(validationCase.Model);
        }
        return checks;
    }
}
