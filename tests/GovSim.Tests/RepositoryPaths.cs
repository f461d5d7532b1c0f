namespace GovSim.Tests;

/// <summary>Paths inside the source checkout the tests run from (found by walking up to GovSim.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GovSim.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException($"GovSim.sln not found in any folder above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>A file under <c>experiments/</c>, e.g. <c>Experiment("teaching-city", "double-pyramid.yaml")</c>.</summary>
    public static string Experiment(params string[] parts) => Path.Combine([Root, "experiments", .. parts]);
}
