using GovSim.Models.Engine;
using GovSim.Models.Scenarios;
using GovSim.Models.Sweeps;
using GovSim.Networks;
using GovSim.Statistics;
using ScottPlot;
using static GovSim.Models.Engine.GovernanceMetrics;

namespace GovSim.Reports.Figures;

/// <summary>
/// Sweep plots: for each swept key, a headline figure (mean and p90 resolution time, on-time rate,
/// mean backlog) against the key's values, one line per structure with the 95% confidence band of
/// its mean. With several keys crossed, each figure has one line per structure and value of the
/// other keys (told apart by shade and marker shape). A point where some unit is overloaded is
/// drawn with a hollow marker, since its figures are transient rather than steady state.
/// </summary>
internal static class SweepFigure
{
    // The metrics drawn, each with its file name, title and axis label (text in FigureText).
    private static readonly (string Scope, string Entity, string Metric, string File, Phrase Title, Phrase YLabel)[] Metrics =
    [
        (Overall, All, ResolutionMean, "resolution-mean", FigureText.SweepResolutionMean, FigureText.SweepResolutionMeanY),
        (Overall, All, ResolutionP90, "resolution-p90", FigureText.SweepResolutionP90, FigureText.SweepResolutionP90Y),
        (Overall, All, OnTimeRate, "on-time-rate", FigureText.SweepOnTime, FigureText.SweepOnTimeY),
        (Overall, All, Backlog, "backlog", FigureText.SweepBacklog, FigureText.SweepBacklogY),
    ];

    private static readonly (MarkerShape Filled, MarkerShape Hollow)[] Markers =
    [
        (MarkerShape.FilledCircle, MarkerShape.OpenCircle), (MarkerShape.FilledSquare, MarkerShape.OpenSquare),
        (MarkerShape.FilledTriangleUp, MarkerShape.OpenTriangleUp), (MarkerShape.FilledDiamond, MarkerShape.OpenDiamond),
    ];

    /// <summary>The file name (without extension) of a figure: <c>sweep-METRIC-by-KEY</c>, the key made safe for file names.</summary>
    public static string FileName(string metricFile, SweepAxis axis) =>
        $"sweep-{metricFile}-by-{new string(axis.Name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '+' ? c : '_').ToArray())}";

    /// <summary>Writes every figure of a sweep into <paramref name="folder"/>; returns the PNG paths.</summary>
    /// <param name="structures">The structures' names, in the order of <see cref="SweepCell.Structure"/>.</param>
    /// <param name="axes">The swept keys, in the order of <see cref="SweepPoint.Indices"/>.</param>
    /// <param name="cells">Every structure at every point.</param>
    /// <param name="folder">Where the PNG and SVG files go.</param>
    /// <param name="style">The language of the text and the font that draws it.</param>
    public static IReadOnlyList<string> Write(
        IReadOnlyList<string> structures, IReadOnlyList<SweepAxis> axes, IReadOnlyList<SweepCell> cells, string folder, FigureStyle style)
    {
        ArgumentNullException.ThrowIfNull(structures);
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentNullException.ThrowIfNull(cells);
        var written = new List<string>();
        for (int a = 0; a < axes.Count; a++)
            foreach (var metric in Metrics)
                written.Add(WriteOne(structures, axes, a, metric, cells, folder, style));
        return written;
    }

    private static string WriteOne(
        IReadOnlyList<string> structures, IReadOnlyList<SweepAxis> axes, int a,
        (string Scope, string Entity, string Metric, string File, Phrase Title, Phrase YLabel) metric,
        IReadOnlyList<SweepCell> cells, string folder, FigureStyle style)
    {
        var axis = axes[a];
        string xLabel = axis.Name == ScenarioOverride.LoadKey ? style.Text(FigureText.SweepLoadAxis) : axis.Name;
        var plot = FigureCanvas.New(style.Text(FigureText.SweepTitle, style.Text(metric.Title)), xLabel, style.Text(metric.YLabel));
        // A numeric key is drawn at its values; linked keys or words at equal steps, labelled as written.
        var numbers = axis.Numbers();
        double X(int index) => numbers?[index] ?? index;

        // One line per structure and combination of the other axes' values.
        var lines = cells
            .GroupBy(c => (c.Structure, Others: string.Join(',', c.Point.Indices.Where((_, i) => i != a))))
            .OrderBy(g => g.Key.Structure).ThenBy(g => g.First().Point.Indices.Where((_, i) => i != a).ToArray(), IndexOrder.Instance)
            .ToList();
        var otherCombinations = lines.Select(l => l.Key.Others).Distinct().ToList();
        bool anyOverloaded = false;
        foreach (var line in lines)
        {
            int other = otherCombinations.IndexOf(line.Key.Others);
            // One structure: colours tell the other values apart; several: colours are structures,
            // and the other values are lighter shades with their own marker. (No dashed lines: the
            // SVG canvas cannot draw them.)
            var colour = structures.Count == 1
                ? FigureCanvas.ColourOf(other)
                : FigureCanvas.ColourOf(line.Key.Structure).Lighten(Math.Min(0.6, 0.25 * (other % Markers.Length)));
            var marker = Markers[(structures.Count == 1 ? 0 : other) % Markers.Length];
            var points = line
                .Select(c => (X: X(c.Point.Indices[a]), Interval: Interval(c.Summary, metric), c.Overloaded))
                .Where(p => !double.IsNaN(p.Interval.Mean))
                .OrderBy(p => p.X)
                .ToList();
            if (points.Count == 0) continue;
            double[] xs = points.Select(p => p.X).ToArray();
            if (points.All(p => double.IsFinite(p.Interval.HalfWidth)))
            {
                var band = plot.Add.FillY(xs, points.Select(p => p.Interval.Lower).ToArray(), points.Select(p => p.Interval.Upper).ToArray());
                band.FillColor = colour.WithAlpha(0.2);
                band.LineWidth = 0;
            }
            var mean = plot.Add.Scatter(xs, points.Select(p => p.Interval.Mean).ToArray(), colour);
            mean.LineWidth = 3;
            mean.MarkerSize = 0;
            mean.LegendText = Legend(structures, axes, a, line.First().Point, line.Key.Structure);
            AddMarkers(plot, points.Where(p => !p.Overloaded).ToList(), marker.Filled, colour);
            AddMarkers(plot, points.Where(p => p.Overloaded).ToList(), marker.Hollow, colour);
            anyOverloaded |= points.Any(p => p.Overloaded);
        }
        // Ticks at the swept values, labelled as written, unless there are too many to read.
        if (numbers is null || axis.Values.Count <= 15)
        {
            plot.Axes.Bottom.SetTicks(
                Enumerable.Range(0, axis.Values.Count).Select(X).ToArray(),
                Enumerable.Range(0, axis.Values.Count).Select(axis.Label).ToArray());
        }
        if (anyOverloaded)
        {
            // Said in the legend, which every language's font reaches, rather than in a note on the plot.
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = style.Text(FigureText.SweepOverloadNote),
                MarkerShape = MarkerShape.OpenCircle,
                MarkerSize = 14,
                MarkerColor = Colors.Black,
                MarkerLineWidth = 2,
            });
        }
        // Below the plot, where it hides no line, however many there are.
        plot.ShowLegend(Edge.Bottom);
        return FigureCanvas.Save(plot, folder, FileName(metric.File, axis), style);
    }

    private static void AddMarkers(Plot plot, IReadOnlyList<(double X, ConfidenceInterval Interval, bool Overloaded)> points, MarkerShape shape, Color colour)
    {
        if (points.Count == 0) return;
        var markers = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Interval.Mean).ToArray(), colour);
        markers.LineWidth = 0;
        markers.MarkerShape = shape;
        markers.MarkerSize = 14;
        markers.MarkerLineWidth = 2;
    }

    private static string Legend(IReadOnlyList<string> structures, IReadOnlyList<SweepAxis> axes, int a, SweepPoint point, int structure)
    {
        var others = axes.Select((axis, i) => (axis, i)).Where(x => x.i != a)
            .Select(x => $"{x.axis.Name} = {x.axis.Label(point.Indices[x.i])}");
        return string.Join(", ", others.Prepend(structures[structure]));
    }

    private static ConfidenceInterval Interval(RunSummary summary, (string Scope, string Entity, string Metric, string File, Phrase Title, Phrase YLabel) metric) =>
        summary.TryGet(new MetricKey(metric.Scope, metric.Entity, metric.Metric), out var m) ? m.Interval : new ConfidenceInterval(double.NaN, double.NaN, 0);

    // Orders lines by the other axes' value indices, axis by axis.
    private sealed class IndexOrder : IComparer<int[]>
    {
        public static readonly IndexOrder Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            for (int i = 0; i < Math.Min(x!.Length, y!.Length); i++)
                if (x[i] != y[i]) return x[i].CompareTo(y[i]);
            return x.Length.CompareTo(y.Length);
        }
    }
}
