namespace GovSim.Reports.Figures;

/// <summary>The language of the text in the figures.</summary>
public enum FigureLanguage
{
    English,
    Chinese,
}

/// <summary>The codes by which a language is chosen (<c>en</c>, <c>zh</c>).</summary>
public static class FigureLanguages
{
    /// <summary>Every code, in the order they are listed to a user.</summary>
    public static readonly IReadOnlyList<string> Codes = ["en", "zh"];

    /// <summary>The language of <paramref name="code"/> (case-insensitive), or null for a code not known.</summary>
    public static FigureLanguage? FromCode(string code) => code.ToLowerInvariant() switch
    {
        "en" => FigureLanguage.English,
        "zh" => FigureLanguage.Chinese,
        _ => null,
    };
}
