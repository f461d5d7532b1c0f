using GovSim.Models.Scenarios;
using GovSim.Models.Spec;

namespace GovSim.Cli.Commands;

/// <summary>Reads governance scenario files and applies command-line overrides.</summary>
internal static class GovernanceLoading
{
    public static GovernanceSpec Read(FileInfo file, RunOverrides overrides) =>
        Read(file, GovSim.Scenarios.ScenarioText.ReadFileText(file.FullName), overrides);

    /// <summary>Reads the governance scenario <paramref name="file"/> whose text has been read already.</summary>
    public static GovernanceSpec Read(FileInfo file, string text, RunOverrides overrides)
    {
        var spec = GovernanceScenarioReader.ReadText(text, file.FullName);
        return spec with { Run = overrides.ApplyTo(spec.Run, file.ToString()) };
    }

    /// <summary>
    /// Why two structures cannot be compared on common random numbers, or null if they can: they
    /// must draw the same cases, so the jurisdiction, categories, urgency classes and sources must agree.
    /// </summary>
    public static string? Incomparability(GovernanceSpec a, GovernanceSpec b)
    {
        if (a.Jurisdiction != b.Jurisdiction)
            return $"'{b.Name}' has another jurisdiction ({b.Jurisdiction.Describe()}) than '{a.Name}' ({a.Jurisdiction.Describe()})";
        // Distributions compare by what they are (their description), not by instance.
        static object Case(CategorySpec c) => (c.Name, c.Share, c.ComprehensiveShare, c.Departments, c.DepartmentWork?.ToString());
        if (!a.Categories.Select(Case).SequenceEqual(b.Categories.Select(Case)))
            return $"'{b.Name}' and '{a.Name}' declare different case categories (names, shares or complexity)";
        if (!a.Urgencies.SequenceEqual(b.Urgencies))
            return $"'{b.Name}' and '{a.Name}' declare different urgency classes";
        if (a.Sources.Count != b.Sources.Count)
            return $"'{b.Name}' and '{a.Name}' declare different case sources";
        for (int i = 0; i < a.Sources.Count; i++)
        {
            var sa = a.Sources[i];
            var sb = b.Sources[i];
            bool sameShares = (sa.CategoryShares is null && sb.CategoryShares is null)
                || (sa.CategoryShares is not null && sb.CategoryShares is not null
                    && sa.CategoryShares.OrderBy(p => p.Key).SequenceEqual(sb.CategoryShares.OrderBy(p => p.Key)));
            bool sameProfile = (sa.Profile is null && sb.Profile is null) || (sa.Profile?.SameAs(sb.Profile) ?? false);
            if (sa.Name != sb.Name || sa.RatePerCommunity != sb.RatePerCommunity || !sameShares || !sameProfile)
                return $"source '{sa.Name}' of '{a.Name}' differs from '{sb.Name}' of '{b.Name}' (name, rate, category mix or profile)";
        }
        return null;
    }
}
