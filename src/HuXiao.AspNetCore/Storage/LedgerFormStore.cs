using HuXiao.Calendar;
using HuXiao.Ledger;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.AspNetCore;

/// <summary>
/// Keeps the uploaded forms in the submissions ledger (<see cref="SubmissionLedger"/>): every file with its bytes,
/// SHA-256, reading, receipt instant and channel, append-only, so uploads survive a restart; the month is rebuilt
/// from the ledger with the city's reviews applied (a returned form no longer counts). Registered by
/// <c>AddHuXiaoLedger</c>, which also enables the review and reopening endpoints. Thread-safe.
/// </summary>
public sealed class LedgerFormStore : IFormStore
{
    private readonly DateTimeZone _zone;

    /// <summary>Creates the store over a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="campaign">The campaign, whose time zone turns receipt instants into dates.</param>
    public LedgerFormStore(SubmissionLedger ledger, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(campaign);
        Ledger = ledger;
        _zone = campaign.TimeZone;
    }

    /// <summary>The ledger the forms are kept in.</summary>
    public SubmissionLedger Ledger { get; }

    /// <summary>
    /// Not supported: the ledger keeps the file a form was read from and the instant it came, which a submission alone
    /// does not carry. The upload endpoint calls <see cref="KeepAsync"/>; to file from code, use
    /// <see cref="SubmissionLedger.FileAsync"/>.
    /// </summary>
    /// <param name="period">The month.</param>
    /// <param name="submission">The form.</param>
    /// <param name="cancellationToken">Unused.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public ValueTask SaveAsync(YearMonth period, Submission submission, CancellationToken cancellationToken)
        => throw new NotSupportedException("The ledger keeps the file a form was read from and when it came: call KeepAsync with a ReceivedForm, or SubmissionLedger.FileAsync.");

    /// <summary>Files the form in the ledger; <see langword="null"/> when recorded now or before (the same file), otherwise the ledger's refusal.</summary>
    /// <param name="form">The form as received.</param>
    /// <param name="cancellationToken">Stops the filing before it is recorded.</param>
    /// <returns>The refusal, if any.</returns>
    /// <exception cref="LedgerException">The ledger's store cannot be used; nothing was recorded.</exception>
    public async ValueTask<InputProblem?> KeepAsync(ReceivedForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var s = form.Submission;

        // The ledger stamps the receipt itself, from the instant: the reading goes in without a date.
        var reading = s.Report is { } report
            ? Submission.Of(report, s.Source, null, s.Locator)
            : Submission.Refused(s.Problems, s.Source, s.Unit, s.Period ?? form.Period, null, s.Locator);
        var outcome = await Ledger.FileAsync(form.Content, reading, form.Channel, form.ReceivedAt, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded ? null : outcome.Problem;
    }

    /// <summary>The month's forms as the ledger knows them now, each received on its receipt date in the campaign's time zone; returned forms refused with their reasons.</summary>
    /// <param name="period">The month.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The forms.</returns>
    /// <exception cref="LedgerException">The ledger's store cannot be used.</exception>
    public async ValueTask<IReadOnlyList<Submission>> ListAsync(YearMonth period, CancellationToken cancellationToken)
    {
        var month = await Ledger.MonthAsync(period, null, cancellationToken).ConfigureAwait(false);
        return month.ToSubmissions(_zone);
    }
}
