using GovSim.Reports.Figures;
using GovSim.Statistics;
using GovSim.Validation;

namespace GovSim.Tests.Reports;

/// <summary>The validation figure (govsim validate --out): one row per check, the verdict counted in the title.</summary>
public sealed class ValidationFigureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govsim-validation-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Every_check_is_a_row_and_a_failed_one_is_marked()
    {
        var checks = new List<ValidationCheck>
        {
            // Theory 1.0 inside the verdict's interval: passes.
            new("M/M/1 rho=0.5", "Wq (h)", 1.0, new ConfidenceInterval(0.99, 0.01, 10), new ConfidenceInterval(0.99, 0.02, 10)),
            // Theory 2.0 outside it: fails.
            new("M/D/1 rho=0.8", "Wq (h)", 2.0, new ConfidenceInterval(2.3, 0.05, 10), new ConfidenceInterval(2.3, 0.1, 10)),
        };
        Assert.True(checks[0].Passed);
        Assert.False(checks[1].Passed);

        string png = ValidationFigure.Write(checks, _dir);

        Assert.Equal(Path.Combine(_dir, "validation.png"), png);
        byte[] bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        string svg = File.ReadAllText(Path.Combine(_dir, "validation.svg"));
        Assert.Contains("1 of 2 checks pass", svg);
        Assert.Contains("M/M/1 rho=0.5: Wq (h)", svg);
        Assert.Contains("M/D/1 rho=0.8: Wq (h) (FAILS)", svg);
        Assert.DoesNotContain("M/M/1 rho=0.5: Wq (h) (FAILS)", svg);
    }
}
