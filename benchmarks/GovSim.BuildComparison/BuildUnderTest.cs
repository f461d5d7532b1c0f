using System.Reflection;
using System.Runtime.Loader;

namespace GovSim.BuildComparison;

/// <summary>
/// One build of GovSim (a folder holding GovSim.Models.dll and its dependencies), loaded into its
/// own assembly load context so that two builds of the same assemblies live in one process.
/// It is driven by reflection through two public entry points that every build has:
/// <c>GovernanceScenarioReader.ReadFile</c> and <c>GovernanceRunner.RunReplication</c>.
/// </summary>
internal sealed class BuildUnderTest
{
    private readonly MethodInfo _runReplication;
    private readonly object _spec;

    public BuildUnderTest(string folder, string scenario)
    {
        Folder = Path.GetFullPath(folder);
        var context = new AssemblyLoadContext("build " + Folder);
        context.Resolving += (ctx, name) =>
        {
            string path = Path.Combine(Folder, name.Name + ".dll");
            return File.Exists(path) ? ctx.LoadFromAssemblyPath(path) : null;
        };
        string models = Path.Combine(Folder, "GovSim.Models.dll");
        if (!File.Exists(models)) throw new FileNotFoundException($"no GovSim.Models.dll in {Folder}", models);
        var assembly = context.LoadFromAssemblyPath(models);
        var reader = Method(assembly, "GovSim.Models.Scenarios.GovernanceScenarioReader", "ReadFile");
        _runReplication = Method(assembly, "GovSim.Models.Engine.GovernanceRunner", "RunReplication");
        // Optional parameters (overrides, observer) are passed as their defaults.
        _spec = reader.Invoke(null, Arguments(reader, scenario))!;
    }

    public string Folder { get; }

    /// <summary>Runs replication 0 of the scenario; returns its cases and events.</summary>
    public (long Cases, long Events) RunReplication()
    {
        var result = _runReplication.Invoke(null, Arguments(_runReplication, _spec, 0))!;
        var type = result.GetType();
        return ((long)type.GetProperty("TotalArrivals")!.GetValue(result)!, (long)type.GetProperty("EventsExecuted")!.GetValue(result)!);
    }

    private static MethodInfo Method(Assembly assembly, string typeName, string name) =>
        (assembly.GetType(typeName) ?? throw new InvalidOperationException($"{typeName} not found in {assembly.Location}"))
            .GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == name);

    private static object?[] Arguments(MethodInfo method, params object[] leading)
    {
        var parameters = method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
            arguments[i] = i < leading.Length ? leading[i] : parameters[i].HasDefaultValue ? parameters[i].DefaultValue : null;
        return arguments;
    }
}
