namespace HuXiao.Ledger;

/// <summary>
/// Copies a whole ledger from one store into another, record by record in the order they were recorded, each with its
/// file's bytes checked against its hash: how a ledger moves from the SQLite file to PostgreSQL (the payloads are the
/// same in every store). The source is only read.
/// </summary>
public static class LedgerCopy
{
    /// <summary>How many records are read from the source at a time.</summary>
    private const int PageSize = 200;

    /// <summary>Copies every record of <paramref name="source"/> into <paramref name="target"/>, which must be empty.</summary>
    /// <param name="source">The ledger to copy, for example a <see cref="SqliteLedgerStore"/>.</param>
    /// <param name="target">An empty ledger.</param>
    /// <param name="cancellationToken">Stops the copy between two records (those copied stay copied).</param>
    /// <returns>How many records were copied.</returns>
    /// <exception cref="InvalidOperationException">The target already holds a record the copy runs into: copy into an empty ledger.</exception>
    /// <exception cref="LedgerException">A store cannot be used, or a filed file's bytes no longer match their hash (<see cref="LedgerErrorCodes.StoreCorrupt"/>).</exception>
    public static async ValueTask<long> CopyAsync(ILedgerStore source, ILedgerStore target, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(target);
        long copied = 0;
        long after = 0;
        while (await source.ReadAfterAsync(after, PageSize, cancellationToken).ConfigureAwait(false) is { Count: > 0 } page)
        {
            foreach (var record in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var content = ReadOnlyMemory<byte>.Empty;
                if (record.Hash is { } hash)
                {
                    var bytes = await source.ReadContentAsync(hash, cancellationToken).ConfigureAwait(false);
                    if (bytes is null || !hash.Matches(bytes))
                    {
                        throw new LedgerException(
                            LedgerErrorCodes.StoreCorrupt,
                            $"源台账中记录 #{record.Sequence} 的文件 {hash} {(bytes is null ? "不见了" : "与其 SHA-256 不符")}：源台账已损坏，复制在此停止。 · The file {hash} of record #{record.Sequence} in the source ledger is {(bytes is null ? "missing" : "no longer what its SHA-256 says")}: the source is damaged; the copy stops here.");
                    }

                    content = bytes;
                }

                var draft = new LedgerRecord(0, record.Kind, record.UnitCode, record.Period, record.Version, record.RecordedAt, record.Hash, record.Revision, record.Payload);
                if (!(await target.AppendAsync(draft, content, cancellationToken).ConfigureAwait(false)).IsAppended)
                {
                    throw new InvalidOperationException($"The target ledger already holds a record where {record} goes (its unit's month, file or revision): copy into an empty ledger. {copied} record(s) were copied before it.");
                }

                copied++;
                after = record.Sequence;
            }
        }

        return copied;
    }
}
