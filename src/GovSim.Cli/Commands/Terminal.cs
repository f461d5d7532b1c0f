using Spectre.Console;

namespace GovSim.Cli.Commands;

/// <summary>Console output: tables to standard output, progress and warnings to standard error.</summary>
internal static class Terminal
{
    public static IAnsiConsole Out { get; set; } = AnsiConsole.Console;

    public static IAnsiConsole Error { get; set; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>A progress line on standard error, only when a person is watching.</summary>
    public static void Progress(string message)
    {
        if (!Console.IsErrorRedirected) Error.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
    }

    public static void Warning(string message) => Error.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");

    public static void Fail(string message) => Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
}
