using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GovSim.Scenarios;

/// <summary>
/// Wraps YamlDotNet's parser and follows the events it hands out, so that when the YAML is
/// malformed the reader can name the field being parsed (e.g. <c>stations.desk.service</c>) and the
/// last position that still parsed, not only the position YamlDotNet reports.
/// </summary>
internal sealed class PathTrackingParser : IParser
{
    /// <summary>
    /// Collections nested deeper than this are an error. A scenario file needs fewer than ten levels;
    /// without a bound, the path this class rebuilds at every event made a file of 20,000 nested
    /// brackets take 20 seconds to be refused, and code that walks the tree recursively could overflow the stack.
    /// </summary>
    public const int MaxDepth = 64;

    private readonly IParser _inner;

    // One frame per open collection. A mapping frame remembers its latest key (kept after the value
    // is done, so an error just after a value still names the field it follows) and whether the next
    // node is a key; a sequence frame counts its items.
    private readonly List<(bool IsSequence, bool ExpectingKey, string? Key, int Index)> _frames = [];

    private string _pathBeforeLastMove = "";
    private bool _parserFailed;

    public PathTrackingParser(IParser inner) => _inner = inner;

    public ParsingEvent? Current => _inner.Current;

    /// <summary>End of the last event that parsed, where a parse that broke off without a position stopped.</summary>
    public Mark LastGoodEnd { get; private set; } = Mark.Empty;

    /// <summary>Dotted path of the node being parsed, e.g. <c>classes.walk-in.routing.desk</c>.</summary>
    public string CurrentPath
    {
        get
        {
            var path = new StringBuilder();
            foreach (var frame in _frames)
            {
                if (frame.IsSequence)
                {
                    path.Append('[').Append(frame.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                }
                else if (frame.Key is not null)
                {
                    if (path.Length > 0) path.Append('.');
                    path.Append(frame.Key);
                }
            }
            return path.ToString();
        }
    }

    /// <summary>True when the error came from the parser itself rather than from the loader.</summary>
    public bool ParserFailed => _parserFailed;

    /// <summary>
    /// The path to report for an error: where the parser stopped if the parser itself failed, or
    /// else (an error the loader raised, such as a duplicate key) the node the loader had just
    /// taken, which is one event behind the parser.
    /// </summary>
    public string ErrorPath => _parserFailed ? CurrentPath : _pathBeforeLastMove;

    public bool MoveNext()
    {
        _pathBeforeLastMove = CurrentPath;
        bool moved;
        try
        {
            moved = _inner.MoveNext();
        }
        catch
        {
            _parserFailed = true;
            throw;
        }
        if (!moved) return false;
        var current = _inner.Current;
        if (current is null) return true;
        LastGoodEnd = current.End;
        if (current is MappingStart or SequenceStart && _frames.Count >= MaxDepth)
        {
            _parserFailed = true;
            throw new YamlException(current.Start, current.End,
                $"mappings and lists are nested more than {MaxDepth} levels deep here; a scenario file needs fewer than ten");
        }
        switch (current)
        {
            case MappingStart:
                BeginNode(null);
                _frames.Add((false, true, null, 0));
                break;
            case SequenceStart:
                BeginNode(null);
                _frames.Add((true, false, null, 0));
                break;
            case MappingEnd:
            case SequenceEnd:
                if (_frames.Count > 0) _frames.RemoveAt(_frames.Count - 1);
                EndNode();
                break;
            case Scalar scalar:
                BeginNode(scalar.Value);
                EndNode();
                break;
            case AnchorAlias:
                BeginNode("*");
                EndNode();
                break;
        }
        return true;
    }

    private void BeginNode(string? scalarValue)
    {
        if (_frames.Count == 0) return;
        var top = _frames[^1];
        if (!top.IsSequence && top.ExpectingKey) _frames[^1] = top with { Key = scalarValue ?? "?" };
    }

    private void EndNode()
    {
        if (_frames.Count == 0) return;
        var top = _frames[^1];
        _frames[^1] = top.IsSequence ? top with { Index = top.Index + 1 } : top with { ExpectingKey = !top.ExpectingKey };
    }
}
