namespace GovSim.Reports.Html;

/// <summary>Section 5: which mechanisms matter, from <c>--ablate</c>; without it, how to get the ranking.</summary>
internal static class MechanismsSection
{
    public static void Write(HtmlBuilder html, ComparisonReport report)
    {
        html.Line("<section id=\"mechanisms\">").Line("<h2>5. Which mechanisms matter</h2>");
        if (report.Ablation is null)
        {
            html.Line("<p>Not computed for this report: add <code>--ablate</code> to the command below to switch each mechanism off in turn and rank the mechanisms by their paired effect on resolution time.</p>");
            html.Line("</section>");
            return;
        }
        if (report.Ablation.Count == 0)
            html.Line("<p>No structure uses a mechanism that can be switched off without changing its cases.</p>");
        foreach (var ranking in report.Ablation)
        {
            html.Element("h3", ranking.Structure).Line();
            html.Line("<table><caption>Effect = with the mechanism − without it, paired, 95% CI; ranked by the size of the effect on mean resolution time (hours).</caption>");
            html.Line("<thead><tr><th class=\"num\">rank</th><th>mechanism</th><th>switched off as</th><th class=\"num\">effect on mean resolution (h)</th><th class=\"num\">effect on p90 (h)</th></tr></thead><tbody>");
            foreach (var row in ranking.Rows)
            {
                html.Raw("<tr>").Element("td", row.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), "num")
                    .Element("td", row.Mechanism).Element("td", row.SwitchedOffAs);
                IntervalCells.Write(html, row.EffectOnMean);
                IntervalCells.Write(html, row.EffectOnP90);
                html.Line("</tr>");
            }
            if (ranking.Rows.Count == 0) html.Line("<tr><td colspan=\"5\">no mechanism to switch off</td></tr>");
            html.Line("</tbody></table>");
        }
        html.Line("</section>");
    }
}
