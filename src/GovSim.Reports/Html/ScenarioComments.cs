namespace GovSim.Reports.Html;

/// <summary>
/// The comments of a YAML scenario file, each with the key it belongs to. A comment after a value
/// belongs to that line's key; a block of comment lines on their own belongs to the key right
/// below it (none when a blank line or the end of a block comes first, or at the top of the file).
/// A comment continued on the next lines, at the same column, is one comment.
/// </summary>
internal static class ScenarioComments
{
    /// <summary>One comment: its first line (1-based), the key path and value it belongs to, its text.</summary>
    public sealed record Comment(int Line, string Key, string Value, string Text);

    public static IEnumerable<Comment> Read(IReadOnlyList<string> lines)
    {
        var keys = new List<(int Indent, string Key)>();
        var comments = new List<Comment>();
        // The comment being gathered: its first line, column, text so far, and whether it trails a value.
        (int Line, int Column, List<string> Text, bool Trailing, string Key, string Value)? open = null;
        var waiting = new List<int>();   // indices in 'comments' of block comments waiting for the key below them
        bool seenKey = false;

        void Close()
        {
            if (open is not { } c) return;
            comments.Add(new Comment(c.Line, c.Key, c.Value, string.Join(" ", c.Text)));
            if (!c.Trailing && seenKey) waiting.Add(comments.Count - 1);
            open = null;
        }

        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            string trimmed = line.TrimStart();
            int indent = line.Length - trimmed.Length;
            if (trimmed.Length == 0)
            {
                Close();
                waiting.Clear();
                continue;
            }
            if (trimmed[0] == '#')
            {
                string text = trimmed.TrimStart('#').Trim();
                if (open is { } c && c.Column == indent && text.Length > 0)
                {
                    c.Text.Add(text);
                    continue;
                }
                Close();
                if (text.Length == 0) { waiting.Clear(); continue; }   // a bare '#' ends a paragraph
                open = (i + 1, indent, [text], false, "", "");
                continue;
            }

            Close();
            var (content, comment, column) = Split(line);
            string key = "";
            string value = content.Trim();
            if (value.StartsWith("- ", StringComparison.Ordinal) || value == "-")
            {
                value = value.TrimStart('-').Trim();
                key = Path(keys);
            }
            else if (KeyOf(value) is { } k)
            {
                while (keys.Count > 0 && keys[^1].Indent >= indent) keys.RemoveAt(keys.Count - 1);
                keys.Add((indent, k.Key));
                key = Path(keys);
                value = k.Value;
            }
            // Block comments above this line belong to its key.
            foreach (int w in waiting) comments[w] = comments[w] with { Key = key, Value = value };
            waiting.Clear();
            seenKey = true;
            if (comment is not null) open = (i + 1, column, [comment], true, key, value);
        }
        Close();
        return comments;
    }

    private static string Path(List<(int Indent, string Key)> keys) => string.Join(".", keys.Select(k => k.Key));

    /// <summary>"key: value" → (key, value); null when the text is not a mapping entry.</summary>
    private static (string Key, string Value)? KeyOf(string text)
    {
        int colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 && text.EndsWith(':')) colon = text.Length - 1;
        if (colon <= 0 || text[0] is '{' or '[') return null;
        return (text[..colon].Trim().Trim('"', '\''), text[(colon + 1)..].Trim());
    }

    /// <summary>Splits a line at its comment: a '#' at the start or after a blank, outside quotes.</summary>
    private static (string Content, string? Comment, int Column) Split(string line)
    {
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'' && (i == 0 || line[i - 1] is ' ' or ':' or '[' or '{' or ','))
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return (line[..i], line[(i + 1)..].Trim(), i);
            }
        }
        return (line, null, -1);
    }
}
