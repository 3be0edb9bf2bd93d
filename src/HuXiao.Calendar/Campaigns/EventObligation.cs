using HuXiao.Reporting;


namespace HuXiao.Calendar;

/// <summary>
/// A duty that an event sets off rather than the calendar: when something happens, report it at once. For example
/// 发生的重大案事件和重要情况信息要随时上报 (四(三)): major cases and incidents, and important information, are reported as
/// they happen, not with the monthly form. It has no window, count or due date — the source sets no time limit beyond
/// 随时 (at once), and the library invents none — so it appears in no query by date and in no .ics export; it is
/// part of the campaign so that a system built on it can list it, and route such reports, with its clause.
/// Immutable and thread-safe, with value equality.
/// </summary>
public sealed class EventObligation : IEquatable<EventObligation>
{
    /// <summary>Creates an event-driven obligation.</summary>
    /// <param name="id">A stable id, unique among the campaign's obligations (lower-case letters, digits, '-').</param>
    /// <param name="clause">The clause of the source, such as <c>四(三)</c>.</param>
    /// <param name="trigger">What sets it off, such as a major case or incident (重大案事件).</param>
    /// <param name="description">What must be done when it happens.</param>
    /// <param name="scope">Who must do it, such as each police organ.</param>
    /// <exception cref="ArgumentException">A required argument is missing or malformed.</exception>
    public EventObligation(string id, string clause, BilingualText trigger, BilingualText description, BilingualText scope)
    {
        Id = Ids.Check(id, nameof(id));
        Clause = Preconditions.CheckNotBlank(clause);
        Trigger = Preconditions.CheckNotNull(trigger);
        Description = Preconditions.CheckNotNull(description);
        Scope = Preconditions.CheckNotNull(scope);
    }

    /// <summary>The obligation id.</summary>
    public string Id { get; }

    /// <summary>The clause of the source.</summary>
    public string Clause { get; }

    /// <summary>What sets the obligation off.</summary>
    public BilingualText Trigger { get; }

    /// <summary>What must be done when it happens.</summary>
    public BilingualText Description { get; }

    /// <summary>Who must do it.</summary>
    public BilingualText Scope { get; }

    /// <inheritdoc />
    public bool Equals(EventObligation? other)
        => other is not null
           && string.Equals(Id, other.Id, StringComparison.Ordinal)
           && string.Equals(Clause, other.Clause, StringComparison.Ordinal)
           && Trigger.Equals(other.Trigger)
           && Description.Equals(other.Description)
           && Scope.Equals(other.Scope);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EventObligation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Clause));

    /// <summary>The obligation as <c>case-reporting: on event (四(三))</c>.</summary>
    public override string ToString() => $"{Id}: on event ({Clause})";
}
