namespace GovSim.Kernel;

/// <summary>
/// Starts loading, ahead of time, the memory an event will touch (its customer's records, say),
/// while the event before it is handled. Implementations only prefetch (see <see cref="CacheHint"/>):
/// they change no state, and should not themselves read memory that is likely cold.
/// </summary>
public interface IEventPrefetcher
{
    void Prefetch(int kind, int subject, int tag);
}
