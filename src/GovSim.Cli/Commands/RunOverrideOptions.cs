using System.CommandLine;
using GovSim.Reports.Figures;

namespace GovSim.Cli.Commands;

/// <summary>The options every simulating command shares.</summary>
internal sealed class RunOverrideOptions
{
    private readonly Option<int?> _replications = new("--replications", "-r")
    {
        Description = "Number of independent replications (overrides run.replications).",
        CustomParser = result => OptionValues.Whole(result, n => n >= 1, "a whole number of at least 1"),
    };

    private readonly Option<ulong?> _seed = new("--seed") { Description = "Master seed (overrides seed).", CustomParser = OptionValues.Seed };

    private readonly Option<double?> _horizon = new("--horizon")
    {
        Description = "Hours per replication, warm-up included (overrides run.length).",
        CustomParser = result => OptionValues.Hours(result, zeroAllowed: false),
    };

    private readonly Option<double?> _warmup = new("--warmup")
    {
        Description = "Hours of warm-up whose statistics are discarded (overrides run.warmup).",
        CustomParser = result => OptionValues.Hours(result, zeroAllowed: true),
    };

    private readonly Option<string?> _out = new("--out", "-o") { Description = "Output folder for the results (default: out/NAME); an existing folder is replaced only if it holds nothing but results." };
    private readonly Option<bool> _cases = new("--cases") { Description = "Governance scenarios: also write a per-case log (cases/replication-R.csv) to the output folder." };
    private readonly Option<FigureLanguage> _language = LanguageOption.Create();
    private readonly Option<int> _threads = OptionValues.Threads();

    public void AddTo(Command command)
    {
        command.Options.Add(_replications);
        command.Options.Add(_seed);
        command.Options.Add(_horizon);
        command.Options.Add(_warmup);
        command.Options.Add(_out);
        command.Options.Add(_threads);
        command.Options.Add(_cases);
        command.Options.Add(_language);
    }

    public RunOverrides Read(ParseResult parse) => new(
        parse.GetValue(_replications), parse.GetValue(_seed), parse.GetValue(_horizon),
        parse.GetValue(_warmup), parse.GetValue(_out), parse.GetValue(_threads), parse.GetValue(_cases), parse.GetValue(_language));
}
