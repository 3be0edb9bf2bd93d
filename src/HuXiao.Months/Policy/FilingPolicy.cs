using HuXiao.Calendar;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Months;

/// <summary>
/// The policy that turns a unit's forms into its <see cref="FilingStatus"/>: refused when nothing it sent could be
/// read; filed with errors when the form used has consistency errors; late when it came after the due date; filed
/// otherwise. Lateness is judged on the received date when given, else on the date printed on the form, and never
/// said without a date.
/// </summary>
internal static class FilingPolicy
{
    /// <summary>The status of a unit that sent a form that was read.</summary>
    internal static UnitFiling Read(OrganisationUnit unit, Submission used, IReadOnlyList<Submission> setAside, ValidationResult validation, ReportingPeriod? due, bool expected)
    {
        var (date, basis, daysLate) = Lateness(used, due);
        var status = !expected ? FilingStatus.Unexpected
            : !validation.IsValid ? FilingStatus.FiledWithErrors
            : daysLate > 0 ? FilingStatus.Late
            : FilingStatus.Filed;
        return new UnitFiling
        {
            Unit = unit,
            Status = status,
            Submission = used,
            SetAside = setAside,
            FilingDate = date,
            DateBasis = basis,
            DaysLate = daysLate,
            Validation = validation,
        };
    }

    /// <summary>The status of a unit whose every form was refused: the last one sent stands, the others are set aside.</summary>
    internal static UnitFiling Refused(OrganisationUnit unit, IReadOnlyList<Submission> refused, ReportingPeriod? due, bool expected)
    {
        var used = refused[^1];
        var (date, basis, daysLate) = Lateness(used, due);
        return new UnitFiling
        {
            Unit = unit,
            Status = expected ? FilingStatus.Refused : FilingStatus.Unexpected,
            Submission = used,
            SetAside = refused.Take(refused.Count - 1).ToArray(),
            FilingDate = date,
            DateBasis = basis,
            DaysLate = daysLate,
        };
    }

    /// <summary>The status of an expected unit that sent nothing: missing, and not yet due while the due date has not passed.</summary>
    internal static UnitFiling Missing(OrganisationUnit unit, ReportingPeriod? due, LocalDate asOf)
        => new()
        {
            Unit = unit,
            Status = FilingStatus.Missing,
            IsNotYetDue = due is not null && asOf <= due.DueDate,
        };

    private static (LocalDate? Date, FilingDateBasis Basis, int? DaysLate) Lateness(Submission submission, ReportingPeriod? due)
    {
        var (date, basis) = submission.ReceivedOn is { } received ? (received, FilingDateBasis.Received)
            : submission.Report?.Filing.FiledOn is { } printed ? (printed, FilingDateBasis.FormDate)
            : ((LocalDate?)null, FilingDateBasis.None);
        return (date, basis, date is { } d && due is not null ? due.DaysLate(d) : null);
    }
}
