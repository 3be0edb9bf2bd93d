using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// The rule that fixes a milestone's due date: a printed date, the end of a semester, or the end of a phase. A
/// campaign resolves the rule to <see cref="Milestone.DueDate"/>, so derived dates follow the configured semesters.
/// Immutable value; thread-safe.
/// </summary>
public sealed class MilestoneDue : IEquatable<MilestoneDue>
{
    private MilestoneDue(MilestoneDueKind kind, LocalDate? date, string? semesterId, int? phaseNumber)
    {
        Kind = kind;
        Date = date;
        SemesterId = semesterId;
        PhaseNumber = phaseNumber;
    }

    /// <summary>How the date is fixed.</summary>
    public MilestoneDueKind Kind { get; }

    /// <summary>The printed date, for <see cref="MilestoneDueKind.Fixed"/>; otherwise null.</summary>
    public LocalDate? Date { get; }

    /// <summary>The semester id, for <see cref="MilestoneDueKind.SemesterEnd"/>; otherwise null.</summary>
    public string? SemesterId { get; }

    /// <summary>The phase number, for <see cref="MilestoneDueKind.PhaseEnd"/>; otherwise null.</summary>
    public int? PhaseNumber { get; }

    /// <summary>Due by the end of a printed date.</summary>
    /// <param name="date">The last day on which the milestone is not yet due.</param>
    public static MilestoneDue On(LocalDate date) => new(MilestoneDueKind.Fixed, date, null, null);

    /// <summary>Due by the last day of a semester of the campaign.</summary>
    /// <param name="semesterId">The id of a semester of the campaign, such as <c>2016-2017-2</c>.</param>
    /// <exception cref="ArgumentException">The id is not of the id shape.</exception>
    public static MilestoneDue AtEndOfSemester(string semesterId) => new(MilestoneDueKind.SemesterEnd, null, Ids.Check(semesterId, nameof(semesterId)), null);

    /// <summary>Due by the last day of a phase of the campaign.</summary>
    /// <param name="phaseNumber">The number of a phase of the campaign.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is not positive.</exception>
    public static MilestoneDue AtEndOfPhase(int phaseNumber) => new(MilestoneDueKind.PhaseEnd, null, null, Preconditions.CheckPositive(phaseNumber));

    /// <inheritdoc />
    public bool Equals(MilestoneDue? other)
        => other is not null && Kind == other.Kind && Date == other.Date
           && string.Equals(SemesterId, other.SemesterId, StringComparison.Ordinal) && PhaseNumber == other.PhaseNumber;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MilestoneDue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Date, SemesterId, PhaseNumber);

    /// <summary>The rule as <c>2017-05-31</c>, <c>end of semester 2016-2017-2</c> or <c>end of phase 2</c>.</summary>
    public override string ToString() => Kind switch
    {
        MilestoneDueKind.Fixed => $"{Date:uuuu-MM-dd}",
        MilestoneDueKind.SemesterEnd => $"end of semester {SemesterId}",
        _ => $"end of phase {PhaseNumber}",
    };
}
