namespace GovSim.Reports.Html;

/// <summary>
/// The comparison as one self-contained HTML page: style, figures and the one small script are
/// inline, nothing is fetched, so that the file can be opened offline, forwarded and printed.
/// </summary>
public static class ComparisonReportPage
{
    /// <summary>The page's HTML. It depends only on <paramref name="report"/>: the same comparison gives the same file.</summary>
    public static string Render(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var names = report.Structures.Select(s => s.Spec.Name).ToList();
        string title = $"GovSim comparison: {string.Join(" vs ", names)}";
        var html = new HtmlBuilder();
        html.Line("<!DOCTYPE html>").Line("<html lang=\"en\">").Line("<head>").Line("<meta charset=\"utf-8\">")
            .Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            // Nothing may be fetched: the page is self-contained, and the policy makes that a guarantee.
            .Line("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">")
            .Raw("<title>").Text(title).Line("</title>")
            .Raw("<style>").Raw(ReportStyle.Css).Line("</style>")
            .Line("</head>");
        html.Raw("<body").Attribute("data-figures-expected", report.Figures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Line(">");
        html.Raw("<header><h1>").Text(title).Raw("</h1><p>").Text(
            $"Discrete-event simulation on common random numbers · {report.Reproduction.Replications} replications of " +
            $"{HtmlBuilder.Number(report.Reproduction.Horizon)} h (warm-up {HtmlBuilder.Number(report.Reproduction.Warmup)} h) · seed {report.Reproduction.Seed}")
            .Line("</p></header>");
        QuestionSection.Write(html, report);
        StructuresSection.Write(html, report);
        MetricsSection.Write(html, report);
        FiguresSection.Write(html, report);
        MechanismsSection.Write(html, report);
        AssumptionsSection.Write(html, report);
        ReproduceSection.Write(html, report);
        html.Raw("<footer>").Text($"Written by GovSim {report.Reproduction.Version}. Simulated figures under the stated assumptions; they are not measurements.").Line("</footer>");
        html.Raw("<script>").Raw(ReportScript.Js).Line("</script>");
        html.Line("</body>").Line("</html>");
        return html.ToString();
    }
}
