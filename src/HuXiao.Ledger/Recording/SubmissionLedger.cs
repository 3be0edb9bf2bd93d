using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using NodaTime;

namespace HuXiao.Ledger;

/// <summary>
/// The ledger of submissions (报送台账): every form a unit files is kept with its bytes, their SHA-256, what reading it
/// gave, when it was received and through which channel; the city's reviews and reopenings are kept as events beside
/// them. Nothing is changed or deleted: a later revision supersedes an earlier one, a review or reopening is one more
/// event. The month for any period as of any instant is replayed from it (<see cref="MonthAsync"/>). The same file
/// sent twice is recognised by its hash; of two different files for one unit, month and revision, one is kept and the
/// other refused — never both, never neither, however many arrive at once, from however many processes. Thread-safe.
/// </summary>
/// <remarks>
/// Refusals (a revision taken, a closed month, …) come back as data in <see cref="LedgerOutcome{TEvent}"/>; a store
/// that cannot be used raises <see cref="LedgerException"/>; misuse (a blank label, a receipt time in the future)
/// raises <see cref="ArgumentException"/>.
/// </remarks>
public sealed class SubmissionLedger
{
    /// <summary>The longest channel or role label kept, in characters.</summary>
    public const int MaxLabelLength = 100;

    /// <summary>The longest reason kept (for returning a form, or reopening a month), in characters.</summary>
    public const int MaxReasonLength = 2000;

    /// <summary>How often a write is tried again when concurrent writers keep taking its place, before it gives up as busy.</summary>
    private const int MaxAttempts = 200;

    private readonly IClock _clock;
    private readonly RecordCodec _codec;

    /// <summary>Creates a ledger over a store.</summary>
    /// <param name="store">Where the records are kept, for example <see cref="SqliteLedgerStore"/>.</param>
    /// <param name="clock">The clock that stamps receipt and record times.</param>
    /// <param name="reports">
    /// The serializer that stores read reports and reads them back; it must know every form filed (by default the
    /// built-in <see cref="ReportSchema.Zhengzhou2017"/>). Give the campaign's form when it is one of your own.
    /// </param>
    public SubmissionLedger(ILedgerStore store, IClock clock, ReportJsonSerializer? reports = null)
    {
        Store = Preconditions.CheckNotNull(store);
        _clock = Preconditions.CheckNotNull(clock);
        _codec = new RecordCodec(reports ?? new ReportJsonSerializer());
    }

    /// <summary>The store the records are kept in.</summary>
    public ILedgerStore Store { get; }

    /// <summary>
    /// Files a form as it was received: its bytes and what reading them gave. Kept unless the same file was filed
    /// before (then the earlier filing is returned), or the ledger refuses it: another file already holds its
    /// revision, its revision is lower than one filed, or the unit's month was accepted and is closed.
    /// </summary>
    /// <param name="content">The file's bytes, kept as they are.</param>
    /// <param name="reading">
    /// What reading the file gave, with its file name as <see cref="Submission.Source"/>: read
    /// (<see cref="Submission.Of"/>) or refused (<see cref="Submission.Refused"/>, with the unit and month it names or
    /// that the sender declared). Without a received date: the ledger stamps it.
    /// </param>
    /// <param name="channel">How it came, as a label (网页上传, 邮件, 导入): never a person's name or ID.</param>
    /// <param name="receivedAt">When the office received it, if earlier than now (a form that came by mail and is entered later); by default now.</param>
    /// <param name="cancellationToken">Stops the filing before it is recorded.</param>
    /// <returns>Recorded, already recorded (the same file), or refused with a coded problem.</returns>
    /// <exception cref="ArgumentException">The reading carries a received date, the channel is not a label, or <paramref name="receivedAt"/> is in the future.</exception>
    /// <exception cref="LedgerException">The store cannot be used.</exception>
    public async ValueTask<LedgerOutcome<FiledForm>> FileAsync(ReadOnlyMemory<byte> content, Submission reading, string channel, Instant? receivedAt = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reading);
        Preconditions.CheckArgument(reading.ReceivedOn is null, nameof(reading), "The ledger stamps when a form was received: give the reading without a received date, and the receipt time as receivedAt when it is not now.");
        channel = Labels.Check(channel, nameof(channel), MaxLabelLength);
        var now = Truncate(_clock.GetCurrentInstant());
        var received = receivedAt is { } given ? Truncate(given) : (Instant?)null;
        if (received > now)
        {
            throw new ArgumentOutOfRangeException(nameof(receivedAt), receivedAt, "A form cannot be received after the ledger records it: receivedAt is in the future.");
        }

        if (reading.Unit is not { } unit || reading.Period is not { } period)
        {
            return LedgerOutcome<FiledForm>.Refused(new InputProblem(
                LedgerErrorCodes.UnitOrMonthUnknown,
                null,
                $"{reading.Source} 读不出{(reading.Unit is null ? "单位" : "月份")}，也没有声明：台账不知道它属于哪个单位的哪个月，未收下。请在上传时注明单位和月份，或报送正确的报表。",
                $"{reading.Source} names no {(reading.Unit is null ? "unit" : "month")} that could be read, and none was declared: the ledger cannot tell whose month it belongs to, and did not take it. Declare the unit and month with the upload, or file the right form."));
        }

        var hash = ContentHash.Of(content.Span);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await FindAsync(hash, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return existing.UnitCode == unit.Code && existing.Period == period
                    ? LedgerOutcome<FiledForm>.Already(existing)
                    : LedgerOutcome<FiledForm>.Refused(FiledElsewhere(existing, unit, period));
            }

            var month = await ReadUnitMonthAsync(unit.Code, period, cancellationToken).ConfigureAwait(false);
            if (month.FindForm(hash) is { } arrived)
            {
                // The same file, sent at the same time through another door, was recorded between the two reads.
                return LedgerOutcome<FiledForm>.Already(arrived);
            }

            if (LedgerRules.CheckFiling(month, unit, reading) is { } problem)
            {
                return LedgerOutcome<FiledForm>.Refused(problem);
            }

            var recordedAt = NotBefore(now, month);
            var record = _codec.Filing(month.NextVersion, recordedAt, hash, content.Length, reading, unit, period, received ?? recordedAt, channel);
            var result = await Store.AppendAsync(record, content, cancellationToken).ConfigureAwait(false);
            if (result.IsAppended)
            {
                return LedgerOutcome<FiledForm>.Recorded((FiledForm)_codec.Decode(record.WithSequence(result.Sequence)));
            }
        }

        throw Contention($"{unit.Code} {period:uuuu-MM}");
    }

    /// <summary>Accepts a unit's current form: its month is closed until reopened.</summary>
    /// <param name="form">The form's SHA-256 (<see cref="FiledForm.Hash"/>).</param>
    /// <param name="role">Who reviews, as a role label (市局审核): never a person's name or ID.</param>
    /// <param name="cancellationToken">Stops the review before it is recorded.</param>
    /// <returns>Recorded, already accepted, or refused (no such form, refused when read, superseded, returned, or the month closed).</returns>
    /// <exception cref="ArgumentException">The role is not a label.</exception>
    /// <exception cref="LedgerException">The store cannot be used.</exception>
    public ValueTask<LedgerOutcome<Review>> AcceptAsync(ContentHash form, string role, CancellationToken cancellationToken = default)
        => ReviewAsync(form, ReviewVerdict.Accepted, Labels.Check(role, nameof(role), MaxLabelLength), [], cancellationToken);

    /// <summary>Returns a unit's current form with reasons: it no longer counts, and the unit files a corrected, higher revision.</summary>
    /// <param name="form">The form's SHA-256 (<see cref="FiledForm.Hash"/>).</param>
    /// <param name="role">Who reviews, as a role label: never a person's name or ID.</param>
    /// <param name="reasons">Why, at least one: what is wrong and where (A03 与 A01 不符).</param>
    /// <param name="cancellationToken">Stops the review before it is recorded.</param>
    /// <returns>Recorded, already returned, or refused (no such form, refused when read, superseded, or the month closed).</returns>
    /// <exception cref="ArgumentException">No reason, a blank or overlong one, or the role is not a label.</exception>
    /// <exception cref="LedgerException">The store cannot be used.</exception>
    public ValueTask<LedgerOutcome<Review>> ReturnAsync(ContentHash form, string role, IEnumerable<string> reasons, CancellationToken cancellationToken = default)
    {
        var checkedReasons = Preconditions.CheckNotNull(reasons).Select(r => Labels.Check(r, nameof(reasons), MaxReasonLength)).ToArray();
        Preconditions.CheckArgument(checkedReasons.Length > 0, nameof(reasons), "A returned form needs at least one reason: the unit must know what to correct.");
        return ReviewAsync(form, ReviewVerdict.Returned, Labels.Check(role, nameof(role), MaxLabelLength), checkedReasons, cancellationToken);
    }

    /// <summary>Reopens a unit's accepted month, explicitly and with a reason: the unit may file a correction, and the form may be reviewed again.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="period">The month.</param>
    /// <param name="role">Who reopens, as a role label: never a person's name or ID.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Stops the reopening before it is recorded.</param>
    /// <returns>Recorded, or refused when the month is not closed.</returns>
    /// <exception cref="ArgumentException">The unit code is blank, or the role or reason is not a label.</exception>
    /// <exception cref="LedgerException">The store cannot be used.</exception>
    public async ValueTask<LedgerOutcome<Reopening>> ReopenAsync(string unitCode, YearMonth period, string role, string reason, CancellationToken cancellationToken = default)
    {
        unitCode = Preconditions.CheckNotBlank(unitCode).Trim();
        role = Labels.Check(role, nameof(role), MaxLabelLength);
        reason = Labels.Check(reason, nameof(reason), MaxReasonLength);
        var now = Truncate(_clock.GetCurrentInstant());
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var month = await ReadUnitMonthAsync(unitCode, period, cancellationToken).ConfigureAwait(false);
            if (LedgerRules.CheckReopening(month) is { } problem)
            {
                return LedgerOutcome<Reopening>.Refused(problem);
            }

            var record = RecordCodec.Reopening(unitCode, period, month.NextVersion, NotBefore(now, month), role, reason);
            var result = await Store.AppendAsync(record, ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
            if (result.IsAppended)
            {
                return LedgerOutcome<Reopening>.Recorded((Reopening)_codec.Decode(record.WithSequence(result.Sequence)));
            }
        }

        throw Contention($"{unitCode} {period:uuuu-MM}");
    }

    /// <summary>
    /// A month as the ledger knew it at an instant: every event recorded by then, each unit's month replayed. Build
    /// the month itself from <see cref="LedgerMonth.ToSubmissions"/>.
    /// </summary>
    /// <param name="period">The month.</param>
    /// <param name="asOf">The instant (what did we know then?); by default now.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The month as known.</returns>
    /// <exception cref="LedgerException">The store cannot be used, or a record cannot be read back.</exception>
    public async ValueTask<LedgerMonth> MonthAsync(YearMonth period, Instant? asOf = null, CancellationToken cancellationToken = default)
    {
        var at = asOf ?? _clock.GetCurrentInstant();
        var records = await Store.ReadPeriodAsync(period, at, cancellationToken).ConfigureAwait(false);
        var events = records.Select(_codec.Decode).ToArray();
        var units = events
            .GroupBy(e => e.UnitCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => UnitLedger.Replay(g.Key, period, g.OrderBy(e => e.Version).ToArray()))
            .ToArray();
        return new LedgerMonth(period, at, events, units);
    }

    /// <summary>One unit's month as the ledger knows it now.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="period">The month.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The unit's month; with no events when it filed nothing.</returns>
    /// <exception cref="LedgerException">The store cannot be used, or a record cannot be read back.</exception>
    public async ValueTask<UnitLedger> ReadUnitMonthAsync(string unitCode, YearMonth period, CancellationToken cancellationToken = default)
    {
        unitCode = Preconditions.CheckNotBlank(unitCode);
        var records = await Store.ReadUnitMonthAsync(unitCode, period, cancellationToken).ConfigureAwait(false);
        return UnitLedger.Replay(unitCode, period, records.Select(_codec.Decode).ToArray());
    }

    /// <summary>The filing of a file, by its hash.</summary>
    /// <param name="hash">The file's SHA-256.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The filed form, or <see langword="null"/> when no such file was filed.</returns>
    /// <exception cref="LedgerException">The store cannot be used, or the record cannot be read back.</exception>
    public async ValueTask<FiledForm?> FindAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(!hash.IsEmpty, nameof(hash), "The default ContentHash is no hash.");
        var record = await Store.FindFilingAsync(hash, cancellationToken).ConfigureAwait(false);
        return record is null ? null : (FiledForm)_codec.Decode(record);
    }

    /// <summary>The bytes of a filed file, checked against its hash.</summary>
    /// <param name="hash">The file's SHA-256.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The bytes, or <see langword="null"/> when no such file was filed.</returns>
    /// <exception cref="LedgerException">The store cannot be used, or the stored bytes no longer match the hash (<see cref="LedgerErrorCodes.StoreCorrupt"/>).</exception>
    public async ValueTask<byte[]?> ReadFileAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(!hash.IsEmpty, nameof(hash), "The default ContentHash is no hash.");
        var content = await Store.ReadContentAsync(hash, cancellationToken).ConfigureAwait(false);
        if (content is not null && !hash.Matches(content))
        {
            throw new LedgerException(
                LedgerErrorCodes.StoreCorrupt,
                $"台账中文件 {hash} 的内容与其 SHA-256 不符：存储已损坏，请从备份恢复。 · The stored bytes of file {hash} no longer match its SHA-256: the store is damaged; restore it from a backup.");
        }

        return content;
    }

    private async ValueTask<LedgerOutcome<Review>> ReviewAsync(ContentHash hash, ReviewVerdict verdict, string role, IReadOnlyList<string> reasons, CancellationToken cancellationToken)
    {
        Preconditions.CheckArgument(!hash.IsEmpty, nameof(hash), "The default ContentHash is no hash: name the form by its FiledForm.Hash.");
        var now = Truncate(_clock.GetCurrentInstant());
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await FindAsync(hash, cancellationToken).ConfigureAwait(false) is not { } found)
            {
                return LedgerOutcome<Review>.Refused(new InputProblem(
                    LedgerErrorCodes.UnknownForm,
                    null,
                    $"台账中没有 SHA-256 为 {hash} 的报表，无从审核。",
                    $"The ledger has no form whose SHA-256 is {hash}: there is nothing to review."));
            }

            var month = await ReadUnitMonthAsync(found.UnitCode, found.Period, cancellationToken).ConfigureAwait(false);
            var form = month.FindForm(hash) ?? found;
            if (LedgerRules.CheckReview(month, form, verdict, out var already) is { } problem)
            {
                return LedgerOutcome<Review>.Refused(problem);
            }

            if (already is not null)
            {
                return LedgerOutcome<Review>.Already(already);
            }

            var record = RecordCodec.Review(form.UnitCode, form.Period, month.NextVersion, NotBefore(now, month), hash, verdict, role, reasons);
            var result = await Store.AppendAsync(record, ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
            if (result.IsAppended)
            {
                return LedgerOutcome<Review>.Recorded((Review)_codec.Decode(record.WithSequence(result.Sequence)));
            }
        }

        throw Contention(hash.ToString());
    }

    /// <summary>The time to record an event at: the call's time, to the tick, and never before the unit's month's last event, so "as of" cuts each month's history at a point.</summary>
    private static Instant NotBefore(Instant now, UnitLedger month)
        => month.LastRecordedAt is { } last && last > now ? last : now;

    private static Instant Truncate(Instant instant) => Instant.FromUnixTimeTicks(instant.ToUnixTimeTicks());

    private static InputProblem FiledElsewhere(FiledForm existing, OrganisationUnit unit, YearMonth period)
        => new(
            LedgerErrorCodes.FiledElsewhere,
            null,
            $"同一文件（{existing.FileName}，SHA-256 {existing.Hash}）已于 {LedgerRules.At(existing.ReceivedAt)} 作为 {existing.UnitCode} {existing.Period:uuuu-MM} 的报表收下，不能再作为 {unit.Code} {period:uuuu-MM} 的报表：请报送本单位本月的报表。",
            $"The same file ({existing.FileName}, SHA-256 {existing.Hash}) was filed at {LedgerRules.At(existing.ReceivedAt)} as the form of {existing.UnitCode} for {existing.Period:uuuu-MM}; it cannot also be the form of {unit.Code} for {period:uuuu-MM}: file that unit's own form for the month.");

    private static LedgerException Contention(string what)
        => new(
            LedgerErrorCodes.StoreBusy,
            $"{what} 同时有太多写入，{MaxAttempts} 次尝试都被抢先：什么也没有写入，请稍后重试。 · Too many writers at once for {what}: {MaxAttempts} tries were all overtaken. Nothing was written; try again.");
}
