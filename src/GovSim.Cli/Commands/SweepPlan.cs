using GovSim.Models.Engine;
using GovSim.Models.Scenarios;
using GovSim.Models.Spec;
using GovSim.Models.Sweeps;
using GovSim.Scenarios;

namespace GovSim.Cli.Commands;

/// <summary>
/// Every structure read at every point of a sweep, before anything runs, so that a bad key or value
/// is found in a second rather than after hours of simulation. At each point every structure runs
/// with the first one's run settings (seed, replications, length), so they see the same cases.
/// </summary>
internal sealed class SweepPlan
{
    private SweepPlan(IReadOnlyList<string> structures, IReadOnlyList<SweepAxis> axes, IReadOnlyList<SweepPoint> points,
        IReadOnlyList<IReadOnlyList<GovernanceSpec>> specs, IReadOnlyList<string> warnings)
    {
        Structures = structures;
        Axes = axes;
        Points = points;
        Specs = specs;
        Warnings = warnings;
    }

    /// <summary>The structures' names, in the order the files were given.</summary>
    public IReadOnlyList<string> Structures { get; }

    public IReadOnlyList<SweepAxis> Axes { get; }

    public IReadOnlyList<SweepPoint> Points { get; }

    /// <summary>Specs[point][structure].</summary>
    public IReadOnlyList<IReadOnlyList<GovernanceSpec>> Specs { get; }

    /// <summary>What the user should know before the runs: keys a structure lacks, run settings taken from the first file.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Reads the plan; bad input is a <see cref="ScenarioException"/> with a one-line message.</summary>
    public static SweepPlan Read(IReadOnlyList<FileInfo> files, IReadOnlyList<SweepAxis> axes, RunOverrides overrides)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in axes.SelectMany(a => a.Keys))
            if (!seen.Add(key)) throw ScenarioOverride.Error(key, "is swept twice; give all its values in one --set");

        var warnings = new List<string>();
        // Each file read once to check the keys against.
        var problemIn = files.Select(f => ScenarioOverrides.ProblemFinder(f.FullName)).ToList();
        var applies = problemIn.Select(problemOf => axes.Select(a => Applies(problemOf, a, files.Count, warnings)).ToList()).ToList();
        for (int a = 0; a < axes.Count; a++)
        {
            if (applies.All(s => !s[a]))
            {
                string problem = axes[a].Keys.Select(problemIn[0]).First(p => p is not null)!;
                throw ScenarioOverride.Error(axes[a].Name, problem);
            }
        }

        var points = SweepPoint.Grid(axes);
        var specs = new List<IReadOnlyList<GovernanceSpec>>(points.Count);
        foreach (var point in points)
        {
            var row = new List<GovernanceSpec>(files.Count);
            for (int s = 0; s < files.Count; s++)
            {
                var spec = ReadAt(files[s], point, axes, applies[s], overrides);
                if (s > 0)
                {
                    var first = row[0];
                    if (GovernanceLoading.Incomparability(first, spec) is { } why)
                        throw new ScenarioException(files[s].ToString(), 0, 0, "", $"at {point.Label(axes)}: cannot compare on common random numbers: {why}");
                    if (spec.Run != first.Run && specs.Count == 0)
                        warnings.Add($"{files[s]}: runs with the run settings of {files[0]} (seed {first.Run.Seed}, {first.Run.Replications} replications, {first.Run.Length} h), as pairing requires");
                    spec = spec with { Run = first.Run };
                }
                row.Add(spec);
            }
            specs.Add(row);
        }

        var names = specs[0].Select(s => s.Name).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            string twice = names.GroupBy(n => n).First(g => g.Count() > 1).Key;
            throw new ScenarioException(files[names.LastIndexOf(twice)].ToString(), 0, 0, "name",
                $"two structures are named '{twice}'; the sweep's files tell structures apart by name, so give one another name");
        }
        return new SweepPlan(names, axes, points, specs, warnings);
    }

    /// <summary>The overload warnings of structure <paramref name="s"/> at point <paramref name="p"/>, each naming the point.</summary>
    public IReadOnlyList<string> OverloadWarnings(int p, int s) =>
        GovernanceLoadAnalysis.OverloadWarnings(Specs[p][s]).Select(w => $"{Structures[s]} at {Points[p].Label(Axes)}: {w}").ToList();

    // Whether the axis applies to the structure: all its keys are there, or (with a warning) none is,
    // so that a structure without, say, a street enforcement team stays a fixed reference line.
    private static bool Applies(Func<string, string?> problemOf, SweepAxis axis, int structures, List<string> warnings)
    {
        var problems = axis.Keys.Select(problemOf).ToList();
        if (problems.All(p => p is null)) return true;
        if (problems.Any(p => p is null))
        {
            int missing = problems.FindIndex(p => p is not null);
            throw ScenarioOverride.Error(axis.Keys[missing], $"{problems[missing]}; the keys linked in '{axis.Name}' must all be in a structure or none");
        }
        if (structures > 1)
            warnings.Add($"--set {axis.Name}: {problems[0]}; this structure runs unchanged at every value");
        return false;
    }

    private static GovernanceSpec ReadAt(FileInfo file, SweepPoint point, IReadOnlyList<SweepAxis> axes, IReadOnlyList<bool> applies, RunOverrides overrides)
    {
        GovernanceSpec spec;
        try
        {
            spec = GovernanceScenarioReader.ReadFile(file.FullName, point.Overrides(axes, applies));
        }
        catch (ScenarioException e) when (!e.File.StartsWith(ScenarioOverride.OriginOf(""), StringComparison.Ordinal))
        {
            // A problem the new values caused elsewhere in the file: say at which point.
            throw new ScenarioException(e.File, e.Line, e.Column, e.Field, $"{e.Problem} (at {point.Label(axes)})", e);
        }
        return spec with { Run = overrides.ApplyTo(spec.Run, file.ToString()) };
    }

}
