using GovSim.Reports.Figures;

namespace GovSim.Cli.Commands;

/// <summary>The figure style a command draws with, from the <c>--lang</c> it was given.</summary>
internal static class FigureStyleChoice
{
    /// <summary>
    /// The style for <paramref name="language"/>, looking for a CJK font when Chinese is asked for;
    /// when none is installed the figures are drawn in English and one warning says what to install.
    /// </summary>
    public static FigureStyle For(FigureLanguage language)
    {
        var style = FigureStyle.For(language, CjkFont.Find, out string? warning);
        if (warning is not null) Terminal.Warning("--lang: " + warning);
        return style;
    }
}
