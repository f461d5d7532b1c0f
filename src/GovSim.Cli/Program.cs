using GovSim.Cli.Commands;

namespace GovSim.Cli;

/// <summary>The <c>govsim</c> command: parses the command line and hands over to one command class.</summary>
public static class Program
{
    public static int Main(string[] args) => CommandLine.Build().Parse(args).Invoke();
}
