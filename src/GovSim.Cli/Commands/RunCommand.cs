using System.CommandLine;

namespace GovSim.Cli.Commands;

internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run a scenario file.");
        return command;
    }
}
