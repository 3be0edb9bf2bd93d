using NodaTime;

namespace HuXiao.Ledger;

/// <summary>
/// The city's review (审核) of a unit's form: accepted, which closes the unit's month, or returned with reasons, which
/// asks the unit to file again. Recorded as an event, by a role label; never changed. Immutable and thread-safe.
/// </summary>
public sealed class Review : LedgerEvent
{
    internal Review(long sequence, string unitCode, YearMonth period, int version, Instant recordedAt, ContentHash form, ReviewVerdict verdict, string role, IReadOnlyList<string> reasons)
        : base(sequence, unitCode, period, version, recordedAt)
    {
        Form = form;
        Verdict = verdict;
        Role = role;
        Reasons = reasons;
    }

    /// <summary>The SHA-256 of the form reviewed (<see cref="FiledForm.Hash"/>).</summary>
    public ContentHash Form { get; }

    /// <summary>Accepted or returned.</summary>
    public ReviewVerdict Verdict { get; }

    /// <summary>Who reviewed, as a role label (市局审核): a role, never a person's name or ID.</summary>
    public string Role { get; }

    /// <summary>Why the form was returned, one reason each; empty for an accepted form.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>The unit, month and verdict on one line.</summary>
    public override string ToString() => $"#{Sequence} {UnitCode} {Period:uuuu-MM} {Verdict.ToString().ToLowerInvariant()} by {Role}";
}
