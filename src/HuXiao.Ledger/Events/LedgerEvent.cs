using NodaTime;

namespace HuXiao.Ledger;

/// <summary>
/// Something the ledger recorded about one unit's month: a form filed (<see cref="FiledForm"/>), a review
/// (<see cref="Review"/>) or a reopening (<see cref="Reopening"/>). Events are appended, never changed or deleted;
/// what a unit's month is at any instant is replayed from its events in order. Immutable and thread-safe.
/// </summary>
public abstract class LedgerEvent
{
    private protected LedgerEvent(long sequence, string unitCode, YearMonth period, int version, Instant recordedAt)
    {
        Sequence = sequence;
        UnitCode = unitCode;
        Period = period;
        Version = version;
        RecordedAt = recordedAt;
    }

    /// <summary>The event's place in the whole ledger: 1 for the first event recorded, and rising; never reused.</summary>
    public long Sequence { get; }

    /// <summary>The code of the unit whose month it is.</summary>
    public string UnitCode { get; }

    /// <summary>The month the unit's form reports on.</summary>
    public YearMonth Period { get; }

    /// <summary>The event's place among the events of its unit's month: 1, 2, 3, … with no gap.</summary>
    public int Version { get; }

    /// <summary>When the ledger recorded the event: what was known at an instant is what was recorded by then.</summary>
    public Instant RecordedAt { get; }
}
