using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// A deadline of a campaign: by the end of <see cref="DueDate"/>, what <see cref="Requirement"/> says must be true.
/// The calendar knows dates only; whether the work was done is for compliance to judge, so a milestone is
/// never "late" here — only passed, due soon, or upcoming. Immutable and thread-safe, with value equality.
/// </summary>
/// <remarks>Milestones are made by <see cref="CampaignBuilder.AddMilestone"/>, which resolves <see cref="Due"/> to a date.</remarks>
public sealed class Milestone : IEquatable<Milestone>
{
    internal Milestone(MilestoneSpec spec, LocalDate dueDate, IReadOnlyList<string> indicators)
    {
        Id = spec.Id;
        Title = spec.Title;
        Requirement = spec.Requirement;
        Clause = spec.Clause;
        Scope = spec.Scope;
        Due = spec.Due;
        DueDate = dueDate;
        Indicators = indicators;
        IndicatorCondition = spec.IndicatorCondition;
        Targets = spec.Targets;
    }

    /// <summary>The milestone id, unique in its campaign and stable across versions (it makes the iCalendar UID).</summary>
    public string Id { get; }

    /// <summary>A short title, used as the calendar event's summary (Chinese).</summary>
    public BilingualText Title { get; }

    /// <summary>What must be true by the due date, as the source says it.</summary>
    public BilingualText Requirement { get; }

    /// <summary>The clause of the source, such as <c>二(一)5</c> (section 二, measure (一), item 5).</summary>
    public string Clause { get; }

    /// <summary>Who must achieve it, such as 所有学校、幼儿园 (all campuses) or 公安机关 (the police).</summary>
    public BilingualText Scope { get; }

    /// <summary>The rule that fixes the due date (printed, end of semester, end of phase).</summary>
    public MilestoneDue Due { get; }

    /// <summary>The last day by the end of which the milestone must be achieved (local to the campaign's time zone).</summary>
    public LocalDate DueDate { get; }

    /// <summary>
    /// The codes of the monthly-form indicators the milestone concerns, such as <c>A08</c> and <c>A01</c> for closed
    /// management: those the definition gives, or else those its <see cref="Targets"/> name; empty when the form does
    /// not count the work.
    /// </summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>The condition on <see cref="Indicators"/> that shows the milestone achieved, such as <c>A08 = A01</c>; null when none.</summary>
    public string? IndicatorCondition { get; }

    /// <summary>
    /// The ids of the campaign's targets (<see cref="Campaign.Targets"/>) that judge this milestone, so that the
    /// calendar and the compliance checks share one definition; empty when no target judges it.
    /// </summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>Whether the due date was derived (from a semester or a phase) rather than printed in the source.</summary>
    public bool IsDueDateDerived => Due.Kind != MilestoneDueKind.Fixed;

    /// <summary>Whether the due date has gone by at a date: true from the day after <see cref="DueDate"/>.</summary>
    /// <param name="asOf">The date asked about.</param>
    public bool HasPassed(LocalDate asOf) => asOf > DueDate;

    /// <inheritdoc />
    public bool Equals(Milestone? other)
        => other is not null
           && string.Equals(Id, other.Id, StringComparison.Ordinal)
           && Title.Equals(other.Title)
           && Requirement.Equals(other.Requirement)
           && string.Equals(Clause, other.Clause, StringComparison.Ordinal)
           && Scope.Equals(other.Scope)
           && Due.Equals(other.Due)
           && DueDate == other.DueDate
           && Sequences.Equal(Indicators, other.Indicators)
           && string.Equals(IndicatorCondition, other.IndicatorCondition, StringComparison.Ordinal)
           && Sequences.Equal(Targets, other.Targets);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Milestone);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), DueDate, Due);

    /// <summary>The milestone as <c>2017-05-31 二(一)5 实现封闭式管理</c>.</summary>
    public override string ToString() => $"{DueDate:uuuu-MM-dd} {Clause} {Title.Chinese}";
}
