namespace GovSim.Kernel;

/// <summary>
/// Starts loading, ahead of time, the memory an event will touch (its customer's records, say),
/// while the event before it is handled. Implementations only prefetch (see <see cref="CacheHint"/>):
/// they change no state, and should not themselves read memory that is likely cold.
/// </summary>
/// <remarks>
/// An abstract class rather than an interface: the event loop calls several kinds of prefetcher
/// from one place, where an interface call goes through the runtime's slower polymorphic lookup
/// and a virtual call through the method table does not.
/// </remarks>
public abstract class EventPrefetcher
{
    public abstract void Prefetch(int kind, int subject, int tag);
}
