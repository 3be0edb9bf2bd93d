using NodaTime;

namespace HuXiao.Ledger;

/// <summary>
/// Where the ledger's records are kept: append-only, durable, safe to call concurrently from several threads and
/// processes. A store keeps three keys unique — (unit, month, version) of every record, the hash of every filing, and
/// (unit, month, revision) of every filing that has one — and appends a record together with its file's bytes
/// atomically: after a crash a record is stored whole or not at all. The rules (what may be filed, reviewed or
/// reopened) are the ledger's (<see cref="SubmissionLedger"/>), the same over every store.
/// <see cref="SqliteLedgerStore"/> is the embedded default.
/// </summary>
/// <remarks>
/// A store raises <see cref="LedgerException"/> when it cannot be used (busy, read-only, full, damaged, out of reach);
/// a failed append leaves nothing behind.
/// </remarks>
public interface ILedgerStore
{
    /// <summary>
    /// Appends a record, and for a filing its file's bytes, in one transaction; or appends nothing when one of its
    /// unique keys is taken, including when the unit's month already has a record of this version.
    /// </summary>
    /// <param name="record">The record (<see cref="LedgerRecord.Sequence"/> 0).</param>
    /// <param name="content">For a filing, the file's bytes, whose SHA-256 is <see cref="LedgerRecord.Hash"/>; empty otherwise.</param>
    /// <param name="cancellationToken">Stops the append before it commits.</param>
    /// <returns>Stored with its sequence, or a conflict.</returns>
    ValueTask<LedgerAppendResult> AppendAsync(LedgerRecord record, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Every record of one unit's month, in version order.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="period">The month.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The records; empty when there are none.</returns>
    ValueTask<IReadOnlyList<LedgerRecord>> ReadUnitMonthAsync(string unitCode, YearMonth period, CancellationToken cancellationToken);

    /// <summary>Every record of a month, of every unit, recorded at or before an instant, in sequence order.</summary>
    /// <param name="period">The month.</param>
    /// <param name="asOf">The instant: records recorded later are left out.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The records; empty when there are none.</returns>
    ValueTask<IReadOnlyList<LedgerRecord>> ReadPeriodAsync(YearMonth period, Instant asOf, CancellationToken cancellationToken);

    /// <summary>The filing of a file, by its hash.</summary>
    /// <param name="hash">The file's SHA-256.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The record, or <see langword="null"/> when no such file was filed.</returns>
    ValueTask<LedgerRecord?> FindFilingAsync(ContentHash hash, CancellationToken cancellationToken);

    /// <summary>The bytes of a filed file, as stored (the caller checks them against the hash).</summary>
    /// <param name="hash">The file's SHA-256.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The bytes, or <see langword="null"/> when no such file was filed.</returns>
    ValueTask<byte[]?> ReadContentAsync(ContentHash hash, CancellationToken cancellationToken);

    /// <summary>Records in sequence order after a given one, a page at a time: to copy, check or back up the whole ledger.</summary>
    /// <param name="afterSequence">The sequence to start after; 0 for the first record.</param>
    /// <param name="maxCount">The most records to return, 1 or more.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The records; empty after the last.</returns>
    ValueTask<IReadOnlyList<LedgerRecord>> ReadAfterAsync(long afterSequence, int maxCount, CancellationToken cancellationToken);
}
