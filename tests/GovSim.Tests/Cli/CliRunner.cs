using GovSim.Cli.Commands;
using Spectre.Console;

namespace GovSim.Tests.Cli;

/// <summary>Runs <c>govsim</c> in-process and captures what it says.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Messages);

    private static readonly object Gate = new();

    public static Result Run(params string[] args) => Run(null, args);

    /// <summary>Runs with the results written to <paramref name="results"/> (null: captured as <see cref="Result.Output"/>).</summary>
    public static Result Run(TextWriter? results, params string[] args)
    {
        // The terminal is process-wide: one command at a time.
        lock (Gate)
        {
            var output = new StringWriter();
            var messages = new StringWriter();
            var previousOut = Terminal.Out;
            var previousMessages = Terminal.Messages;
            Terminal.Out = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(results ?? output),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            Terminal.Out.Profile.Width = 200;
            Terminal.Messages = messages;
            try
            {
                int code = GovSim.Cli.Program.Main(args);
                return new Result(code, output.ToString(), messages.ToString());
            }
            finally
            {
                Terminal.Out = previousOut;
                Terminal.Messages = previousMessages;
            }
        }
    }
}
