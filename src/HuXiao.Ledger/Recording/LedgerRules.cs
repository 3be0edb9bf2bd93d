using HuXiao.Reporting;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Ledger;

/// <summary>
/// What may be filed, reviewed or reopened, decided on a unit's month as replayed (<see cref="UnitLedger"/>): one
/// revision is one file, a correction takes a higher revision, an accepted month is closed until reopened, only the
/// current form is reviewed. Each refusal is a coded problem saying what to do.
/// </summary>
internal static class LedgerRules
{
    internal static InputProblem? CheckFiling(UnitLedger month, OrganisationUnit unit, Submission reading)
    {
        if (month.IsClosed)
        {
            var accepted = month.LastReviewOf(month.Current!)!;
            return new InputProblem(
                LedgerErrorCodes.MonthClosed,
                null,
                $"{unit} {month.Period:uuuu-MM} 的报表（修订版 {month.Current!.Revision}）已于 {At(accepted.RecordedAt)} 由{accepted.Role}审核通过，本月已关闭，未收下这份文件。如需更正，请先由审核方重新打开本月。",
                $"The form of {unit} for {month.Period:uuuu-MM} (revision {month.Current.Revision}) was accepted by {accepted.Role} at {At(accepted.RecordedAt)}; the month is closed and this file was not taken. To correct it, have the reviewer reopen the month first.");
        }

        if (reading.Report is not { } report || month.Current is not { } current)
        {
            return null;
        }

        var revision = report.Filing.Revision;
        if (revision == current.Revision)
        {
            return new InputProblem(
                LedgerErrorCodes.RevisionTaken,
                null,
                $"{unit} {month.Period:uuuu-MM} 的修订版 {revision} 已是另一份文件（{current.FileName}，{At(current.ReceivedAt)} 收到）：同一修订版只能是一份文件，未收下这份。如是更正，请把修订版改为 {revision + 1} 后重新报送。",
                $"Revision {revision} of {unit} for {month.Period:uuuu-MM} is already another file ({current.FileName}, received at {At(current.ReceivedAt)}): one revision is one file, and this one was not taken. If it is a correction, make it revision {revision + 1} and file it again.");
        }

        if (revision < current.Revision)
        {
            return new InputProblem(
                LedgerErrorCodes.StaleRevision,
                null,
                $"{unit} {month.Period:uuuu-MM} 已报送修订版 {current.Revision}（{current.FileName}），这份文件的修订版 {revision} 更低，未收下。更正请使用修订版 {current.Revision + 1} 或更高。",
                $"{unit} already filed revision {current.Revision} for {month.Period:uuuu-MM} ({current.FileName}); this file's revision {revision} is lower and was not taken. A correction takes revision {current.Revision + 1} or higher.");
        }

        return null;
    }

    internal static InputProblem? CheckReview(UnitLedger month, FiledForm form, ReviewVerdict verdict, out Review? already)
    {
        already = null;
        if (!form.WasRead)
        {
            return new InputProblem(
                LedgerErrorCodes.NotReviewable,
                null,
                $"{form.FileName} 在读入时已被拒收（{form.Reading.Problems.Count} 个问题），没有数据可审核：请单位改正后重新报送。",
                $"{form.FileName} was refused when it was read ({form.Reading.Problems.Count} problem(s)); it has no figures to review: the unit corrects it and files it again.");
        }

        var current = month.Current!;
        if (!ReferenceEquals(form, current) && form.Hash != current.Hash)
        {
            return new InputProblem(
                LedgerErrorCodes.Superseded,
                null,
                $"{form.UnitCode} {form.Period:uuuu-MM} 已报送更新的修订版 {current.Revision}（{current.FileName}），修订版 {form.Revision} 不再有效：请审核修订版 {current.Revision}。",
                $"{form.UnitCode} has filed a later revision for {form.Period:uuuu-MM}, revision {current.Revision} ({current.FileName}); revision {form.Revision} no longer counts: review revision {current.Revision}.");
        }

        var state = month.StateOf(form);
        var wanted = verdict == ReviewVerdict.Accepted ? ReviewState.Accepted : ReviewState.Returned;
        if (state == wanted)
        {
            already = month.LastReviewOf(form);
            return null;
        }

        var last = month.LastReviewOf(form);
        return state switch
        {
            ReviewState.Accepted => new InputProblem(
                LedgerErrorCodes.MonthClosed,
                null,
                $"{form.UnitCode} {form.Period:uuuu-MM} 的修订版 {form.Revision} 已于 {At(last!.RecordedAt)} 由{last.Role}审核通过，本月已关闭：如需退回，请先重新打开本月。",
                $"Revision {form.Revision} of {form.UnitCode} for {form.Period:uuuu-MM} was accepted by {last!.Role} at {At(last.RecordedAt)}; the month is closed: to return it, reopen the month first."),
            ReviewState.Returned => new InputProblem(
                LedgerErrorCodes.AlreadyReviewed,
                null,
                $"{form.UnitCode} {form.Period:uuuu-MM} 的修订版 {form.Revision} 已于 {At(last!.RecordedAt)} 被{last.Role}退回：单位须改正后重新报送，请审核新的修订版。",
                $"Revision {form.Revision} of {form.UnitCode} for {form.Period:uuuu-MM} was returned by {last!.Role} at {At(last.RecordedAt)}: the unit corrects it and files it again; review the new revision."),
            _ => null,
        };
    }

    internal static InputProblem? CheckReopening(UnitLedger month)
        => month.IsClosed
            ? null
            : new InputProblem(
                LedgerErrorCodes.NotClosed,
                null,
                $"{month.UnitCode} {month.Period:uuuu-MM} 没有审核通过的报表，本月并未关闭，无需重新打开。",
                $"{month.UnitCode} has no accepted form for {month.Period:uuuu-MM}; the month is not closed and needs no reopening.");

    /// <summary>An instant as people read it in a message: ISO 8601 in UTC.</summary>
    internal static string At(Instant instant) => InstantPattern.General.Format(instant);
}
