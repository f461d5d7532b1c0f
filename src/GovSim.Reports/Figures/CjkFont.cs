using SkiaSharp;

namespace GovSim.Reports.Figures;

/// <summary>Finds an installed font that can draw Chinese text.</summary>
public static class CjkFont
{
    /// <summary>The Debian package that provides one.</summary>
    public const string DebianPackage = "fonts-noto-cjk";

    /// <summary>The character a font must have to be used for Chinese figures.</summary>
    private const char Probe = '中';

    /// <summary>The family name of an installed font with Chinese characters, or null when there is none.</summary>
    public static string? Find()
    {
        var fonts = SKFontManager.Default;
        using (var matched = fonts.MatchCharacter(Probe))
            if (matched is not null && matched.ContainsGlyph(Probe)) return matched.FamilyName;
        // Skia's font manager without fontconfig cannot match by character: look at every family,
        // preferring simplified-Chinese, sans-serif, proportional faces (what a reader in mainland
        // China expects of a chart).
        return fonts.FontFamilies
            .Where(HasProbe)
            .OrderByDescending(Preference)
            .ThenBy(f => f, StringComparer.Ordinal)
            .FirstOrDefault();

        bool HasProbe(string family)
        {
            using var typeface = fonts.MatchFamily(family);
            return typeface is not null && typeface.ContainsGlyph(Probe);
        }

        static int Preference(string family) =>
            (family.Contains("SC", StringComparison.Ordinal) || family.Contains("CN", StringComparison.Ordinal) ? 4 : 0)
            + (family.Contains("Serif", StringComparison.OrdinalIgnoreCase) ? 0 : 2)
            + (family.Contains("Mono", StringComparison.OrdinalIgnoreCase) ? 0 : 1);
    }
}
