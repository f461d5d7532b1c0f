using System.CommandLine;
using GovSim.Reports.Figures;

namespace GovSim.Cli.Commands;

/// <summary><c>--lang en|zh</c>: the language of the figures' text, shared by every command that draws figures.</summary>
internal static class LanguageOption
{
    public static Option<FigureLanguage> Create() => new("--lang")
    {
        Description = $"Language of the text in the figures: {string.Join(", ", FigureLanguages.Codes)} (Chinese needs a CJK font, e.g. the Debian package {CjkFont.DebianPackage}).",
        HelpName = string.Join("|", FigureLanguages.Codes),
        DefaultValueFactory = _ => FigureLanguage.English,
        CustomParser = result =>
        {
            string code = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (FigureLanguages.FromCode(code) is { } language) return language;
            result.AddError($"--lang: unknown language '{code}' (known: {string.Join(", ", FigureLanguages.Codes)})");
            return default;
        },
    };
}
