namespace GovSim.Reports.Html;

/// <summary>Section 4: the figures, embedded as PNG data URIs so that the page needs no other file.</summary>
internal static class FiguresSection
{
    public static void Write(HtmlBuilder html, ComparisonReport report)
    {
        html.Line("<section id=\"figures\">").Line("<h2>4. Figures</h2>");
        html.Line("<p class=\"note\">The same figures are in the output folder as PNG and SVG files.</p>");
        int number = 1;
        foreach (var figure in report.Figures)
        {
            html.Raw("<figure><img").Attribute("data-figure", figure.Name).Attribute("alt", figure.Caption)
                .Attribute("width", "1200").Attribute("height", "800")
                .Raw(" src=\"data:image/png;base64,").Raw(Convert.ToBase64String(figure.Png)).Raw("\">");
            html.Raw("<figcaption><b>").Text($"Figure {number++}.").Raw("</b> ").Text(figure.Caption)
                .Raw(" <span class=\"mono\">(").Text(figure.Name).Raw(".png)</span></figcaption></figure>").Line();
        }
        html.Line("</section>");
    }
}
