namespace GovSim.Reports.Figures;

/// <summary>One piece of figure text in every language; it may hold composite-format holes ({0}, {1}).</summary>
public sealed record Phrase(string English, string Chinese)
{
    public string In(FigureLanguage language) => language == FigureLanguage.Chinese ? Chinese : English;
}
