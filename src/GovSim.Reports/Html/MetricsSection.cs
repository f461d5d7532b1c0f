namespace GovSim.Reports.Html;

/// <summary>
/// Section 3: the headline table (each structure's mean ± 95% CI and each later structure's
/// paired difference from the first, marked where it excludes zero), then the remaining metrics.
/// </summary>
internal static class MetricsSection
{
    public static void Write(HtmlBuilder html, ComparisonReport report)
    {
        var names = report.Structures.Select(s => s.Spec.Name).ToList();
        int replications = report.Reproduction.Replications;
        html.Line("<section id=\"headline\">").Line("<h2>3. Headline results</h2>");
        WriteTable(html, names, report.Headline,
            $"Mean ± 95% CI over {replications} replications; differences are paired replication by replication (95% CI below each). Times in hours.");
        if (report.FurtherMetrics.Count > 0)
        {
            html.Line("<h3>Further metrics</h3>");
            WriteTable(html, names, report.FurtherMetrics, "The other rows of the terminal table: by case complexity, whistle reports, urgency class and tier; as above.");
        }
        html.Line("</section>");
    }

    private static void WriteTable(HtmlBuilder html, IReadOnlyList<string> names, IReadOnlyList<MetricRow> rows, string caption)
    {
        html.Raw("<table class=\"metrics\"><caption>").Text(caption).Line("</caption>");
        html.Raw("<thead><tr><th>metric</th>");
        foreach (string name in names) html.Element("th", name, "num");
        foreach (string name in names.Skip(1)) html.Element("th", $"{name} − {names[0]}", "num");
        html.Line("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Raw("<tr>").Element("td", row.Metric);
            foreach (string value in row.Values) html.Element("td", value, "num");
            foreach (var difference in row.Differences) IntervalCells.Write(html, difference);
            html.Line("</tr>");
        }
        html.Line("</tbody></table>");
    }
}
