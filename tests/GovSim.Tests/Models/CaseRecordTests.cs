using System.Runtime.CompilerServices;
using GovSim.Models.Engine;

namespace GovSim.Tests.Models;

/// <summary>The case record is one cache line's worth, and its packed fields read back what was written.</summary>
public class CaseRecordTests
{
    [Fact]
    public void A_case_record_is_64_bytes() => Assert.Equal(64, Unsafe.SizeOf<CaseRecord>());

    [Fact]
    public void Packed_fields_and_flags_keep_their_values_independently()
    {
        var c = new CaseRecord { Category = 65_535, Urgency = 255, Source = 7, Reopens = 3, TiersVisited = 0b1111 };
        foreach (var (set, get) in new (Action<bool>, Func<bool>)[]
        {
            (v => c.Comprehensive = v, () => c.Comprehensive),
            (v => c.Whistled = v, () => c.Whistled),
            (v => c.Responded = v, () => c.Responded),
            (v => c.Counted = v, () => c.Counted),
        })
        {
            set(true);
            Assert.True(get());
        }
        c.Whistled = false;
        Assert.Equal((true, false, true, true), (c.Comprehensive, c.Whistled, c.Responded, c.Counted));
        Assert.Equal((65_535, 255, 7, 3, 15), (c.Category, c.Urgency, c.Source, c.Reopens, c.TiersVisited));
        Assert.Throws<OverflowException>(() => c.Urgency = 256);
    }
}
