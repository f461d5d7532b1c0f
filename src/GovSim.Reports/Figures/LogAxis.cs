using ScottPlot;

namespace GovSim.Reports.Figures;

/// <summary>
/// A base-10 logarithmic axis: the data are plotted as log10(x), and the ticks are labelled with x
/// at the powers of ten, with unlabelled minor ticks in between.
/// </summary>
internal static class LogAxis
{
    public static void Apply(IAxis axis)
    {
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = exponent => Math.Pow(10, exponent).ToString("#,##0.###", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
