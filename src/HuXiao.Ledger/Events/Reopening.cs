using NodaTime;

namespace HuXiao.Ledger;

/// <summary>
/// An accepted unit's month opened again, explicitly and with a reason (as DHIS2's data approval does): the unit may
/// file a correction, and its form may be reviewed again. Recorded as an event, by a role label. Immutable and
/// thread-safe.
/// </summary>
public sealed class Reopening : LedgerEvent
{
    internal Reopening(long sequence, string unitCode, YearMonth period, int version, Instant recordedAt, string role, string reason)
        : base(sequence, unitCode, period, version, recordedAt)
    {
        Role = role;
        Reason = reason;
    }

    /// <summary>Who reopened the month, as a role label: a role, never a person's name or ID.</summary>
    public string Role { get; }

    /// <summary>Why the month was reopened.</summary>
    public string Reason { get; }

    /// <summary>The unit and month on one line.</summary>
    public override string ToString() => $"#{Sequence} {UnitCode} {Period:uuuu-MM} reopened by {Role}";
}
