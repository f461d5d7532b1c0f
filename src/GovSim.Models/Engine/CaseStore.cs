using GovSim.Kernel;

namespace GovSim.Models.Engine;

/// <summary>Case records indexed by the kernel's customer number, growing with the kernel's customer table.</summary>
internal sealed class CaseStore
{
    private CaseRecord[] _records = new CaseRecord[64];

    public ref CaseRecord this[int id]
    {
        get
        {
            if (id >= _records.Length) Grow(id);
            return ref _records[id];
        }
    }

    /// <summary>Prefetches the record of case <paramref name="id"/> (any number is safe: out of range, nothing happens).</summary>
    public void Prefetch(int id)
    {
        var records = _records;
        if ((uint)id < (uint)records.Length) CacheHint.Prefetch(ref records[id]);
    }

    private void Grow(int id) => Array.Resize(ref _records, Math.Max(id + 1, _records.Length * 2));
}
