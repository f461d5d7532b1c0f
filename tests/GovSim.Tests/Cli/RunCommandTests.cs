namespace GovSim.Tests.Cli;

/// <summary><c>govsim run</c> end to end: results on good input, one clear line and exit 2 on bad input.</summary>
[Collection("cli")]
public sealed class RunCommandTests() : CliTest("govsim-cli-")
{
    private string Scenario(string name, string yaml)
    {
        string path = Path.Combine(Dir, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    private const string Valid = """
        name: tiny
        seed: 3
        run: { length: 2000, warmup: 100, replications: 3 }
        stations:
          desk: { servers: 1, service: { type: exponential, rate: 1.0 } }
        classes:
          walk-in:
            arrivals: { desk: 0.5 }
        """;

    [Fact]
    public void A_valid_scenario_prints_tables_and_writes_the_csv_files()
    {
        string outDir = Path.Combine(Dir, "out");
        var r = CliRunner.Run("run", Scenario("tiny.yaml", Valid), "--out", outDir);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("desk", r.Output);
        Assert.Contains("walk-in", r.Output);
        foreach (var f in new[] { "summary.csv", "replications.csv", "counts.csv" })
            Assert.True(File.Exists(Path.Combine(outDir, f)), f);
        // counts.csv proves conservation: arrivals = departures + abandoned + still inside.
        foreach (var line in File.ReadAllLines(Path.Combine(outDir, "counts.csv")).Skip(1))
        {
            var f = line.Split(',');
            Assert.Equal(long.Parse(f[3]), long.Parse(f[4]) + long.Parse(f[5]) + long.Parse(f[6]));
        }
        Assert.Empty(Directory.GetDirectories(Dir, ".*partial*"));
    }

    [Fact]
    public void Command_line_overrides_change_the_run()
    {
        string outDir = Path.Combine(Dir, "out");
        var r = CliRunner.Run("run", Scenario("tiny.yaml", Valid), "--out", outDir, "-r", "2", "--seed", "9", "--horizon", "500");
        Assert.Equal(0, r.ExitCode);
        var counts = File.ReadAllLines(Path.Combine(outDir, "counts.csv"));
        Assert.Equal(3, counts.Length); // header + 2 replications
        Assert.EndsWith(",9," + counts[1].Split(',')[3] + "," + string.Join(",", counts[1].Split(',').Skip(4)), counts[1]);
    }

    [Fact]
    public void An_overloaded_station_runs_with_a_warning_naming_it()
    {
        string yaml = Valid.Replace("desk: 0.5", "desk: 1.2");
        var r = CliRunner.Run("run", Scenario("hot.yaml", yaml), "--out", Path.Combine(Dir, "out"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("warning: station 'desk' is overloaded", r.Messages);
        Assert.Contains("transient", r.Messages);
    }

    [Theory]
    [InlineData("negative rate", "desk: 0.5", "desk: -0.5", 8, "classes.walk-in.arrivals.desk")]
    [InlineData("unknown station", "desk: 0.5", "counter: 0.5", 8, "classes.walk-in.arrivals.counter")]
    // The YAML parser notices the unclosed bracket on the next line, and says so.
    [InlineData("malformed line", "stations:", "stations: [", 5, "")]
    [InlineData("missing field", "  desk: { servers: 1, service: { type: exponential, rate: 1.0 } }", "  desk: { service: { type: exponential, rate: 1.0 } }", 5, "stations.desk.servers")]
    public void Bad_input_gives_one_line_naming_file_line_and_field_exit_2_and_no_output(
        string what, string find, string replace, int line, string field)
    {
        Assert.Contains(find, Valid);
        string file = Scenario("bad.yaml", Valid.Replace(find, replace));
        string outDir = Path.Combine(Dir, "out");
        var r = CliRunner.Run("run", file, "--out", outDir);
        Assert.True(r.ExitCode == 2, $"{what}: exit {r.ExitCode}, said {r.Messages}");
        string message = r.Messages.TrimEnd('\n');
        Assert.DoesNotContain('\n', message);
        Assert.StartsWith("error: ", message);
        Assert.Contains($"bad.yaml:{line}:", message);
        Assert.Contains(field, message);
        Assert.DoesNotContain("   at ", message);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_scenario_from_a_pipe_is_read_once()
    {
        // As with 'govsim run <(…)': the file was read once to see its kind and again to read it,
        // and the second read found the pipe empty ("the file is empty") or, for a named pipe, waited for ever.
        if (OperatingSystem.IsWindows()) return;
        string fifo = Path.Combine(Dir, "scenario.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) await mkfifo.WaitForExitAsync();
        var writing = Task.Run(() => File.WriteAllText(fifo, Valid));
        var r = await Task.Run(() => CliRunner.Run("run", fifo, "--out", Path.Combine(Dir, "out")));
        await writing;
        Assert.True(r.ExitCode == 0, r.Messages);
        Assert.Contains("desk", r.Output);
    }

    [Fact]
    public void A_missing_file_gives_one_line_and_exit_2()
    {
        string missing = Path.Combine(Dir, "nope.yaml");
        var r = CliRunner.Run("run", missing, "--out", Path.Combine(Dir, "out"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nope.yaml", r.Messages);
        Assert.Single(r.Messages.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("--replications", "0")]
    [InlineData("--horizon", "-5")]
    [InlineData("--threads", "0")]
    public void Bad_option_values_give_exit_2(string option, string value)
    {
        var r = CliRunner.Run("run", Scenario("tiny.yaml", Valid), option, value, "--out", Path.Combine(Dir, "out"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(option, r.Messages);
    }

    [Theory]
    // Values that did not parse were "Cannot parse argument 'abc' for option '--replications' as
    // expected type 'System.Nullable`1[System.Int32]'"; out-of-range ones named the scenario file.
    [InlineData("--replications", "abc", "--replications: must be a whole number of at least 1, got 'abc'")]
    [InlineData("-r", "-5", "--replications: must be a whole number of at least 1, got '-5'")]
    [InlineData("-r", "99999999999", "--replications: must be a whole number of at least 1, got '99999999999'")]
    [InlineData("--horizon", "nan", "--horizon: must be a positive number of hours, got 'nan'")]
    [InlineData("--horizon", "0", "--horizon: must be a positive number of hours, got '0'")]
    [InlineData("--horizon", "Infinity", "--horizon: must be a positive number of hours, got 'Infinity'")]
    [InlineData("--warmup", "-1", "--warmup: must be zero or a positive number of hours, got '-1'")]
    [InlineData("--seed", "-1", "--seed: must be a whole number from 0 to 18446744073709551615, got '-1'")]
    [InlineData("--seed", "1.5", "--seed: must be a whole number from 0 to 18446744073709551615, got '1.5'")]
    [InlineData("--threads", "abc", "--threads: must be -1 (all cores) or a whole number of at least 1, got 'abc'")]
    [InlineData("--threads", "-2", "--threads: must be -1 (all cores) or a whole number of at least 1, got '-2'")]
    public void A_bad_option_value_is_one_line_naming_the_option_and_its_rule(string option, string value, string expected)
    {
        string outDir = Path.Combine(Dir, "out");
        var r = CliRunner.Run("run", Scenario("tiny.yaml", Valid), option, value, "--out", outDir);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("error: " + expected, r.Messages.TrimEnd('\n'));
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_warm_up_not_shorter_than_the_run_names_the_file_whose_length_it_meets()
    {
        string file = Scenario("tiny.yaml", Valid);
        var r = CliRunner.Run("run", file, "--warmup", "2000", "--out", Path.Combine(Dir, "out"));
        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"error: {file}: field '--warmup': the warm-up (2000 h) must be shorter than the run (2000 h)", r.Messages.TrimEnd('\n'));
    }

    [Fact]
    public void Several_problems_on_the_command_line_are_still_one_line()
    {
        var r = CliRunner.Run("run", Scenario("tiny.yaml", Valid), "-r", "abc", "--horizon", "xyz");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("error: --replications: must be a whole number of at least 1, got 'abc'; --horizon: must be a positive number of hours, got 'xyz'", r.Messages.TrimEnd('\n'));
    }

    [Fact]
    public void An_unknown_option_gives_exit_2()
    {
        var r = CliRunner.Run("run", Scenario("tiny.yaml", Valid), "--frobnicate");
        Assert.Equal(2, r.ExitCode);
    }
}
