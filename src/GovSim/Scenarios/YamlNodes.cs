using YamlDotNet.RepresentationModel;

namespace GovSim.Scenarios;

/// <summary>Walking a parsed YAML tree safely.</summary>
internal static class YamlNodes
{
    /// <summary>
    /// Every node under <paramref name="root"/> (itself included), each once. YamlDotNet's own
    /// <c>AllNodes</c> follows aliases every time they occur, so a file of nested aliases (a
    /// "billion laughs") took for ever, and recurses, so a deeply nested file ended in an exception
    /// with a stack trace; this walk keeps a set of the nodes seen and its own stack.
    /// </summary>
    public static IEnumerable<YamlNode> EachOnce(YamlNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node)) continue;
            yield return node;
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(value);
                        pending.Push(key);
                    }
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children) pending.Push(item);
                    break;
            }
        }
    }
}
