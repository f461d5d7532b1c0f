using GovSim.Networks;
using ScottPlot;

namespace GovSim.Reports.Figures;

/// <summary>
/// Bars of one metric per group (a tier, a unit type), one bar per structure side by side, each
/// with its 95% confidence interval. A group a structure does not have is marked as such rather
/// than left empty, so that a missing bar is not read as a zero.
/// </summary>
internal static class GroupedBars
{
    /// <summary>What to draw: the metric, the groups (its entities, with their labels) and the text around it.</summary>
    public sealed record Layout(
        string Scope, string Metric, IReadOnlyList<(string Entity, string Label)> Groups,
        string Title, string GroupAxis, string ValueAxis, bool Horizontal);

    public static string Write(IReadOnlyList<StructureRun> runs, Layout layout, string folder, string name, FigureStyle style)
    {
        var plot = FigureCanvas.New(layout.Title,
            layout.Horizontal ? layout.ValueAxis : layout.GroupAxis,
            layout.Horizontal ? layout.GroupAxis : layout.ValueAxis);
        int groups = layout.Groups.Count;
        double width = 0.8 / runs.Count;
        double highest = 0;
        for (int i = 0; i < runs.Count; i++)
        {
            var bars = new List<Bar>();
            for (int g = 0; g < groups; g++)
            {
                // Side by side in legend order: left to right, or top to bottom.
                double offset = -0.4 + width * (i + 0.5);
                double position = Position(g, groups, layout.Horizontal) + (layout.Horizontal ? -offset : offset);
                if (!runs[i].Summary.TryGet(new MetricKey(layout.Scope, layout.Groups[g].Entity, layout.Metric), out var m))
                {
                    MarkAbsent(plot, position, layout.Horizontal, FigureCanvas.ColourOf(i), style);
                    continue;
                }
                if (double.IsNaN(m.Interval.Mean)) continue;
                double error = double.IsNaN(m.Interval.HalfWidth) ? 0 : m.Interval.HalfWidth;
                highest = Math.Max(highest, m.Interval.Mean + error);
                bars.Add(new Bar
                {
                    Position = position,
                    Value = m.Interval.Mean,
                    Error = error,
                    Size = width * 0.9,
                    FillColor = FigureCanvas.ColourOf(i),
                });
            }
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = layout.Horizontal;
            plottable.LegendText = runs[i].Name;
        }

        var ticks = Enumerable.Range(0, groups).Select(g => Position(g, groups, layout.Horizontal)).ToArray();
        var labels = layout.Groups.Select(g => g.Label).ToArray();
        // Both metrics are non-negative: the value axis starts at 0 (an interval reaching below it
        // is cut there), with room above the tallest bar and its interval for the legend.
        double top = Math.Max(highest, 1e-9) * 1.15;
        if (layout.Horizontal)
        {
            plot.Axes.Left.SetTicks(ticks, labels);
            plot.Axes.SetLimits(0, top, -0.6, groups - 0.4);
            // Below the axis, since a long bar may reach into any corner of the data area.
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.Orientation = Orientation.Horizontal;
        }
        else
        {
            plot.Axes.Bottom.SetTicks(ticks, labels);
            plot.Axes.SetLimits(-0.6, groups - 0.4, 0, top);
            plot.ShowLegend(Alignment.UpperRight);
        }
        return FigureCanvas.Save(plot, folder, name, style);
    }

    /// <summary>Centre of group <paramref name="g"/>: left to right, or top to bottom when the bars lie horizontally.</summary>
    private static double Position(int g, int groups, bool horizontal) => horizontal ? groups - 1 - g : g;

    private static void MarkAbsent(Plot plot, double position, bool horizontal, Color colour, FigureStyle style)
    {
        var text = horizontal
            ? plot.Add.Text(style.Text(FigureText.NotInStructure), 0, position)
            : plot.Add.Text(style.Text(FigureText.NotInStructure), position, 0);
        text.LabelFontSize = 14;
        text.LabelFontColor = colour;
        text.LabelStyle.Italic = true;
        text.LabelStyle.Alignment = horizontal ? Alignment.MiddleLeft : Alignment.LowerCenter;
        if (!horizontal) text.LabelStyle.Rotation = -90;
        text.OffsetX = horizontal ? 6 : 0;
        text.OffsetY = horizontal ? 0 : -6;
    }
}
