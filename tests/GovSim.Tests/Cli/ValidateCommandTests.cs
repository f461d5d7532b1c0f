using System.Globalization;
using CsvHelper;

namespace GovSim.Tests.Cli;

/// <summary><c>govsim validate --out</c>: the table's checks as CSV and as a figure; bad options rejected up front.</summary>
[Collection("cli")]
public sealed class ValidateCommandTests() : CliTest("govsim-validate-")
{
    [Fact]
    public void Out_writes_every_check_as_a_csv_row_and_draws_the_figure()
    {
        string outDir = Path.Combine(Dir, "validation");
        var result = CliRunner.Run("validate", "--out", outDir, "--threads", "2");

        Assert.Equal(0, result.ExitCode);
        using var reader = new StreamReader(Path.Combine(outDir, "validation.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        // As many rows as the table reports checks, each with theory inside its verdict's interval.
        var summary = System.Text.RegularExpressions.Regex.Match(result.Output, @"(\d+) of (\d+) checks passed");
        Assert.True(summary.Success, result.Output);
        Assert.Equal(int.Parse(summary.Groups[2].Value, CultureInfo.InvariantCulture), rows.Count);
        foreach (var row in rows)
        {
            double theory = double.Parse((string)row["Theory"], CultureInfo.InvariantCulture);
            double mean = double.Parse((string)row["SimulatedMean"], CultureInfo.InvariantCulture);
            double verdict = double.Parse((string)row["VerdictHalfWidth"], CultureInfo.InvariantCulture);
            Assert.Equal(Math.Abs(mean - theory) <= verdict, bool.Parse((string)row["Passed"]));
            Assert.True(verdict >= double.Parse((string)row["HalfWidth95"], CultureInfo.InvariantCulture));
        }
        Assert.True(new FileInfo(Path.Combine(outDir, "validation.png")).Length > 10_000);
        Assert.True(File.Exists(Path.Combine(outDir, "validation.svg")));
    }

    [Fact]
    public void An_unknown_language_is_one_line_and_exit_2()
    {
        var result = CliRunner.Run("validate", "--out", Path.Combine(Dir, "v"), "--lang", "xx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lang: unknown language 'xx'", result.Messages);
        Assert.False(Directory.Exists(Path.Combine(Dir, "v")));
    }

    [Theory]
    // --threads 0 reached the parallel loop: an ArgumentOutOfRangeException with a stack trace.
    [InlineData("--threads", "0", "--threads: must be -1 (all cores) or a whole number of at least 1, got '0'")]
    [InlineData("--seed", "-1", "--seed: must be a whole number from 0 to 18446744073709551615, got '-1'")]
    public void A_bad_option_value_is_one_line_and_exit_2_before_any_run(string option, string value, string expected)
    {
        var result = CliRunner.Run("validate", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: " + expected, result.Messages.TrimEnd('\n'));
        Assert.Equal("", result.Output);
    }
}
