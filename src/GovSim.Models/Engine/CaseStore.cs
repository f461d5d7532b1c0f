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

    private void Grow(int id) => Array.Resize(ref _records, Math.Max(id + 1, _records.Length * 2));
}
