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

    /// <summary>A one-desk network scenario that runs in milliseconds, written to the test's folder.</summary>
    protected string TinyNetwork()
    {
        string path = Path.Combine(Dir, "tiny.yaml");
        File.WriteAllText(path, """
            run: { length: 200, replications: 2 }
            stations:
              desk: { servers: 1, service: { type: exponential, rate: 1.0 } }
            classes:
              walk-in: { arrivals: { desk: 0.5 } }
            """);
        return path;
    }
}
