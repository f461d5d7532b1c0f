namespace GovSim.Reports.Html;

/// <summary>A table cell holding a paired difference: "mean ± half-width" over its bounds, marked when it excludes zero.</summary>
internal static class IntervalCells
{
    public static void Write(HtmlBuilder html, IntervalCell? cell)
    {
        if (cell is null)
        {
            html.Element("td", "–", "num");
            return;
        }
        html.Raw(cell.ExcludesZero ? "<td class=\"num sig\"" : "<td class=\"num\"");
        if (cell.ExcludesZero) html.Attribute("title", "the 95% CI excludes zero");
        html.Raw(">").Text(cell.Text);
        if (cell.Bounds.Length > 0) html.Raw("<span class=\"bounds\">").Text(cell.Bounds).Raw("</span>");
        html.Raw("</td>");
    }
}
