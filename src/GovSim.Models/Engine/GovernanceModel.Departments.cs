using GovSim.Distributions;
using GovSim.Kernel;
using GovSim.Models.Spec;

namespace GovSim.Models.Engine;

/// <summary>The three kinds of visit a station serves, each with its own kernel classes and work times.</summary>
internal enum CaseKind
{
    Single = 0,
    Comprehensive = 1,
    DepartmentTask = 2,
}

// Comprehensive cases (M5) and whistle-and-report (M6). A comprehensive case first follows the
// path rules to a unit type that has authority for its category and can coordinate; that unit
// does its own part (its service time), then asks k departments for theirs:
//  - in the ordinary way, after a coordination delay, each department's task joins that
//    department's ordinary queue, all at once (parallel: fork-join) or one after another
//    (sequential), or all are summoned to work together (joint);
//  - by whistling (M6), at once: each department must report (be on site) ahead of its ordinary
//    work, is measured against the report deadline of the case's urgency class, and all k
//    handle the case together on site.
// Each task is a kernel customer of its own with a CaseRecord whose Parent is the case. When the
// last task is done the coordinator resolves the case (satisfaction, reopening, statistics).
public sealed partial class GovernanceModel
{
    private readonly int _caseClasses;
    private readonly CoordinatorRules?[] _coordinators;   // per unit type; null: it cannot coordinate
    private readonly CoordinationDelay _coordinationDelay;
    private int[] _summoned = new int[4]; // scratch: the tasks of the summons being issued

    /// <summary>The kernel class of a visit of <paramref name="kind"/> by a case of <paramref name="category"/> and <paramref name="urgency"/>.</summary>
    private int ClassOf(CaseKind kind, int category, int urgency) =>
        (int)kind * _caseClasses + category * _urgencies + urgency;

    /// <summary>Work of one department on a comprehensive case of <paramref name="category"/>: the category's own figure, else the department's service time.</summary>
    internal static Distribution DepartmentWorkTime(CategorySpec category, UnitTypeSpec department) =>
        category.DepartmentWork ?? (department.HasServiceFor(category.Name) ? department.ServiceFor(category.Name) : department.Handling);

    private void BeginDepartmentWork(int customer, int coordinator)
    {
        ref CaseRecord c = ref _cases[customer];
        var rules = _coordinators[coordinator]!; // the routing sends comprehensive cases only to coordinators
        c.Coordinator = coordinator;
        c.Pending = _spec.Categories[c.Category].Departments;
        c.Held = 0;
        c.NextTask = -1;
        if (rules.Whistles)
        {
            c.Whistled = true;
            SummonDepartments(customer);
            return;
        }
        if (rules.InstantDelay) IssueTasks(customer);
        else _coordinationDelay.After(rules.Delay, customer);
    }

    /// <summary>The coordination delay is over: the departments receive the work in the ordinary way.</summary>
    internal void IssueTasks(int customer)
    {
        ref CaseRecord c = ref _cases[customer];
        var rules = _coordinators[c.Coordinator]!;
        switch (rules.Work)
        {
            case DepartmentWork.Joint:
                SummonDepartments(customer);
                break;
            case DepartmentWork.Sequential:
                SendTask(customer, 0);
                break;
            default:
                int k = c.Pending;
                for (int i = 0; i < k; i++) SendTask(customer, i);
                break;
        }
    }

    private void SendTask(int customer, int department)
    {
        int task = NewTask(customer, department, out int station);
        _stations[station].Arrive(task);
    }

    // Every task of one case is summoned at one instant: the condition under which the stations'
    // summons lanes cannot deadlock (see Station.Summon). The report deadline is what each
    // department is measured against, not an order: ordering by it could deadlock.
    private void SummonDepartments(int customer)
    {
        int k = _spec.Categories[_cases[customer].Category].Departments;
        int previous = -1;
        if (_summoned.Length < k) _summoned = new int[k];
        var tasks = _summoned;
        for (int i = 0; i < k; i++)
        {
            tasks[i] = NewTask(customer, i, out _);
            if (previous < 0) _cases[customer].NextTask = tasks[i];
            else _cases[previous].NextTask = tasks[i];
            previous = tasks[i];
        }
        // Summon only once the chain is complete: the last summons may start the joint work at once.
        for (int i = 0; i < k; i++) _stations[_cases[tasks[i]].Held].Summon(tasks[i]);
    }

    /// <summary>A new task for department number <paramref name="department"/> of case <paramref name="customer"/>; its station in <paramref name="station"/>.</summary>
    private int NewTask(int customer, int department, out int station)
    {
        // Read what the task needs before allocating: allocation may grow the case table.
        var parent = _cases[customer];
        int departments = _coordinators[parent.Coordinator]!.Departments;
        station = StationFor(departments, parent.Community, parent.Category + department);
        int task = Customers.Allocate(ClassOf(CaseKind.DepartmentTask, parent.Category, parent.Urgency), Simulation.Now, parent.Deadline);
        _cases[task] = new CaseRecord
        {
            Community = parent.Community,
            Category = parent.Category,
            Urgency = parent.Urgency,
            Source = parent.Source,
            Parent = customer,
            Pending = department,
            Held = station,
            NextTask = -1,
            PreviousStation = -1,
            RedispatchTo = -1,
            Counted = parent.Counted,
            Deadline = parent.Deadline,
        };
        _cases[customer].TiersVisited |= 1 << _unitTier[departments];
        return task;
    }

    /// <summary>A summoned department's staff member is on site; when all k are, they work together for the longest of their work times.</summary>
    void IStationExit.OnHeld(Station station, int task)
    {
        int customer = _cases[task].Parent;
        ref CaseRecord c = ref _cases[customer];
        if (c.Counted && c.Whistled)
        {
            double report = Simulation.Now - Customers[task].StationArrival;
            _stats.Reports.Add(report);
            if (report <= _spec.Urgencies[c.Urgency].ReportDeadline) _stats.ReportsOnTime++;
        }
        if (++c.Held < _spec.Categories[c.Category].Departments) return;

        double joint = 0;
        for (int t = c.NextTask; t >= 0; t = _cases[t].NextTask) joint = Math.Max(joint, Customers[t].ServiceTime);
        for (int t = c.NextTask; t >= 0; t = _cases[t].NextTask) _stations[_cases[t].Held].FinishHeld(t, joint);
    }

    private void OnTaskDone(int task)
    {
        int customer = _cases[task].Parent;
        Customers.Release(task);
        ref CaseRecord c = ref _cases[customer];
        int k = _spec.Categories[c.Category].Departments;
        if (--c.Pending > 0)
        {
            var rules = _coordinators[c.Coordinator]!;
            if (!rules.Whistles && rules.Work == DepartmentWork.Sequential) SendTask(customer, k - c.Pending);
            return;
        }
        // All departments are done: the coordinator closes the case and replies to the resident.
        c.NextTask = -1;
        Resolve(customer, ref c, c.Coordinator, Simulation.Now, early: false);
    }
}

/// <summary>What a unit type does with the comprehensive cases it coordinates, resolved once from its spec.</summary>
internal sealed record CoordinatorRules(int Departments, DepartmentWork Work, Distribution Delay, bool InstantDelay, bool Whistles)
{
    public static CoordinatorRules?[] For(GovernanceSpec spec) =>
        spec.Units.Select(u => u.Coordination is { } c
            ? new CoordinatorRules(spec.UnitIndex(c.Departments), c.Work, c.Delay,
                c.Delay is DeterministicDistribution { Value: 0 }, c.Whistle && spec.Mechanisms.Whistle.Enabled)
            : null).ToArray();
}

/// <summary>Holds a comprehensive case for its coordination delay, then has the departments receive it.</summary>
internal sealed class CoordinationDelay(Simulation simulation, GovernanceModel model, Random.RandomStream random) : SimulationComponent(simulation)
{
    public void After(Distribution delay, int customer) => Schedule(delay.Sample(random), 0, customer);

    protected internal override void OnEvent(int kind, int subject, int tag) => model.IssueTasks(subject);
}
