using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovSim.Scenarios;

/// <summary>
/// Reading a scenario file's text and parsing it into one YAML document, with every failure turned
/// into a one-line <see cref="ScenarioException"/> at the best position the parser gives: shared by
/// every kind of scenario file.
/// </summary>
internal static class ScenarioText
{
    /// <summary>
    /// The most characters a scenario file may have. A scenario is a few kilobytes; without a bound,
    /// a wrong path such as /dev/zero (or a log of gigabytes) was read until memory ran out.
    /// </summary>
    public const int MaxCharacters = 16_000_000;

    /// <summary>The file's text; a missing, unreadable or far too large file is a <see cref="ScenarioException"/> naming the path as given.</summary>
    public static string ReadFileText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new ScenarioException(path, 0, 0, "", Directory.Exists(path) ? "is a directory, not a scenario file" : "file not found");
        try
        {
            return ReadBounded(path);
        }
        catch (FileTooLargeException ex)
        {
            throw new ScenarioException(path, 0, 0, "", ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(path, 0, 0, "", $"cannot read the file: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The text of the file at <paramref name="path"/>, read as <see cref="File.ReadAllText(string)"/>
    /// reads it but never past <see cref="MaxCharacters"/>; a longer file throws an <see cref="IOException"/>
    /// whose message says so. Also reads what is not a regular file (a pipe from <c>&lt;(…)</c>).
    /// </summary>
    public static string ReadBounded(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var text = new System.Text.StringBuilder();
        var buffer = new char[64 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > MaxCharacters) throw new FileTooLargeException();
            text.Append(buffer, 0, read);
        }
        return text.ToString();
    }

    private sealed class FileTooLargeException() : IOException(
        $"the file has more than {MaxCharacters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, far more than a scenario file (a few kilobytes): is it the right file?");

    /// <summary>Parses a file holding exactly one YAML document; <paramref name="emptyProblem"/> is the message for an empty one.</summary>
    public static YamlNodeReader Parse(string yaml, string fileName, string emptyProblem)
    {
        var stream = new YamlStream();
        var parser = new PathTrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            // Some scanner errors (a tab used for indentation) carry no position; the end of the
            // last event that parsed is then the best place to point at.
            var at = ex.Start.Index == 0 && parser.ParserFailed && parser.LastGoodEnd.Index > 0 ? parser.LastGoodEnd : ex.Start;
            throw new ScenarioException(fileName, (int)at.Line, (int)at.Column, parser.ErrorPath, $"malformed YAML: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet gives up on some malformed flow collections without a position; report
            // the last place that parsed.
            var at = parser.LastGoodEnd;
            throw new ScenarioException(fileName, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), parser.ErrorPath,
                "malformed YAML: cannot parse past this point (check brackets, quotes and indentation)", ex);
        }

        if (stream.Documents.Count == 0)
            throw new ScenarioException(fileName, 1, 1, "", emptyProblem);
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            throw new ScenarioException(fileName, (int)second.Line, (int)second.Column, "", "a scenario file holds a single YAML document, but another one starts here");
        }
        var root = YamlNodeReader.Root(fileName, stream.Documents[0].RootNode);
        if (root.IsNull)
            throw root.Error(emptyProblem);
        return root;
    }
}
