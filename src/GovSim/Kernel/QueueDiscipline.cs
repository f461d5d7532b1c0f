namespace GovSim.Kernel;

/// <summary>
/// The order in which a station's queue is served: each waiting customer gets a key when it joins
/// the queue and the lowest key is served next, ties in order of arrival. This is the extension
/// point for new disciplines: subclass it and register it in <see cref="QueueDisciplines"/>.
/// </summary>
/// <remarks>
/// The key is fixed on joining, which covers static priorities, deadlines and job sizes, and keeps
/// the queue a plain heap. Plain FIFO is recognised and served from a ring buffer instead.
/// </remarks>
public abstract class QueueDiscipline
{
    /// <summary>The name scenario files use, e.g. "fifo".</summary>
    public abstract string Name { get; }

    /// <summary>True only for first-in-first-out, which the station serves without a heap.</summary>
    public virtual bool IsFirstInFirstOut => false;

    /// <summary>The ordering key of a customer joining the queue: lower is served first.</summary>
    public abstract double Key(in QueueEntry entry);
}

/// <summary>What a discipline may look at when a customer joins a queue.</summary>
/// <param name="ClassIndex">Index of the customer's class.</param>
/// <param name="Priority">Static priority of the class; lower is more urgent.</param>
/// <param name="Now">Time of joining, hours.</param>
/// <param name="DueTime">Absolute due date, hours (infinity when none).</param>
/// <param name="ServiceTime">The service time this visit will take once started, hours.</param>
public readonly record struct QueueEntry(int ClassIndex, int Priority, double Now, double DueTime, double ServiceTime);
