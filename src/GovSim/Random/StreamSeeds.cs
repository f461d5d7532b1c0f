namespace GovSim.Random;

/// <summary>
/// Derives the seed of every random stream from (master seed, replication, stream name).
/// </summary>
/// <remarks>
/// Naming streams, rather than numbering them in creation order, is what gives common random
/// numbers: two scenarios that both have an arrival source called "arrivals/walk-in@desk" draw the
/// same arrivals in the same replication, however many other stations either of them has.
/// The name hash is FNV-1a over UTF-16 code units because <see cref="string.GetHashCode()"/>
/// changes from process to process.
/// </remarks>
public static class StreamSeeds
{
    public static ulong Derive(ulong masterSeed, int replication, string streamName)
    {
        ArgumentNullException.ThrowIfNull(streamName);
        ulong h = 0xCBF29CE484222325UL;
        foreach (char ch in streamName)
        {
            h ^= ch;
            h *= 0x100000001B3UL;
        }
        ulong z = SplitMix64.Mix(masterSeed ^ 0x6A09E667F3BCC909UL);
        z = SplitMix64.Mix(z ^ (ulong)(uint)replication * 0xD1342543DE82EF95UL);
        return SplitMix64.Mix(z ^ h);
    }

    public static RandomStream Create(ulong masterSeed, int replication, string streamName) =>
        new(Derive(masterSeed, replication, streamName));
}
