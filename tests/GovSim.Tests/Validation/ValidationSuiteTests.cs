using GovSim.Validation;

namespace GovSim.Tests.Validation;

/// <summary>The engine agrees with queueing theory, and the suite is sharp enough to notice when it does not.</summary>
public class ValidationSuiteTests
{
    [Fact]
    public void Every_check_passes_for_the_engine_as_it_is()
    {
        var checks = ValidationSuite.Run(ValidationCases.All());
        var failed = checks.Where(c => !c.Passed).Select(c => $"{c.Model} {c.Metric}: theory {c.Theory}, simulated {c.Simulated}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
        Assert.Equal(20, checks.Count);
    }

    [Theory]
    [InlineData(0.95)]
    [InlineData(1.05)]
    public void Every_model_catches_a_service_rate_off_by_five_percent(double speed)
    {
        var checks = ValidationSuite.Run(ValidationCases.All(serviceSpeed: speed));
        var undetected = checks.GroupBy(c => c.Model).Where(g => g.All(c => c.Passed)).Select(g => g.Key).ToList();
        Assert.True(undetected.Count == 0, "not detected by: " + string.Join(", ", undetected));
    }
}
