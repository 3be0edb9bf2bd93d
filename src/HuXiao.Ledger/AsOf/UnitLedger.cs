using HuXiao.Reporting;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Ledger;

/// <summary>
/// One unit's month as the ledger knows it: its events replayed in order — the forms it filed, the last one read
/// (<see cref="Current"/>, the one that counts), each form's review state, and whether the month is closed. The
/// ledger decides what may be filed, reviewed or reopened from this same replay. Immutable and thread-safe.
/// </summary>
public sealed class UnitLedger
{
    private readonly Dictionary<ContentHash, ReviewState> _states;
    private readonly Dictionary<ContentHash, Review> _lastReview;

    private UnitLedger(string unitCode, YearMonth period, IReadOnlyList<LedgerEvent> events, IReadOnlyList<FiledForm> forms, FiledForm? current, Dictionary<ContentHash, ReviewState> states, Dictionary<ContentHash, Review> lastReview)
    {
        UnitCode = unitCode;
        Period = period;
        Events = events;
        Forms = forms;
        Current = current;
        _states = states;
        _lastReview = lastReview;
    }

    /// <summary>The unit's code.</summary>
    public string UnitCode { get; }

    /// <summary>The month.</summary>
    public YearMonth Period { get; }

    /// <summary>Every event of the unit's month, in the order recorded.</summary>
    public IReadOnlyList<LedgerEvent> Events { get; }

    /// <summary>Every form the unit filed for the month, in the order received: read and refused alike.</summary>
    public IReadOnlyList<FiledForm> Forms { get; }

    /// <summary>
    /// The form that counts: the last one read, which has the highest revision (the ledger refuses a lower one);
    /// <see langword="null"/> while every form was refused.
    /// </summary>
    public FiledForm? Current { get; }

    /// <summary>Where <see cref="Current"/> stands in review; <see langword="null"/> when no form was read.</summary>
    public ReviewState? State => Current is null ? null : _states[Current.Hash];

    /// <summary>Whether the month is closed: its current form was accepted and the month not reopened since.</summary>
    public bool IsClosed => State == ReviewState.Accepted;

    /// <summary>Where a form of this unit's month stands in review.</summary>
    /// <param name="form">One of <see cref="Forms"/>.</param>
    /// <returns>Its state.</returns>
    /// <exception cref="ArgumentException">The form is not one of this unit's month.</exception>
    public ReviewState StateOf(FiledForm form)
        => _states.TryGetValue(Preconditions.CheckNotNull(form).Hash, out var state) ? state : throw new ArgumentException($"Form {form} is not one of {UnitCode} {Period:uuuu-MM}.", nameof(form));

    /// <summary>The last review of a form, if any.</summary>
    /// <param name="form">One of <see cref="Forms"/>.</param>
    /// <returns>The review, or <see langword="null"/> when the form was never reviewed.</returns>
    public Review? LastReviewOf(FiledForm form) => _lastReview.GetValueOrDefault(Preconditions.CheckNotNull(form).Hash);

    /// <summary>
    /// The unit's forms as the month takes them (<c>MonthlyCycle.CreateBuilder(…).AddRange(…)</c>), in the order
    /// received, each with the date it was received in the campaign's time zone. A returned form is given as refused,
    /// its reasons as the problems (<see cref="LedgerErrorCodes.Returned"/>); while the current form is returned, the
    /// earlier revisions it superseded are refused too (<see cref="LedgerErrorCodes.Superseded"/>), so the month never
    /// falls back on figures the unit itself replaced.
    /// </summary>
    /// <param name="zone">The campaign's time zone (<c>Campaign.TimeZone</c>).</param>
    /// <returns>The submissions.</returns>
    public IReadOnlyList<Submission> ToSubmissions(DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        var currentReturned = State == ReviewState.Returned;
        var submissions = new List<Submission>(Forms.Count);
        foreach (var form in Forms)
        {
            var submission = form.ToSubmission(zone);
            if (!form.WasRead)
            {
                submissions.Add(submission);
            }
            else if (_states[form.Hash] == ReviewState.Returned)
            {
                submissions.Add(Refused(submission, form, ReturnedProblem(form, _lastReview[form.Hash], zone)));
            }
            else if (currentReturned && !ReferenceEquals(form, Current))
            {
                submissions.Add(Refused(submission, form, SupersededProblem(form, Current!)));
            }
            else
            {
                submissions.Add(submission);
            }
        }

        return submissions;
    }

    /// <summary>The unit, month, forms and state on one line.</summary>
    public override string ToString()
        => $"{UnitCode} {Period:uuuu-MM}: {Forms.Count} form(s), {(Current is null ? "none read" : $"revision {Current.Revision} {State.ToString()!.ToLowerInvariant()}")}";

    internal Instant? LastRecordedAt => Events.Count == 0 ? null : Events[^1].RecordedAt;

    internal int NextVersion => checked(Events.Count + 1);

    internal FiledForm? FindForm(ContentHash hash) => Forms.FirstOrDefault(f => f.Hash == hash);

    /// <summary>Replays a unit's month from its events, which must be its versions 1, 2, 3, … in order.</summary>
    /// <exception cref="LedgerException">A gap in the versions, or a review of a form the month does not have (<see cref="LedgerErrorCodes.StoreCorrupt"/>).</exception>
    internal static UnitLedger Replay(string unitCode, YearMonth period, IReadOnlyList<LedgerEvent> events)
    {
        var forms = new List<FiledForm>();
        var states = new Dictionary<ContentHash, ReviewState>();
        var lastReview = new Dictionary<ContentHash, Review>();
        FiledForm? current = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Version != i + 1 || e.UnitCode != unitCode || e.Period != period)
            {
                throw Corrupt(unitCode, period, $"记录 #{e.Sequence} 的位置（{e.UnitCode} {e.Period:uuuu-MM} 第 {e.Version} 条）应为第 {i + 1} 条", $"record #{e.Sequence} ({e.UnitCode} {e.Period:uuuu-MM} version {e.Version}) should be version {i + 1}");
            }

            switch (e)
            {
                case FiledForm form:
                    forms.Add(form);
                    states[form.Hash] = form.WasRead ? ReviewState.Pending : ReviewState.NotReviewable;
                    if (form.WasRead)
                    {
                        current = form;
                    }

                    break;
                case Review review:
                    if (!states.TryGetValue(review.Form, out var reviewed) || reviewed == ReviewState.NotReviewable)
                    {
                        throw Corrupt(unitCode, period, $"审核记录 #{review.Sequence} 指向本月没有读入的报表 {review.Form}", $"review #{review.Sequence} names a form the month has not read, {review.Form}");
                    }

                    states[review.Form] = review.Verdict == ReviewVerdict.Accepted ? ReviewState.Accepted : ReviewState.Returned;
                    lastReview[review.Form] = review;
                    break;
                case Reopening:
                    if (current is not null && states[current.Hash] == ReviewState.Accepted)
                    {
                        states[current.Hash] = ReviewState.Pending;
                    }

                    break;
            }
        }

        return new UnitLedger(unitCode, period, events, forms, current, states, lastReview);
    }

    private static Submission Refused(Submission submission, FiledForm form, InputProblem problem)
        => Submission.Refused([problem], submission.Source, form.Unit, form.Period, submission.ReceivedOn, submission.Locator);

    private static InputProblem ReturnedProblem(FiledForm form, Review review, DateTimeZone zone)
    {
        var on = LocalDatePattern.Iso.Format(review.RecordedAt.InZone(zone).Date);
        return new InputProblem(
            LedgerErrorCodes.Returned,
            null,
            $"本表（修订版 {form.Revision}）已于 {on} 被{review.Role}退回：{string.Join("；", review.Reasons)}。请改正后以修订版 {form.Revision + 1} 或更高重新报送。",
            $"This form (revision {form.Revision}) was returned by {review.Role} on {on}: {string.Join("; ", review.Reasons)}. Correct it and file it again as revision {form.Revision + 1} or higher.");
    }

    private static InputProblem SupersededProblem(FiledForm form, FiledForm current)
        => new(
            LedgerErrorCodes.Superseded,
            null,
            $"修订版 {form.Revision} 已被修订版 {current.Revision}（{current.FileName}）取代，而修订版 {current.Revision} 已被退回：请改正后以修订版 {current.Revision + 1} 或更高重新报送。",
            $"Revision {form.Revision} was superseded by revision {current.Revision} ({current.FileName}), which was returned: correct it and file it again as revision {current.Revision + 1} or higher.");

    private static LedgerException Corrupt(string unitCode, YearMonth period, string chinese, string english)
        => new(
            LedgerErrorCodes.StoreCorrupt,
            $"台账中 {unitCode} {period:uuuu-MM} 的记录不连贯：{chinese}。存储已损坏，请从备份恢复。 · The ledger's records of {unitCode} {period:uuuu-MM} do not follow on: {english}. The store is damaged: restore it from a backup.");
}
