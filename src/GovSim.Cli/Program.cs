using System.CommandLine;
using GovSim.Cli.Commands;

namespace GovSim.Cli;

/// <summary>The <c>govsim</c> command: parses the command line and hands over to one command class.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var parse = CommandLine.Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line, however many problems the parser found ("govsim frob" is both a missing
            // command and an unknown word).
            Terminal.Fail(string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.'))));
            return ExitCodes.BadInput;
        }
        try
        {
            // System.CommandLine's own handler would catch the exception first and print it with its
            // stack trace (exit 1), so the catch below would never run: it is switched off.
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A bug, not bad input: still one line, never a stack trace (GOVSIM_DEBUG=1 shows it).
            if (Environment.GetEnvironmentVariable("GOVSIM_DEBUG") == "1") Console.Error.WriteLine(e);
            // Parallel replications wrap what went wrong; name the exception itself.
            if (e is AggregateException { InnerExceptions.Count: 1 } wrapped) e = wrapped.InnerExceptions[0];
            Terminal.Fail($"internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
