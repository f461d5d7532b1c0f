namespace GovSim.Tests.Cli;

/// <summary>What the command-line tests share: a temporary folder for their outputs, removed afterwards, and the teaching-city presets.</summary>
public abstract class CliTest(string folderPrefix) : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory(folderPrefix).FullName;

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected static string Preset(string name) => RepositoryPaths.Experiment("teaching-city", name);
}
