namespace GovSim.Reports.Html;

/// <summary>Section 1: the question the comparison answers, in plain words, and what each structure is.</summary>
internal static class QuestionSection
{
    public static void Write(HtmlBuilder html, ComparisonReport report)
    {
        var specs = report.Structures.Select(s => s.Spec).ToList();
        html.Line("<section id=\"question\">").Line("<h2>1. The question</h2>");
        html.Raw("<p class=\"question\">").Text(Question(specs.Select(s => s.Name).ToList(), specs.Select(s => s.TotalStaff).ToList())).Line("</p>");
        html.Line("<dl class=\"desc\">");
        for (int i = 0; i < report.Structures.Count; i++)
        {
            var structure = report.Structures[i];
            html.Raw("<dt>").Text(structure.Spec.Name).Raw(i == 0 ? " <span class=\"muted\">(baseline)</span>" : "").Line("</dt>");
            html.Raw("<dd>").Text(structure.Description);
            if (structure.Files.Count > 0)
                html.Raw("<br><span class=\"note\">scenario: <code>").Text(string.Join(" → extends ", structure.Files)).Raw("</code></span>");
            html.Line("</dd>");
        }
        html.Line("</dl>");
        html.Raw("<p class=\"note\">Every structure ran on common random numbers: replication r of each saw the same cases, so the differences below are paired. ")
            .Raw("A difference marked <span class=\"key\">like this</span> has a 95% confidence interval that excludes zero.</p>").Line();
        html.Line("</section>");
    }

    /// <summary>"For the same total staff (124), how do … differ between A and B?"; unequal staff is said as such.</summary>
    public static string Question(IReadOnlyList<string> names, IReadOnlyList<long> staff)
    {
        string between = names.Count == 2
            ? $"{names[0]} and {names[1]}"
            : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        string budget = staff.Distinct().Count() == 1
            ? $"For the same total staff ({HtmlBuilder.Number(staff[0])})"
            : $"With total staff of {string.Join(", ", staff.Select(s => HtmlBuilder.Number(s)))} respectively";
        return $"{budget}, how do resolution times, on-time rates, backlogs and workloads differ between {between}?";
    }
}
