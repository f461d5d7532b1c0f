using GovSim.Models.Sweeps;
using GovSim.Networks;

namespace GovSim.Reports.Figures;

/// <summary>One structure run at one point of a sweep: what the sweep's table, CSV files and figures draw from.</summary>
/// <param name="Structure">Index of the structure, in the order the scenario files were given.</param>
/// <param name="Point">The point of the sweep.</param>
/// <param name="Summary">The replications at that point and their summary.</param>
/// <param name="Overloaded">Whether some unit has an offered load ρ ≥ 1 there, so that its figures are transient.</param>
public sealed record SweepCell(int Structure, SweepPoint Point, RunSummary Summary, bool Overloaded);
