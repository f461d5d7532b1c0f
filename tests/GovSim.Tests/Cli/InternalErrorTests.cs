namespace GovSim.Tests.Cli;

/// <summary>
/// What goes wrong that is not the input's fault (here: standard output refuses to be written) is
/// one line, "internal error", exit 1, never a stack trace.
/// </summary>
[Collection("cli")]
public sealed class InternalErrorTests() : CliTest("govsim-internal-")
{
    private sealed class FullDisk : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }

    [Fact]
    public void An_exception_while_running_is_one_line_without_a_stack_trace_and_exit_1()
    {
        string scenario = TinyNetwork();
        var r = CliRunner.Run(new FullDisk(), "run", scenario, "--out", Path.Combine(Dir, "out"));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("error: internal error: IOException: No space left on device", r.Messages.TrimEnd('\n'));
        Assert.DoesNotContain("   at ", r.Messages);
        Assert.DoesNotContain("Unhandled exception", r.Messages);
    }
}
