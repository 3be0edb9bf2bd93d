using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Ledger;

/// <summary>
/// A form a unit filed, as the ledger keeps it: the file's SHA-256 and length (its bytes are kept beside it,
/// <see cref="SubmissionLedger.ReadFileAsync"/>), what reading it gave (<see cref="Reading"/>: the report, or the
/// problems that refused it), when the office received it and through which channel. A later revision supersedes
/// it; it is never changed or deleted. Immutable and thread-safe.
/// </summary>
public sealed class FiledForm : LedgerEvent
{
    internal FiledForm(long sequence, int version, Instant recordedAt, ContentHash hash, long length, Submission reading, OrganisationUnit unit, YearMonth period, Instant receivedAt, string channel)
        : base(sequence, unit.Code, period, version, recordedAt)
    {
        Hash = hash;
        Length = length;
        Reading = reading;
        Unit = unit;
        ReceivedAt = receivedAt;
        Channel = channel;
    }

    /// <summary>The SHA-256 of the file's bytes: the same file sent again is recognised by it.</summary>
    public ContentHash Hash { get; }

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <summary>The file's name as it came (<see cref="Submission.Source"/> of <see cref="Reading"/>).</summary>
    public string FileName => Reading.Source;

    /// <summary>
    /// What reading the file gave when it was received: the report with where its cells were, or the problems that
    /// refused it. It carries no received date (<see cref="Submission.ReceivedOn"/> is not set): the ledger's
    /// receipt instant is <see cref="ReceivedAt"/>, and <see cref="ToSubmission"/> puts it in.
    /// </summary>
    public Submission Reading { get; }

    /// <summary>Whose form it is.</summary>
    public OrganisationUnit Unit { get; }

    /// <summary>The form's revision when it was read (1 for a first filing); <see langword="null"/> when it was refused.</summary>
    public int? Revision => Reading.Report?.Filing.Revision;

    /// <summary>Whether the form was read (its figures can count); otherwise it was refused and <see cref="Submission.Problems"/> say why.</summary>
    public bool WasRead => Reading.Succeeded;

    /// <summary>When the office received the file: lateness is judged on it, not on a date typed in the form's footer.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>How the file came, as a free-text label (网页上传, 邮件, 导入): a channel, never a person's name or ID.</summary>
    public string Channel { get; }

    /// <summary>
    /// The form as the month takes it (<c>MonthlyCycle.CreateBuilder(…).Add(…)</c>): <see cref="Reading"/> with the
    /// date it was received in the campaign's time zone.
    /// </summary>
    /// <param name="zone">The campaign's time zone (<c>Campaign.TimeZone</c>), in which the receipt instant is a date.</param>
    /// <returns>The submission.</returns>
    public Submission ToSubmission(DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        var receivedOn = ReceivedAt.InZone(zone).Date;
        return Reading.Report is { } report
            ? Submission.Of(report, Reading.Source, receivedOn, Reading.Locator)
            : Submission.Refused(Reading.Problems, Reading.Source, Unit, Period, receivedOn, Reading.Locator);
    }

    /// <summary>The unit, month, revision and hash on one line.</summary>
    public override string ToString()
        => $"#{Sequence} {UnitCode} {Period:uuuu-MM} {(Revision is { } revision ? $"revision {revision}" : "refused")} {FileName} ({Hash.ToString()[..12]})";
}
