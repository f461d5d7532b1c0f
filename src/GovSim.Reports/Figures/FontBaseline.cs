using ScottPlot;
using SkiaSharp;

namespace GovSim.Reports.Figures;

/// <summary>
/// Puts text of a font with a tall bounding box back on its line. ScottPlot 5 sets text on the
/// lowest point any glyph of the font reaches (its bounding box) rather than on its descent; for
/// most Latin fonts the two nearly agree, but the CJK fonts' box reaches a whole em below the
/// baseline, so every label would float by most of its height and be cut off at the edges.
/// The shift down by the difference is applied through each label's offset.
/// </summary>
internal static class FontBaseline
{
    /// <summary>How far (pixels) text of <paramref name="family"/> at <paramref name="size"/> is drawn too high.</summary>
    public static float Shift(string family, float size)
    {
        using var typeface = SKTypeface.FromFamilyName(family);
        using var font = new SKFont(typeface, size);
        var metrics = font.Metrics;
        return Math.Max(0, metrics.Bottom - metrics.Descent);
    }

    /// <summary>Sets <paramref name="family"/> on <paramref name="label"/> and moves it down its own (possibly rotated) line.</summary>
    public static void Apply(LabelStyle label, string family)
    {
        label.FontName = family;
        float shift = Shift(family, label.FontSize);
        // The offset is in page pixels, applied before the label's rotation: "down" for text
        // turned by θ is (−sin θ, cos θ) on the page.
        double radians = label.Rotation * Math.PI / 180;
        label.OffsetX += (float)(-Math.Sin(radians) * shift);
        label.OffsetY += (float)(Math.Cos(radians) * shift);
    }
}
