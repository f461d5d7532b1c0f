using GovSim.Statistics;
using ScottPlot;

namespace GovSim.Reports.Figures;

/// <summary>One mechanism's paired effect on a structure (with − without), for the ablation figure.</summary>
public sealed record MechanismEffectPoint(string Structure, string Mechanism, ConfidenceInterval OnMean, ConfidenceInterval OnP90);

/// <summary>
/// Forest plot of mechanism effects (compare --ablate): for each structure and mechanism, the
/// change in mean resolution time that the mechanism causes (with it − without it), with its 95%
/// CI, largest effect first: "which mechanisms matter most".
/// </summary>
internal static class AblationFigure
{
    public static string? Write(IReadOnlyList<MechanismEffectPoint> effects, IReadOnlyList<string> structures, string folder, FigureStyle style, string name = "ablation")
    {
        if (effects.Count == 0) return null;
        var mechanisms = effects.GroupBy(e => e.Mechanism)
            .OrderByDescending(g => g.Max(e => Math.Abs(e.OnMean.Mean)))
            .Select(g => g.Key).ToList();
        var plot = FigureCanvas.New(style.Text(FigureText.AblationTitle), style.Text(FigureText.AblationX), "");
        for (int s = 0; s < structures.Count; s++)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            var errors = new List<double>();
            for (int m = 0; m < mechanisms.Count; m++)
            {
                var effect = effects.FirstOrDefault(e => e.Structure == structures[s] && e.Mechanism == mechanisms[m]);
                if (effect is null) continue;
                xs.Add(effect.OnMean.Mean);
                errors.Add(effect.OnMean.HalfWidth);
                ys.Add(ForestPlot.RowPosition(m, mechanisms.Count, s, structures.Count));
            }
            ForestPlot.AddSeries(plot, xs, ys, errors, FigureCanvas.ColourOf(s), structures[s]);
        }
        ForestPlot.Finish(plot, mechanisms.Select(style.Name).ToList());
        return FigureCanvas.Save(plot, folder, name, style);
    }
}
