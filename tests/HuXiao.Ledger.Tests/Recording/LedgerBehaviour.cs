using System.Security.Cryptography;
using HuXiao.Calendar;
using HuXiao.Months;
using HuXiao.Reporting;
using NodaTime;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.Recording;

/// <summary>
/// What the ledger does — filing, the same file twice, revisions, reviews, reopenings, the month as of an instant —
/// one set of tests run over every store (in memory, SQLite, PostgreSQL when a server answers).
/// </summary>
public abstract class LedgerBehaviour : IDisposable
{
    private protected readonly StepClock Clock = new(At(2017, 5, 28), Duration.FromMinutes(1));

    /// <summary>A new, empty store.</summary>
    private protected abstract ValueTask<ILedgerStore> NewStoreAsync();

    public virtual void Dispose() => GC.SuppressFinalize(this);

    private async Task<SubmissionLedger> NewLedgerAsync() => new(await NewStoreAsync(), Clock);

    [SkippableFact]
    public async Task Filing_keeps_the_file_its_hash_what_reading_gave_when_it_came_and_how()
    {
        var ledger = await NewLedgerAsync();
        var (bytes, reading) = Form(Zhongyuan);
        Clock.Set(At(2017, 5, 30, 15));

        var outcome = await ledger.FileAsync(bytes, reading, "网页上传");

        Assert.Equal(LedgerOutcomeStatus.Recorded, outcome.Status);
        var form = outcome.Event!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), form.Hash.ToString());
        Assert.Equal(bytes.Length, form.Length);
        Assert.Equal(reading.Source, form.FileName);
        Assert.Equal(At(2017, 5, 30, 15), form.ReceivedAt);
        Assert.Equal(form.ReceivedAt, form.RecordedAt);
        Assert.Equal("网页上传", form.Channel);
        Assert.Equal(1, form.Revision);
        Assert.Equal(1, form.Version);
        Assert.Equal(Json.Serialize(reading.Report!), Json.Serialize(form.Reading.Report!));
        Assert.Equal("$.total.A01", form.Reading.Locator!.Locate("A01", ReportRow.Total));
        Assert.Equal(bytes, await ledger.ReadFileAsync(form.Hash));
        Assert.Equal(form.Sequence, (await ledger.FindAsync(form.Hash))!.Sequence);
    }

    [SkippableFact]
    public async Task The_same_file_sent_twice_is_recognised_by_its_hash_and_kept_once()
    {
        var ledger = await NewLedgerAsync();
        var (bytes, reading) = Form(Zhongyuan);
        var first = await ledger.FileAsync(bytes, reading, "网页上传");

        var again = await ledger.FileAsync(bytes.ToArray(), reading, "邮件");

        Assert.Equal(LedgerOutcomeStatus.AlreadyRecorded, again.Status);
        Assert.Equal(first.Event!.Sequence, again.Event!.Sequence);
        Assert.Equal("网页上传", again.Event.Channel);
        var month = await ledger.MonthAsync(May);
        Assert.Single(month.Events);
    }

    [SkippableFact]
    public async Task A_different_file_for_a_revision_already_filed_is_refused_and_the_first_stays()
    {
        var ledger = await NewLedgerAsync();
        var (first, firstReading) = Form(Zhongyuan, revision: 1, campuses: 100);
        var (second, secondReading) = Form(Zhongyuan, revision: 1, campuses: 120);
        await ledger.FileAsync(first, firstReading, "网页上传");

        var outcome = await ledger.FileAsync(second, secondReading, "网页上传");

        Assert.Equal(LedgerOutcomeStatus.Refused, outcome.Status);
        Assert.Equal(LedgerErrorCodes.RevisionTaken, outcome.Problem!.Code);
        Assert.Contains("修订版改为 2", outcome.Problem.Message);
        Assert.Contains("make it revision 2", outcome.Problem.EnglishMessage);
        var unit = (await ledger.MonthAsync(May)).Find(Zhongyuan.Code)!;
        Assert.Equal(100, Assert.Single(unit.Forms).Reading.Report!.Total("A01"));
        Assert.Null(await ledger.FindAsync(ContentHash.Of(second)));
    }

    [SkippableFact]
    public async Task A_higher_revision_supersedes_and_a_lower_one_is_refused()
    {
        var ledger = await NewLedgerAsync();
        var (r1, reading1) = Form(Zhongyuan, revision: 1, campuses: 100);
        var (r2, reading2) = Form(Zhongyuan, revision: 2, campuses: 110);
        var (r1b, reading1b) = Form(Zhongyuan, revision: 1, campuses: 90);
        await ledger.FileAsync(r1, reading1, "网页上传");
        var filed = await ledger.FileAsync(r2, reading2, "网页上传");

        var stale = await ledger.FileAsync(r1b, reading1b, "网页上传");

        Assert.Equal(LedgerOutcomeStatus.Recorded, filed.Status);
        Assert.Equal(LedgerErrorCodes.StaleRevision, stale.Problem!.Code);
        var unit = (await ledger.MonthAsync(May)).Find(Zhongyuan.Code)!;
        Assert.Equal([1, 2], unit.Forms.Select(f => f.Revision!.Value));
        Assert.Equal(2, unit.Current!.Revision);
        var month = Month(await ledger.MonthAsync(May), At(2017, 6, 5));
        Assert.Equal(110, month.Find(Zhongyuan.Code)!.Submission!.Report!.Total("A01"));
        Assert.Single(month.Find(Zhongyuan.Code)!.SetAside);
    }

    [SkippableFact]
    public async Task A_refused_form_is_kept_as_filed_and_the_month_says_refused_never_missing()
    {
        var ledger = await NewLedgerAsync();
        var (bytes, reading) = RefusedForm(Erqi);

        var outcome = await ledger.FileAsync(bytes, reading, "网页上传");
        var again = await ledger.FileAsync(bytes, reading, "网页上传");

        Assert.Equal(LedgerOutcomeStatus.Recorded, outcome.Status);
        Assert.Equal(LedgerOutcomeStatus.AlreadyRecorded, again.Status);
        Assert.False(outcome.Event!.WasRead);
        Assert.Null(outcome.Event.Revision);
        Assert.Equal("HX0203", Assert.Single(outcome.Event.Reading.Problems).Code);
        var month = Month(await ledger.MonthAsync(May), At(2017, 6, 5));
        Assert.Equal(FilingStatus.Refused, month.Find(Erqi.Code)!.Status);
        Assert.Equal(FilingStatus.Missing, month.Find(Guancheng.Code)!.Status);
    }

    [SkippableFact]
    public async Task A_form_whose_unit_or_month_is_unknown_is_refused_and_nothing_is_kept()
    {
        var ledger = await NewLedgerAsync();
        var reading = Submission.Refused([new InputProblem("HX0401", null, "不是报表。", "Not a form.")], "photo.xlsx");

        var outcome = await ledger.FileAsync(new byte[] { 1, 2, 3 }, reading, "网页上传");

        Assert.Equal(LedgerErrorCodes.UnitOrMonthUnknown, outcome.Problem!.Code);
        Assert.Null(await ledger.FindAsync(ContentHash.Of([1, 2, 3])));
    }

    [SkippableFact]
    public async Task The_same_bytes_filed_for_another_unit_are_refused()
    {
        var ledger = await NewLedgerAsync();
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04 };
        Submission Declared(OrganisationUnit unit) => Submission.Refused([new InputProblem("HX0402", null, "文件已损坏。", "The file is damaged.")], "form.xlsx", unit, May);
        await ledger.FileAsync(bytes, Declared(Zhongyuan), "网页上传");

        var outcome = await ledger.FileAsync(bytes, Declared(Erqi), "网页上传");

        Assert.Equal(LedgerErrorCodes.FiledElsewhere, outcome.Problem!.Code);
        Assert.Null((await ledger.MonthAsync(May)).Find(Erqi.Code));
    }

    [SkippableFact]
    public async Task An_accepted_month_is_closed_until_it_is_reopened_explicitly()
    {
        var ledger = await NewLedgerAsync();
        var (r1, reading1) = Form(Zhongyuan, revision: 1);
        var (r2, reading2) = Form(Zhongyuan, revision: 2, campuses: 130);
        var form = (await ledger.FileAsync(r1, reading1, "网页上传")).Event!;

        var accepted = await ledger.AcceptAsync(form.Hash, "市局审核");
        var acceptedAgain = await ledger.AcceptAsync(form.Hash, "市局审核");
        var closed = await ledger.FileAsync(r2, reading2, "网页上传");
        var resent = await ledger.FileAsync(r1, reading1, "网页上传");
        var returnClosed = await ledger.ReturnAsync(form.Hash, "市局审核", ["A03 与实际不符"]);

        Assert.Equal(LedgerOutcomeStatus.Recorded, accepted.Status);
        Assert.Equal(ReviewVerdict.Accepted, accepted.Event!.Verdict);
        Assert.Equal(LedgerOutcomeStatus.AlreadyRecorded, acceptedAgain.Status);
        Assert.Equal(accepted.Event.Sequence, acceptedAgain.Event!.Sequence);
        Assert.Equal(LedgerErrorCodes.MonthClosed, closed.Problem!.Code);
        Assert.Equal(LedgerOutcomeStatus.AlreadyRecorded, resent.Status);
        Assert.Equal(LedgerErrorCodes.MonthClosed, returnClosed.Problem!.Code);
        Assert.True((await ledger.ReadUnitMonthAsync(Zhongyuan.Code, May)).IsClosed);

        var reopened = await ledger.ReopenAsync(Zhongyuan.Code, May, "市局审核", "中原分局报告 A01 少报 30 所");
        var corrected = await ledger.FileAsync(r2, reading2, "网页上传");

        Assert.Equal(LedgerOutcomeStatus.Recorded, reopened.Status);
        Assert.Equal("中原分局报告 A01 少报 30 所", reopened.Event!.Reason);
        Assert.Equal(LedgerOutcomeStatus.Recorded, corrected.Status);
        var unit = await ledger.ReadUnitMonthAsync(Zhongyuan.Code, May);
        Assert.False(unit.IsClosed);
        Assert.Equal(ReviewState.Pending, unit.State);
        Assert.Equal(2, unit.Current!.Revision);
        Assert.Equal(4, unit.Events.Count);   // filed, accepted, reopened, filed: the refusals recorded nothing
    }

    [SkippableFact]
    public async Task Reopening_a_month_that_is_not_closed_is_refused()
    {
        var ledger = await NewLedgerAsync();
        var (bytes, reading) = Form(Zhongyuan);
        var form = (await ledger.FileAsync(bytes, reading, "网页上传")).Event!;

        var never = await ledger.ReopenAsync(Erqi.Code, May, "市局审核", "误操作");
        var pending = await ledger.ReopenAsync(Zhongyuan.Code, May, "市局审核", "误操作");
        await ledger.AcceptAsync(form.Hash, "市局审核");
        await ledger.ReopenAsync(Zhongyuan.Code, May, "市局审核", "更正");
        var twice = await ledger.ReopenAsync(Zhongyuan.Code, May, "市局审核", "更正");

        Assert.Equal(LedgerErrorCodes.NotClosed, never.Problem!.Code);
        Assert.Equal(LedgerErrorCodes.NotClosed, pending.Problem!.Code);
        Assert.Equal(LedgerErrorCodes.NotClosed, twice.Problem!.Code);
    }

    [SkippableFact]
    public async Task A_returned_form_counts_as_refused_with_its_reasons_until_a_corrected_revision_comes()
    {
        var ledger = await NewLedgerAsync();
        var (r1, reading1) = Form(Zhongyuan, revision: 1);
        var (r2, reading2) = Form(Zhongyuan, revision: 2, campuses: 101);
        var form = (await ledger.FileAsync(r1, reading1, "网页上传")).Event!;

        var returned = await ledger.ReturnAsync(form.Hash, "市局审核", ["A01 与上月合计不衔接", "缺少审核人签字"]);
        var returnedAgain = await ledger.ReturnAsync(form.Hash, "市局审核", ["另一理由"]);
        var acceptReturned = await ledger.AcceptAsync(form.Hash, "市局审核");

        Assert.Equal(LedgerOutcomeStatus.Recorded, returned.Status);
        Assert.Equal(["A01 与上月合计不衔接", "缺少审核人签字"], returned.Event!.Reasons);
        Assert.Equal(LedgerOutcomeStatus.AlreadyRecorded, returnedAgain.Status);
        Assert.Equal(LedgerErrorCodes.AlreadyReviewed, acceptReturned.Problem!.Code);
        var month = Month(await ledger.MonthAsync(May), At(2017, 6, 5));
        var filing = month.Find(Zhongyuan.Code)!;
        Assert.Equal(FilingStatus.Refused, filing.Status);
        var problem = Assert.Single(filing.Submission!.Problems);
        Assert.Equal(LedgerErrorCodes.Returned, problem.Code);
        Assert.Contains("A01 与上月合计不衔接；缺少审核人签字", problem.Message);
        Assert.Contains("市局审核", problem.Message);
        Assert.Equal(0, month.Coverage.Reported);

        await ledger.FileAsync(r2, reading2, "网页上传");
        month = Month(await ledger.MonthAsync(May), At(2017, 6, 5));
        Assert.True(month.Find(Zhongyuan.Code)!.IsCombined);
        Assert.Equal(101, month.Find(Zhongyuan.Code)!.Submission!.Report!.Total("A01"));
    }

    [SkippableFact]
    public async Task While_the_current_revision_is_returned_the_month_never_falls_back_on_the_one_it_replaced()
    {
        var ledger = await NewLedgerAsync();
        var (r1, reading1) = Form(Zhongyuan, revision: 1, campuses: 100);
        var (r2, reading2) = Form(Zhongyuan, revision: 2, campuses: 150);
        await ledger.FileAsync(r1, reading1, "网页上传");
        var second = (await ledger.FileAsync(r2, reading2, "网页上传")).Event!;

        await ledger.ReturnAsync(second.Hash, "市局审核", ["A01 由 100 改为 150，请说明"]);

        var filing = Month(await ledger.MonthAsync(May), At(2017, 6, 5)).Find(Zhongyuan.Code)!;
        Assert.Equal(FilingStatus.Refused, filing.Status);
        Assert.Equal(LedgerErrorCodes.Returned, Assert.Single(filing.Submission!.Problems).Code);
        Assert.Equal(LedgerErrorCodes.Superseded, Assert.Single(Assert.Single(filing.SetAside).Problems).Code);
    }

    [SkippableFact]
    public async Task Only_the_current_read_form_is_reviewed()
    {
        var ledger = await NewLedgerAsync();
        var (r1, reading1) = Form(Zhongyuan, revision: 1);
        var (r2, reading2) = Form(Zhongyuan, revision: 2, campuses: 101);
        var (bad, badReading) = RefusedForm(Erqi);
        var first = (await ledger.FileAsync(r1, reading1, "网页上传")).Event!;
        await ledger.FileAsync(r2, reading2, "网页上传");
        var refused = (await ledger.FileAsync(bad, badReading, "网页上传")).Event!;

        var superseded = await ledger.AcceptAsync(first.Hash, "市局审核");
        var notReviewable = await ledger.ReturnAsync(refused.Hash, "市局审核", ["看不清"]);
        var unknown = await ledger.AcceptAsync(ContentHash.Of([9, 9, 9]), "市局审核");

        Assert.Equal(LedgerErrorCodes.Superseded, superseded.Problem!.Code);
        Assert.Equal(LedgerErrorCodes.NotReviewable, notReviewable.Problem!.Code);
        Assert.Equal(LedgerErrorCodes.UnknownForm, unknown.Problem!.Code);
        Assert.Equal(4, (await ledger.MonthAsync(May)).Events.Count + 1);
    }

    [SkippableFact]
    public async Task The_month_as_of_an_instant_is_what_was_recorded_by_then()
    {
        var ledger = await NewLedgerAsync();
        var (r1, reading1) = Form(Zhongyuan, revision: 1, campuses: 100);
        var (r2, reading2) = Form(Zhongyuan, revision: 2, campuses: 120);
        var (e1, erqiReading) = Form(Erqi);
        Clock.Set(At(2017, 5, 31, 9));
        var first = (await ledger.FileAsync(r1, reading1, "网页上传")).Event!;
        Clock.Set(At(2017, 6, 3, 9));
        await ledger.FileAsync(e1, erqiReading, "邮件");
        Clock.Set(At(2017, 6, 4, 9));
        await ledger.ReturnAsync(first.Hash, "市局审核", ["A02 有误"]);
        Clock.Set(At(2017, 6, 7, 9));
        var second = (await ledger.FileAsync(r2, reading2, "网页上传")).Event!;
        Clock.Set(At(2017, 6, 8, 9));
        await ledger.AcceptAsync(second.Hash, "市局审核");

        var before = await ledger.MonthAsync(May, At(2017, 5, 30));
        var june5 = await ledger.MonthAsync(May, At(2017, 6, 5));
        var now = await ledger.MonthAsync(May);

        Assert.Empty(before.Units);
        Assert.Equal(3, june5.Events.Count);
        Assert.Equal(ReviewState.Returned, june5.Find(Zhongyuan.Code)!.State);
        Assert.Equal(1, june5.Find(Zhongyuan.Code)!.Current!.Revision);
        Assert.True(now.Find(Zhongyuan.Code)!.IsClosed);
        Assert.Equal(2, now.Find(Zhongyuan.Code)!.Current!.Revision);

        // What did we know on 2017-06-05? 中原分局's form was returned, 二七分局's was in, two days late.
        var month = Month(june5, At(2017, 6, 5));
        Assert.Equal(FilingStatus.Refused, month.Find(Zhongyuan.Code)!.Status);
        Assert.Equal(FilingStatus.Late, month.Find(Erqi.Code)!.Status);
        Assert.Equal(2, month.Find(Erqi.Code)!.DaysLate);
    }

    [SkippableFact]
    public async Task Lateness_is_judged_on_the_receipt_time_in_the_campaign_zone_not_on_the_date_in_the_footer()
    {
        var ledger = await NewLedgerAsync();
        var footerSaysLate = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, Zhongyuan, May)
            .SetTotal("A01", 100).SetTotal("A02", 60).SetTotal("A03", 40)
            .WithFiling(new ReportFiling { FiledOn = new LocalDate(2017, 6, 9) })
            .Build();
        var bytes = Json.SerializeToUtf8Bytes(footerSaysLate);
        Clock.Set(At(2017, 6, 10));

        // Received by mail at 23:30 on 2017-06-01 in Zhengzhou (15:30 UTC), entered nine days later.
        var outcome = await ledger.FileAsync(bytes, Submission.Of(footerSaysLate, "410102.json"), "邮件", receivedAt: At(2017, 6, 1, 23, 30));
        var (late, lateReading) = Form(Erqi);
        Clock.Set(At(2017, 6, 2, 0, 30));
        await ledger.FileAsync(late, lateReading, "网页上传");

        Assert.Equal(At(2017, 6, 1, 23, 30), outcome.Event!.ReceivedAt);
        var month = Month(await ledger.MonthAsync(May, At(2017, 6, 12)), At(2017, 6, 12));
        var onTime = month.Find(Zhongyuan.Code)!;
        Assert.Equal(FilingStatus.Filed, onTime.Status);
        Assert.Equal(FilingDateBasis.Received, onTime.DateBasis);
        Assert.Equal(new LocalDate(2017, 6, 1), onTime.FilingDate);
        Assert.Equal(1, month.Find(Erqi.Code)!.DaysLate);
    }

    [SkippableFact]
    public async Task Record_times_never_go_back_within_a_unit_month_even_when_the_clock_does()
    {
        var ledger = await NewLedgerAsync();
        var (r1, reading1) = Form(Zhongyuan);
        Clock.Set(At(2017, 6, 3));
        var form = (await ledger.FileAsync(r1, reading1, "网页上传")).Event!;
        Clock.Set(At(2017, 6, 2));

        var review = (await ledger.AcceptAsync(form.Hash, "市局审核")).Event!;

        Assert.True(review.RecordedAt >= form.RecordedAt);
        Assert.True((await ledger.MonthAsync(May, form.RecordedAt)).Find(Zhongyuan.Code)!.IsClosed);
    }

    [SkippableFact]
    public async Task Misuse_is_an_argument_error_and_records_nothing()
    {
        var ledger = await NewLedgerAsync();
        var (bytes, reading) = Form(Zhongyuan);
        Clock.Set(At(2017, 6, 1));

        Assert.Throws<ArgumentOutOfRangeException>("receivedAt", () => ledger.FileAsync(bytes, reading, "邮件", receivedAt: At(2017, 6, 2)).AsTask().GetAwaiter().GetResult());
        Assert.Throws<ArgumentException>("reading", () => ledger.FileAsync(bytes, Submission.Of(reading.Report!, "x.json", new LocalDate(2017, 6, 1)), "邮件").AsTask().GetAwaiter().GetResult());
        Assert.Throws<ArgumentException>("channel", () => ledger.FileAsync(bytes, reading, " ").AsTask().GetAwaiter().GetResult());
        Assert.Throws<ArgumentException>("channel", () => ledger.FileAsync(bytes, reading, "张三 410102198001011234").AsTask().GetAwaiter().GetResult());
        Assert.Throws<ArgumentException>("channel", () => ledger.FileAsync(bytes, reading, "电话 13812345678").AsTask().GetAwaiter().GetResult());
        Assert.Throws<ArgumentException>("channel", () => ledger.FileAsync(bytes, reading, "网页\n上传").AsTask().GetAwaiter().GetResult());
        Assert.Throws<ArgumentException>("reasons", () => ledger.ReturnAsync(ContentHash.Of(bytes), "市局审核", []).AsTask().GetAwaiter().GetResult());
        Assert.Empty((await ledger.MonthAsync(May)).Events);
    }

    /// <summary>The month model built from what the ledger knew, the way an app does it.</summary>
    private protected static MonthlyCycle Month(LedgerMonth known, Instant asOf)
        => MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, known.Period, asOf.InZone(Shanghai).Date)
            .WithUnits(UnitHierarchy.Zhengzhou2017)
            .AddRange(known.ToSubmissions(Campaign.Zhengzhou2017.TimeZone))
            .Build();
}

/// <summary>The ledger's behaviour over the in-memory store of the tests.</summary>
public sealed class LedgerBehaviourInMemory : LedgerBehaviour
{
    private protected override ValueTask<ILedgerStore> NewStoreAsync() => ValueTask.FromResult<ILedgerStore>(new InMemoryLedgerStore());
}
