namespace GovSim.Tests.Cli;

/// <summary>
/// <c>--out</c>: a folder that cannot take the results is one line and exit 2 before anything runs,
/// and an existing folder is replaced only when it holds nothing but results, so that a slip such as
/// <c>--out .</c> never deletes the user's files.
/// </summary>
[Collection("cli")]
public sealed class OutputFolderTests() : CliTest("govsim-out-")
{
    private static void AssertOneLine(CliRunner.Result r, string expected)
    {
        Assert.Equal(2, r.ExitCode);
        string message = r.Messages.TrimEnd('\n');
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain("   at ", message);
        Assert.Equal("error: " + expected, message);
        Assert.Equal("", r.Output);   // refused before the run: no tables either
    }

    [Fact]
    public void An_existing_file_is_refused_before_the_run_and_kept()
    {
        string file = Path.Combine(Dir, "results.txt");
        File.WriteAllText(file, "mine");
        var r = CliRunner.Run("run", TinyNetwork(), "--out", file);
        AssertOneLine(r, $"--out {file}: is a file, not a folder; the results are several files, so give a folder");
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void A_folder_holding_other_files_is_refused_and_left_as_it_was()
    {
        string folder = Path.Combine(Dir, "work");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "summary.csv"), "old");
        File.WriteAllText(Path.Combine(folder, "sub", "notes.txt"), "precious");
        var r = CliRunner.Run("run", TinyNetwork(), "--out", folder);
        AssertOneLine(r, $"--out {folder}: the folder holds '{Path.Combine("sub", "notes.txt")}', which govsim did not write and would delete when it replaces the folder; give a new folder, or one that holds only results");
        Assert.Equal("precious", File.ReadAllText(Path.Combine(folder, "sub", "notes.txt")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(folder, "summary.csv")));
    }

    [Fact]
    public void A_folder_of_earlier_results_is_replaced()
    {
        string folder = Path.Combine(Dir, "results");
        Directory.CreateDirectory(Path.Combine(folder, "1-old"));
        File.WriteAllText(Path.Combine(folder, "stale.csv"), "old");
        File.WriteAllText(Path.Combine(folder, "1-old", "figure.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(folder, "report.html"), "<html/>");
        var r = CliRunner.Run("run", TinyNetwork(), "--out", folder);
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "summary.csv")));
        Assert.False(File.Exists(Path.Combine(folder, "stale.csv")));
    }

    [Fact]
    public void A_folder_that_cannot_be_made_is_refused_before_the_run()
    {
        string file = Path.Combine(Dir, "plain-file");
        File.WriteAllText(file, "");
        string under = Path.Combine(file, "out");
        var r = CliRunner.Run("run", TinyNetwork(), "--out", under);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"error: --out {under}: cannot write there: ", r.Messages);
        Assert.Single(r.Messages.TrimEnd('\n').Split('\n'));
        Assert.Equal("", r.Output);
    }

    [Fact]
    public void An_empty_folder_name_is_refused()
    {
        AssertOneLine(CliRunner.Run("run", TinyNetwork(), "--out", ""), "--out: needs a folder name");
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("sweep")]
    [InlineData("validate")]
    public void Every_command_checks_the_folder_before_it_runs(string command)
    {
        string file = Path.Combine(Dir, "taken");
        File.WriteAllText(file, "mine");
        string[] args = command switch
        {
            "compare" => ["compare", Preset("inverted-pyramid.yaml"), Preset("double-pyramid.yaml"), "-r", "1", "--horizon", "100", "--warmup", "10"],
            // At load 2 some units are overloaded: their warnings, too, wait until the input is found good.
            "sweep" => ["sweep", Preset("inverted-pyramid.yaml"), "--set", "load=1,2", "-r", "1", "--horizon", "100", "--warmup", "10"],
            _ => ["validate"],
        };
        var r = CliRunner.Run([.. args, "--out", file]);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"error: --out {file}: is a file, not a folder; the results are several files, so give a folder", r.Messages.TrimEnd('\n'));
        Assert.DoesNotContain("   at ", r.Messages);
        Assert.Equal("mine", File.ReadAllText(file));
    }
}
