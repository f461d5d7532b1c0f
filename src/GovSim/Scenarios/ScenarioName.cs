namespace GovSim.Scenarios;

/// <summary>
/// A scenario's name: its <c>name</c>, or else the file's name without its extension. The name is
/// also a folder name (the default output folder <c>out/NAME</c>, and a subfolder per structure of
/// a comparison), so it must be one folder name: a name such as <c>..</c> or <c>../x</c> would put
/// the results, and the replacing of an old results folder, outside <c>out/</c>.
/// </summary>
internal static class ScenarioName
{
    public static string Read(YamlNodeReader? node, string fileName)
    {
        if (node is not null)
        {
            string name = node.Text("name");
            if (Problem(name) is { } problem) throw node.Error($"name {problem}, got '{name}'");
            return name;
        }
        string fromFile = Path.GetFileNameWithoutExtension(fileName);
        if (Problem(fromFile) is { } fileProblem)
            throw new ScenarioException(fileName, 0, 0, "name", $"the scenario is named after the file, '{fromFile}', but a name {fileProblem}; give it a 'name'");
        return fromFile;
    }

    // Why the name cannot be one folder name, in words that follow "name"; null when it can.
    private static string? Problem(string name)
    {
        if (name is "" or "." or "..") return "must not be empty, '.' or '..': it names the output folder";
        if (name.IndexOfAny(['/', '\\']) >= 0) return "must not contain '/' or '\\': it names the output folder, which must not lie elsewhere";
        if (name.Any(char.IsControl)) return "must not contain control characters: it names the output folder";
        return null;
    }
}
