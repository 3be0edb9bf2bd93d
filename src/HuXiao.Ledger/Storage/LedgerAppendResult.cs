namespace HuXiao.Ledger;

/// <summary>
/// What a store did with a record it was asked to append: stored it (with its sequence), or refused it because a
/// concurrent append took one of its unique keys first (its unit's month version, its hash, or its revision); then the
/// ledger reads the unit's month again and decides anew. Immutable.
/// </summary>
public readonly struct LedgerAppendResult
{
    private LedgerAppendResult(long sequence) => Sequence = sequence;

    /// <summary>Whether the record was stored.</summary>
    public bool IsAppended => Sequence > 0;

    /// <summary>The sequence the store gave the record; 0 when it was not stored.</summary>
    public long Sequence { get; }

    /// <summary>Nothing was stored: a unique key was taken.</summary>
    public static LedgerAppendResult Conflict => default;

    /// <summary>The record was stored.</summary>
    /// <param name="sequence">The sequence the store gave it, 1 or more.</param>
    /// <returns>The result.</returns>
    public static LedgerAppendResult Appended(long sequence)
    {
        Preconditions.CheckArgument(sequence > 0, nameof(sequence), "A stored record's sequence is 1 or more.");
        return new(sequence);
    }
}
