using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// One unit's filing for a month: its <see cref="FilingStatus"/>, the form it rests on, how late it came and on
/// which date that was judged, and what was wrong with it (the problems that kept it from being read, or the
/// consistency rules' findings). Made by the month (<c>HuXiao.Months.MonthlyCycle</c>) so that every consumer — the
/// roll-up workbook, the briefing, the tool — shows the same status. Immutable and thread-safe.
/// </summary>
public sealed record UnitFiling
{
    /// <summary>The unit: as the expected list names it, or as its form does for an unexpected unit.</summary>
    public required OrganisationUnit Unit { get; init; }

    /// <summary>Where the unit stands.</summary>
    public required FilingStatus Status { get; init; }

    /// <summary>
    /// The form the status rests on: the revision used (the highest read), or the refused form; <see langword="null"/>
    /// when nothing was received.
    /// </summary>
    public Submission? Submission { get; init; }

    /// <summary>
    /// The unit's other forms for the month, not used: revisions replaced by a higher one, and refused forms beside a
    /// form that was read (or beside a later refused one). Listed so that nothing sent is lost from view.
    /// </summary>
    public IReadOnlyList<Submission> SetAside { get; init; } = [];

    /// <summary>The date lateness was judged on (see <see cref="DateBasis"/>), or <see langword="null"/>.</summary>
    public LocalDate? FilingDate { get; init; }

    /// <summary>Which date <see cref="FilingDate"/> is: the received date, the date on the form, or none.</summary>
    public FilingDateBasis DateBasis { get; init; }

    /// <summary>
    /// Whole days after the due date the form came: 0 when on time; <see langword="null"/> when there is no date to
    /// judge by or the month has no due date — then neither late nor on time is said.
    /// </summary>
    public int? DaysLate { get; init; }

    /// <summary>Whether the unit is <see cref="FilingStatus.Missing"/> but the form is not yet due at the as-of date (尚未到期).</summary>
    public bool IsNotYetDue { get; init; }

    /// <summary>The consistency rules' findings on the form used, when one was read; otherwise <see langword="null"/>.</summary>
    public ValidationResult? Validation { get; init; }

    /// <summary>The unit's figures go into the month's roll-up (<see cref="FilingStatusNames.IsCombined"/>).</summary>
    public bool IsCombined => Status.IsCombined();

    /// <summary>Whether the form came after the due date (whatever its status).</summary>
    public bool IsLate => DaysLate > 0;

    /// <summary>
    /// Errors in the form: for a refused form the problems that kept it from being read; for a form read, the
    /// consistency rules' errors; 0 when nothing was received.
    /// </summary>
    public int Errors => Submission is { Succeeded: false } refused ? refused.Problems.Count : Validation?.Errors.Count() ?? 0;

    /// <summary>The consistency rules' warnings on the form used (0 when none was read).</summary>
    public int Warnings => Validation?.Warnings.Count() ?? 0;

    /// <summary>The unit, its status and how late, on one line.</summary>
    public override string ToString()
        => $"{Unit} {Status.ToWireName()}{(DaysLate > 0 ? $", {DaysLate} day(s) late" : string.Empty)}{(Errors > 0 ? $", {Errors} error(s)" : string.Empty)}{(IsNotYetDue ? ", not yet due" : string.Empty)}";
}
