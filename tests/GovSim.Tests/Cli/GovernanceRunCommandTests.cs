using System.Globalization;

namespace GovSim.Tests.Cli;

/// <summary><c>govsim run</c> on a governance preset, with the per-case log and the backlog series.</summary>
[Collection("cli")]
public sealed class GovernanceRunCommandTests() : CliTest("govsim-gov-")
{
    [Fact]
    public void A_governance_run_writes_the_per_case_log_and_the_backlog_over_time()
    {
        string outDir = Path.Combine(Dir, "out");
        var r = CliRunner.Run("run", Preset("double-pyramid.yaml"), "-r", "2", "--cases", "--out", outDir);
        Assert.True(r.ExitCode == 0, r.Messages);
        Assert.Contains("on-time rate", r.Output);

        var log = File.ReadAllLines(Path.Combine(outDir, "cases", "replication-1.csv"));
        var header = log[0].Split(',');
        int arrival = Array.IndexOf(header, "Arrival"), closed = Array.IndexOf(header, "Closed"),
            deadline = Array.IndexOf(header, "Deadline"), onTime = Array.IndexOf(header, "OnTime");
        Assert.True(log.Length > 1000, $"{log.Length} lines");
        foreach (var line in log.Skip(1))
        {
            var f = line.Split(',');
            double a = double.Parse(f[arrival], CultureInfo.InvariantCulture), c = double.Parse(f[closed], CultureInfo.InvariantCulture);
            Assert.True(a >= 168 && c >= a, line); // counted cases arrive after the warm-up
            Assert.Equal(c <= double.Parse(f[deadline], CultureInfo.InvariantCulture), bool.Parse(f[onTime]));
        }

        var series = File.ReadAllLines(Path.Combine(outDir, "series.csv"));
        Assert.Equal("Scenario,Replication,Series,TimeHours,Value", series[0]);
        // One point a day from time 0 to the end of the 720 h run, per replication.
        Assert.Equal(2 * 31, series.Length - 1);
    }
}
