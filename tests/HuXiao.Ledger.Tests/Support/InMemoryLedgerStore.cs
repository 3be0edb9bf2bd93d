using NodaTime;

namespace HuXiao.Ledger.Tests;

/// <summary>
/// The store contract in a few lines, in memory: for the property tests of the ledger's rules, and to show that
/// <see cref="ILedgerStore"/> is a small promise (append with three unique keys, read back in order).
/// </summary>
internal sealed class InMemoryLedgerStore : ILedgerStore
{
    private readonly Lock _lock = new();
    private readonly List<LedgerRecord> _records = [];
    private readonly Dictionary<ContentHash, byte[]> _contents = [];

    public IReadOnlyList<LedgerRecord> Records
    {
        get
        {
            lock (_lock)
            {
                return [.. _records];
            }
        }
    }

    public ValueTask<LedgerAppendResult> AppendAsync(LedgerRecord record, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var last = _records.Where(r => r.UnitCode == record.UnitCode && r.Period == record.Period).Select(r => r.Version).DefaultIfEmpty(0).Max();
            if (last != record.Version - 1
                || (record.Hash is { } hash && _contents.ContainsKey(hash))
                || (record.Revision is { } revision && _records.Any(r => r.UnitCode == record.UnitCode && r.Period == record.Period && r.Revision == revision)))
            {
                return ValueTask.FromResult(LedgerAppendResult.Conflict);
            }

            var stored = record.WithSequence(_records.Count + 1);
            _records.Add(stored);
            if (record.Hash is { } fileHash)
            {
                _contents[fileHash] = content.ToArray();
            }

            return ValueTask.FromResult(LedgerAppendResult.Appended(stored.Sequence));
        }
    }

    public ValueTask<IReadOnlyList<LedgerRecord>> ReadUnitMonthAsync(string unitCode, YearMonth period, CancellationToken cancellationToken)
        => Where(r => r.UnitCode == unitCode && r.Period == period);

    public ValueTask<IReadOnlyList<LedgerRecord>> ReadPeriodAsync(YearMonth period, Instant asOf, CancellationToken cancellationToken)
        => Where(r => r.Period == period && r.RecordedAt <= asOf);

    public ValueTask<LedgerRecord?> FindFilingAsync(ContentHash hash, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_records.FirstOrDefault(r => r.Hash == hash));
        }
    }

    public ValueTask<byte[]?> ReadContentAsync(ContentHash hash, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_contents.TryGetValue(hash, out var content) ? content.ToArray() : null);
        }
    }

    public ValueTask<IReadOnlyList<LedgerRecord>> ReadAfterAsync(long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return ValueTask.FromResult<IReadOnlyList<LedgerRecord>>(_records.Where(r => r.Sequence > afterSequence).Take(maxCount).ToArray());
        }
    }

    private ValueTask<IReadOnlyList<LedgerRecord>> Where(Func<LedgerRecord, bool> predicate)
    {
        lock (_lock)
        {
            return ValueTask.FromResult<IReadOnlyList<LedgerRecord>>(_records.Where(predicate).ToArray());
        }
    }
}
