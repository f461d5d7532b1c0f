using GovSim.Kernel;

namespace GovSim.Tests.Kernel;

/// <summary>
/// Prefetching is a hint: whatever it is given (null, a number out of range, a released customer)
/// it must neither throw nor change anything. That it changes no result is shown by the
/// determinism tests, which compare runs bit for bit.
/// </summary>
public class CacheHintTests
{
    [Fact]
    public void Prefetching_null_or_out_of_range_subjects_is_harmless()
    {
        CacheHint.Prefetch(null!, 256);
        var store = new CustomerStore();
        int id = store.Allocate(0, 1.0, 2.0);
        foreach (int subject in new[] { -1, int.MinValue, int.MaxValue, id, id + 1_000_000 })
        {
            store.Prefetch(subject);
            ((EventPrefetcher)store).Prefetch(0, subject, 0);
        }
        Assert.Equal(1.0, store[id].SystemArrival);
        Assert.Equal(2.0, store[id].DueTime);
    }
}
