namespace GovSim.Reports.Html;

/// <summary>Section 6: the scenario lines that rest on an assumption or cite a source text, where they are written.</summary>
internal static class AssumptionsSection
{
    public static void Write(HtmlBuilder html, ComparisonReport report)
    {
        html.Line("<section id=\"assumptions\">").Line("<h2>6. Assumptions and sources</h2>");
        html.Line("<p>Every number no source text gives is marked <code># assumption</code> in the scenario files; numbers taken from a source text cite its file name. "
            + "The reasons for each assumption are listed in <code>experiments/ASSUMPTIONS.md</code>. These are defaults to question, not findings.</p>");
        if (report.Assumptions.Count == 0)
        {
            html.Line("<p class=\"muted\">The scenario files mark no assumption and cite no source text.</p>");
            html.Line("</section>");
            return;
        }
        int assumed = report.Assumptions.Count(a => ScenarioAssumptions.IsAssumption(a.Comment));
        html.Raw("<p class=\"note\">").Text(
            $"{report.Assumptions.Count} comments: {assumed} mark an assumption, {report.Assumptions.Count - assumed} cite a source text only. "
            + "A comment on a line of its own is listed with the key below it.").Line("</p>");
        // One table per file, in the order scanned.
        foreach (var file in report.Assumptions.GroupBy(a => a.File))
        {
            html.Raw("<h3 class=\"mono\">").Text(file.Key).Line("</h3>");
            html.Line("<table class=\"assumptions\"><thead><tr><th>file:line</th><th>key</th><th>value</th><th>comment</th></tr></thead><tbody>");
            foreach (var line in file)
            {
                html.Raw("<tr><td class=\"mono\">").Text($"{Path.GetFileName(line.File)}:{line.Line}").Raw("</td><td class=\"mono\">");
                // Long key paths may break after their dots, never inside a name.
                var parts = line.Key.Split('.');
                for (int i = 0; i < parts.Length; i++) html.Raw(i == 0 ? "" : ".<wbr>").Text(parts[i]);
                if (line.Key.Length == 0) html.Text("–");
                html.Raw("</td><td class=\"mono\">").Text(line.Value).Raw("</td>").Element("td", line.Comment).Line("</tr>");
            }
            html.Line("</tbody></table>");
        }
        html.Line("</section>");
    }
}
