using System.Collections.Concurrent;
using System.Globalization;
using CsvHelper;
using GovSim.Models.Engine;

namespace GovSim.Cli.Output;

/// <summary>
/// The optional per-case log (<c>--cases</c>): one CSV file per replication,
/// <c>cases/replication-R.csv</c>, streamed as cases are decided closed (in that order, which is
/// not quite the order of their closure times), so the log costs disk, not memory.
/// </summary>
internal sealed class CaseLogFiles : IDisposable
{
    private readonly string _folder;
    private readonly ConcurrentBag<CaseLog> _open = [];

    public CaseLogFiles(string folder)
    {
        _folder = Path.Combine(folder, "cases");
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The observer of replication <paramref name="replication"/>; each replication writes its own file from its own thread.</summary>
    public ICaseObserver For(int replication)
    {
        var log = new CaseLog(Path.Combine(_folder, $"replication-{replication}.csv"));
        _open.Add(log);
        return log;
    }

    public void Dispose()
    {
        foreach (var log in _open) log.Dispose();
    }

    private sealed class CaseLog : ICaseObserver, IDisposable
    {
        private readonly StreamWriter _writer;
        private readonly CsvWriter _csv;

        public CaseLog(string path)
        {
            _writer = new StreamWriter(path);
            _csv = new CsvWriter(_writer, CultureInfo.InvariantCulture);
            _csv.WriteHeader<CaseOutcome>();
            _csv.NextRecord();
        }

        public void OnClosed(in CaseOutcome outcome)
        {
            _csv.WriteRecord(outcome);
            _csv.NextRecord();
        }

        public void Dispose()
        {
            _csv.Dispose();
            _writer.Dispose();
        }
    }
}
