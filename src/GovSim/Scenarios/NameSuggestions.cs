namespace GovSim.Scenarios;

/// <summary>Finds the name a typo was probably meant to be, for "did you mean" hints.</summary>
internal static class NameSuggestions
{
    /// <summary>"; did you mean 'x'?" for the closest candidate within a small edit distance, else "".</summary>
    public static string DidYouMean(string given, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int d = Distance(given.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.Max(1, Math.Min(2, given.Length / 3));
        return best is not null && bestDistance <= allowed && best != given ? $"; did you mean '{best}'?" : "";
    }

    /// <summary>Quoted, comma-separated list of names: 'a', 'b', 'c'.</summary>
    public static string List(IEnumerable<string> names)
    {
        string list = string.Join(", ", names.Select(n => $"'{n}'"));
        return list.Length == 0 ? "none" : list;
    }

    // Levenshtein distance with adjacent transpositions counted as one edit.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                d[i, j] = value;
            }
        }
        return d[a.Length, b.Length];
    }
}
