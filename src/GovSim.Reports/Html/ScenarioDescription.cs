namespace GovSim.Reports.Html;

/// <summary>
/// What a scenario file says it is: the first paragraph of the comment at its top (the format has
/// no description key, and the presets open with one). Null when the file starts with YAML.
/// </summary>
public static class ScenarioDescription
{
    public static string? Read(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!File.Exists(file)) return null;
        var paragraph = new List<string>();
        foreach (string line in File.ReadLines(file))
        {
            string trimmed = line.Trim();
            if (!trimmed.StartsWith('#')) break;
            string text = trimmed.TrimStart('#').Trim();
            if (text.Length == 0)
            {
                if (paragraph.Count > 0) break;
                continue;
            }
            paragraph.Add(text);
        }
        return paragraph.Count == 0 ? null : string.Join(" ", paragraph);
    }
}
