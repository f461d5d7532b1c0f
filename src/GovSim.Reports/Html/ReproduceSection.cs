namespace GovSim.Reports.Html;

/// <summary>Section 7: how to get the same numbers again.</summary>
internal static class ReproduceSection
{
    public static void Write(HtmlBuilder html, ComparisonReport report)
    {
        var r = report.Reproduction;
        html.Line("<section id=\"reproduce\">").Line("<h2>7. How to reproduce</h2>");
        html.Line("<p>Run from the same folder, with the same program version; the same seed gives the same numbers, bit for bit, whatever the number of threads.</p>");
        html.Raw("<pre>").Text(r.CommandLine).Line("</pre>");
        html.Line("<table class=\"settings\"><tbody>");
        Row(html, "seed", r.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(html, "replications", r.Replications.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(html, "horizon (hours per replication, warm-up included)", HtmlBuilder.Number(r.Horizon));
        Row(html, "warm-up (hours, discarded)", HtmlBuilder.Number(r.Warmup));
        Row(html, "GovSim version", r.Version);
        if (r.Commit is not null) Row(html, "source commit", r.Commit);
        html.Line("</tbody></table>").Line("</section>");
    }

    private static void Row(HtmlBuilder html, string name, string value) =>
        html.Raw("<tr>").Element("th", name).Raw("<td class=\"mono\">").Text(value).Line("</td></tr>");
}
