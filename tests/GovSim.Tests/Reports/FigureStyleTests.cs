using System.Reflection;
using System.Text.RegularExpressions;
using GovSim.Reports.Figures;

namespace GovSim.Tests.Reports;

/// <summary>The choice of language and font for the figures, and the table of their text.</summary>
public sealed class FigureStyleTests
{
    [Fact]
    public void Chinese_without_a_cjk_font_falls_back_to_english_and_names_the_package()
    {
        var style = FigureStyle.For(FigureLanguage.Chinese, () => null, out string? warning);
        Assert.Equal(FigureLanguage.English, style.Language);
        Assert.Null(style.FontFamily);
        Assert.NotNull(warning);
        Assert.Contains(CjkFont.DebianPackage, warning);
        Assert.DoesNotContain('\n', warning);
    }

    [Fact]
    public void Chinese_with_a_cjk_font_draws_in_that_font_without_a_warning()
    {
        var style = FigureStyle.For(FigureLanguage.Chinese, () => "Noto Sans CJK SC", out string? warning);
        Assert.Null(warning);
        Assert.Equal(FigureLanguage.Chinese, style.Language);
        Assert.Equal("Noto Sans CJK SC", style.FontFamily);
        Assert.Equal(FigureText.Tier.Chinese, style.Text(FigureText.Tier));
    }

    [Fact]
    public void English_never_looks_for_a_font()
    {
        var style = FigureStyle.For(FigureLanguage.English, () => throw new InvalidOperationException("looked for a font"), out string? warning);
        Assert.Null(warning);
        Assert.Same(FigureStyle.English, style);
    }

    [Fact]
    public void Only_the_known_codes_choose_a_language()
    {
        Assert.Equal(FigureLanguage.English, FigureLanguages.FromCode("en"));
        Assert.Equal(FigureLanguage.Chinese, FigureLanguages.FromCode("ZH"));
        Assert.Null(FigureLanguages.FromCode("xx"));
        Assert.Null(FigureLanguages.FromCode(""));
    }

    public static TheoryData<string> PhraseNames()
    {
        var data = new TheoryData<string>();
        foreach (var field in PhraseFields()) data.Add(field.Name);
        return data;
    }

    private static IEnumerable<FieldInfo> PhraseFields() =>
        typeof(FigureText).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Phrase));

    [Theory]
    [MemberData(nameof(PhraseNames))]
    public void Every_phrase_is_translated_with_the_same_holes(string name)
    {
        var phrase = (Phrase)typeof(FigureText).GetField(name)!.GetValue(null)!;
        Assert.False(string.IsNullOrWhiteSpace(phrase.English));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", phrase.Chinese);
        static string[] Holes(string s) => Regex.Matches(s, @"\{\d+\}").Select(m => m.Value).Order().ToArray();
        Assert.Equal(Holes(phrase.English), Holes(phrase.Chinese));
    }

    [Fact]
    public void The_table_holds_every_figure_text()
    {
        // A dozen or so texts per figure family; a near-empty table would mean figures draw their own.
        Assert.True(PhraseFields().Count() >= 30);
    }

    [Fact]
    public void Tiers_and_usual_urgencies_are_translated_but_scenario_names_stay_as_written()
    {
        Assert.Equal("街道", FigureText.Name("street", FigureLanguage.Chinese));
        Assert.Equal("紧急", FigureText.Name("emergency", FigureLanguage.Chinese));
        Assert.Equal("street", FigureText.Name("street", FigureLanguage.English));
        Assert.Equal("community.grid", FigureText.Name("community.grid", FigureLanguage.Chinese));
        Assert.Equal("city-management", FigureText.Name("city-management", FigureLanguage.Chinese));
    }
}
