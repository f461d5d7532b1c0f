using Spectre.Console;

namespace GovSim.Cli.Commands;

/// <summary>Console output: results to standard output; progress, warnings and errors to standard error.</summary>
internal static class Terminal
{
    public static IAnsiConsole Out { get; set; } = CreateOut();

    public static IAnsiConsole Error { get; set; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    // Written to a file or a pipe, tables get room for every column instead of the default 80.
    private static IAnsiConsole CreateOut()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 160;
        return console;
    }

    /// <summary>True when a person is watching standard error, so progress is worth drawing.</summary>
    public static bool Interactive => !Console.IsErrorRedirected && Error.Profile.Capabilities.Interactive;

    public static void Progress(string message)
    {
        if (Interactive) Error.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
    }

    /// <summary>Where warnings and errors go: written as plain single lines, never wrapped, so scripts can grep them.</summary>
    public static TextWriter Messages { get; set; } = Console.Error;

    public static void Warning(string message) => Messages.WriteLine("warning: " + OneLine(message));

    public static void Fail(string message) => Messages.WriteLine("error: " + OneLine(message));

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    /// <summary>
    /// Runs <paramref name="work"/>, drawing a progress bar of <paramref name="steps"/> steps on a
    /// terminal and nothing otherwise. The work calls the tick it is given once per step, from any thread.
    /// </summary>
    public static T WithProgress<T>(string title, int steps, Func<Action, T> work)
    {
        if (!Interactive) return work(() => { });
        T result = default!;
        Error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: steps);
                var gate = new object();
                result = work(() => { lock (gate) task.Increment(1); });
            });
        return result;
    }
}
