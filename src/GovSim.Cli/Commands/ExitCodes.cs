namespace GovSim.Cli.Commands;

/// <summary>Process exit codes of <c>govsim</c>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A check failed (validation) or the program hit an unexpected internal error.</summary>
    public const int Failure = 1;

    /// <summary>The input was wrong: a scenario file, a name, an option value.</summary>
    public const int BadInput = 2;
}
