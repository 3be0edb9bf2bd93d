using NodaTime;

namespace HuXiao.Ledger;

/// <summary>
/// One event as a store keeps it: the columns a store indexes and enforces (<see cref="ILedgerStore"/>), and the rest
/// of the event as a JSON document (<see cref="Payload"/>) whose format the ledger defines, the same for every store,
/// so a ledger moves from one store to another record by record. Immutable and thread-safe.
/// </summary>
public sealed class LedgerRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="sequence">Its place in the ledger; 0 for a record not yet stored (the store gives it one).</param>
    /// <param name="kind">What it holds.</param>
    /// <param name="unitCode">The unit whose month it belongs to.</param>
    /// <param name="period">The month.</param>
    /// <param name="version">Its place among the unit's month's records, from 1.</param>
    /// <param name="recordedAt">When the ledger recorded it.</param>
    /// <param name="hash">For a filing, the SHA-256 of the file; otherwise <see langword="null"/>.</param>
    /// <param name="revision">For a filing that was read, the form's revision; otherwise <see langword="null"/>.</param>
    /// <param name="payload">The rest of the event, as JSON.</param>
    /// <exception cref="ArgumentException">A filing without a hash, another record with one, or a revision on a record that is not a filing.</exception>
    public LedgerRecord(long sequence, LedgerRecordKind kind, string unitCode, YearMonth period, int version, Instant recordedAt, ContentHash? hash, int? revision, string payload)
    {
        Preconditions.CheckNonNegative(sequence);
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"{kind} is not a record kind.");
        Preconditions.CheckArgument((kind == LedgerRecordKind.Filing) == hash is { IsEmpty: false }, nameof(hash), "A filing, and only a filing, has the hash of its file.");
        Preconditions.CheckArgument(revision is null || (kind == LedgerRecordKind.Filing && revision > 0), nameof(revision), "Only a filing that was read has a revision, and it is 1 or more.");
        Sequence = sequence;
        Kind = kind;
        UnitCode = Preconditions.CheckNotBlank(unitCode);
        Period = period;
        Version = Preconditions.CheckPositive(version);
        RecordedAt = recordedAt;
        Hash = hash;
        Revision = revision;
        Payload = Preconditions.CheckNotBlank(payload);
    }

    /// <summary>The record's place in the ledger: 1, 2, 3, … as stored; 0 before.</summary>
    public long Sequence { get; }

    /// <summary>What the record holds.</summary>
    public LedgerRecordKind Kind { get; }

    /// <summary>The unit whose month the record belongs to.</summary>
    public string UnitCode { get; }

    /// <summary>The month.</summary>
    public YearMonth Period { get; }

    /// <summary>The record's place among its unit's month's records: a store keeps (unit, month, version) unique.</summary>
    public int Version { get; }

    /// <summary>When the ledger recorded it.</summary>
    public Instant RecordedAt { get; }

    /// <summary>For a filing, the SHA-256 of the file: a store keeps it unique across the ledger.</summary>
    public ContentHash? Hash { get; }

    /// <summary>For a filing that was read, the form's revision: a store keeps (unit, month, revision) unique.</summary>
    public int? Revision { get; }

    /// <summary>The rest of the event, as a JSON document.</summary>
    public string Payload { get; }

    /// <summary>The same record with the place the store gave it.</summary>
    /// <param name="sequence">Its place in the ledger.</param>
    /// <returns>The stored record.</returns>
    public LedgerRecord WithSequence(long sequence) => new(sequence, Kind, UnitCode, Period, Version, RecordedAt, Hash, Revision, Payload);

    /// <summary>Sequence, kind, unit, month and version on one line.</summary>
    public override string ToString() => $"#{Sequence} {Kind} {UnitCode} {Period:uuuu-MM} v{Version}";
}
