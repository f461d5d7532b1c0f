using ScottPlot;

namespace GovSim.Reports.Figures;

/// <summary>
/// The language of a set of figures and the font that draws it (null: ScottPlot's default). The
/// font is set on each piece of text rather than as ScottPlot's process-wide default, so figures
/// drawn at the same time in other languages keep theirs.
/// </summary>
public sealed record FigureStyle(FigureLanguage Language, string? FontFamily)
{
    public static readonly FigureStyle English = new(FigureLanguage.English, null);

    /// <summary>
    /// The style for <paramref name="language"/>: Chinese needs a font with Chinese characters,
    /// found by <paramref name="findCjkFont"/>; without one the figures fall back to English and
    /// <paramref name="warning"/> says which package to install. Null warning otherwise.
    /// </summary>
    public static FigureStyle For(FigureLanguage language, Func<string?> findCjkFont, out string? warning)
    {
        ArgumentNullException.ThrowIfNull(findCjkFont);
        warning = null;
        if (language != FigureLanguage.Chinese) return English;
        if (findCjkFont() is { } font) return new FigureStyle(language, font);
        warning = $"no font with Chinese characters is installed, so the figures are in English; install one (Debian/Ubuntu: apt-get install {CjkFont.DebianPackage})";
        return English;
    }

    /// <summary>The phrase in this style's language.</summary>
    public string Text(Phrase phrase) => phrase.In(Language);

    /// <summary>The phrase in this style's language with its holes filled (invariant number format).</summary>
    public string Text(Phrase phrase, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, phrase.In(Language), values);

    /// <summary>A group or mechanism name in this style's language; a scenario's own names as written.</summary>
    public string Name(string name) => FigureText.Name(name, Language);

    /// <summary>Sets the font on every piece of text of <paramref name="plot"/>: call when the plot is complete.</summary>
    public void ApplyFont(Plot plot)
    {
        if (FontFamily is not { } family) return;
        FontBaseline.Apply(plot.Axes.Title.Label, family);
        foreach (var axis in plot.Axes.GetAxes())
        {
            FontBaseline.Apply(axis.Label, family);
            FontBaseline.Apply(axis.TickLabelStyle, family);
        }
        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case ScottPlot.Plottables.Text text: FontBaseline.Apply(text.LabelStyle, family); break;
                case ScottPlot.Plottables.BarPlot bars: FontBaseline.Apply(bars.ValueLabelStyle, family); break;
            }
        }
        // The legend draws items it makes afresh at every rendering from the plottables; to carry
        // the font and the shift, they are made once here and given to it as its own.
        var items = plot.GetPlottables().SelectMany(p => p.LegendItems)
            .Where(i => i.IsVisible && !string.IsNullOrEmpty(i.LabelText)).ToList();
        // Items a figure added by hand (e.g. a note on what a marker means) are set in the font too.
        foreach (var item in items.Concat(plot.Legend.ManualItems))
        {
            if (plot.Legend.FontSize is { } size) item.LabelStyle.FontSize = size;
            FontBaseline.Apply(item.LabelStyle, family);
        }
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.ManualItems.InsertRange(0, items);
    }
}
