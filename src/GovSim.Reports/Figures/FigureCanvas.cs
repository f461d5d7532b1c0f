using ScottPlot;

namespace GovSim.Reports.Figures;

/// <summary>
/// The common frame of every figure: 1200 × 800 pixels, fonts readable at that size, one colour
/// per structure in a fixed order, and saving as PNG and SVG side by side.
/// </summary>
internal static class FigureCanvas
{
    public const int Width = 1200;
    public const int Height = 800;

    /// <summary>Colours of structures 1, 2, 3, … (colour-blind-safe Okabe–Ito order).</summary>
    private static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"),
        Color.FromHex("#CC79A7"), Color.FromHex("#E69F00"), Color.FromHex("#56B4E9"),
    ];

    public static Color ColourOf(int structure) => Palette[structure % Palette.Length];

    public static Plot New(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, size: 26);
        // Centred on the whole figure, not over the data area: forest plots with long row labels
        // push the data area right, and a title centred over it ran off the figure's edge.
        plot.Axes.Title.FullFigureCenter = true;
        plot.XLabel(xLabel, size: 20);
        plot.YLabel(yLabel, size: 20);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 16;
        plot.Axes.Left.TickLabelStyle.FontSize = 16;
        plot.Legend.FontSize = 16;
        return plot;
    }

    /// <summary>
    /// Writes <paramref name="name"/>.png and <paramref name="name"/>.svg into <paramref name="folder"/>,
    /// with every piece of text in the font of <paramref name="style"/> (none: ScottPlot's default); returns the PNG's path.
    /// </summary>
    public static string Save(Plot plot, string folder, string name, FigureStyle? style = null)
    {
        style?.ApplyFont(plot);
        string png = Path.Combine(folder, name + ".png");
        plot.SavePng(png, Width, Height);
        File.WriteAllText(Path.Combine(folder, name + ".svg"), SvgText.RestoreIdeographs(plot.GetSvgXml(Width, Height)));
        return png;
    }
}
