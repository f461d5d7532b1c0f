using System.CommandLine;

namespace GovSim.Cli.Commands;

/// <summary>The command tree of <c>govsim</c>.</summary>
internal static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("GovSim: discrete-event simulation of multi-tier city governance.");
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(SweepCommand.Create());
        return root;
    }
}
