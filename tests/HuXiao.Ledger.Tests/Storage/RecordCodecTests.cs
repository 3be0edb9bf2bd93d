using HuXiao.Excel;
using HuXiao.Reporting;
using NodaTime;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.Storage;

/// <summary>
/// What a store keeps of an event and how it is read back: a workbook's cells still located after the round trip, and
/// a record that cannot be read back refused with its sequence — never read as something else.
/// </summary>
public class RecordCodecTests
{
    private readonly StepClock _clock = new(At(2017, 5, 31));

    [Fact]
    public async Task A_workbook_read_result_keeps_where_every_cell_was()
    {
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, Zhongyuan, May)
            .SetBoth("A01", 0, 120).SetBoth("A02", 0, 80).SetBoth("A03", 0, 40)
            .Build();
        using var file = new MemoryStream();
        new ExcelFormWriter().Write(report, file);
        var bytes = file.ToArray();
        var read = new ExcelFormReader().Read(bytes);
        var ledger = new SubmissionLedger(new InMemoryLedgerStore(), _clock);

        await ledger.FileAsync(bytes, Submission.Of(read.Value!, "410102-2017-05.xlsx", locator: read.Locator), "网页上传");

        var kept = (await ledger.MonthAsync(May)).Find(Zhongyuan.Code)!.Current!.ToSubmission(Shanghai);
        Assert.Equal(bytes, await ledger.ReadFileAsync(ContentHash.Of(bytes)));
        foreach (var indicator in ReportSchema.Zhengzhou2017.Indicators)
        {
            foreach (var row in new[] { ReportRow.New, ReportRow.Total })
            {
                Assert.Equal(read.Locator!.Locate(indicator.Code, row), kept.Locator!.Locate(indicator.Code, row));
            }
        }

        Assert.Equal(new LocalDate(2017, 5, 31), kept.ReceivedOn);
    }

    [Fact]
    public async Task A_record_that_cannot_be_read_back_is_refused_with_its_sequence()
    {
        var store = new InMemoryLedgerStore();
        var hash = ContentHash.Of([1]);
        await store.AppendAsync(new LedgerRecord(0, LedgerRecordKind.Filing, "410102", May, 1, At(2017, 5, 31), hash, null, """{"file":"x.json"}"""), new byte[] { 1 }, CancellationToken.None);
        var ledger = new SubmissionLedger(store, _clock);

        var error = await Assert.ThrowsAsync<LedgerException>(() => ledger.MonthAsync(May).AsTask());

        Assert.Equal(LedgerErrorCodes.RecordUnreadable, error.Code);
        Assert.Contains("#1", error.Message);
        Assert.Contains("kept as it is", error.Message);
    }

    [Fact]
    public async Task A_stored_report_of_a_form_the_ledger_was_not_given_is_refused_not_dropped()
    {
        var store = new InMemoryLedgerStore();
        var (bytes, reading) = Form(Zhongyuan);
        await new SubmissionLedger(store, _clock).FileAsync(bytes, reading, "网页上传");
        var record = store.Records[0];
        var other = record.Payload.Replace("\"schema\":\"zhengzhou-2017\"", "\"schema\":\"another-city-2019\"", StringComparison.Ordinal);
        Assert.NotEqual(record.Payload, other);
        var copy = new InMemoryLedgerStore();
        await copy.AppendAsync(new LedgerRecord(0, record.Kind, record.UnitCode, record.Period, record.Version, record.RecordedAt, record.Hash, record.Revision, other), bytes, CancellationToken.None);

        var error = await Assert.ThrowsAsync<LedgerException>(() => new SubmissionLedger(copy, _clock).MonthAsync(May).AsTask());

        Assert.Equal(LedgerErrorCodes.RecordUnreadable, error.Code);
        Assert.Contains("another-city-2019", error.Message);
        Assert.Contains("give the ledger that form", error.Message);
    }

    [Fact]
    public async Task A_stored_report_that_disagrees_with_its_record_is_refused()
    {
        var store = new InMemoryLedgerStore();
        var (bytes, reading) = Form(Zhongyuan);
        await new SubmissionLedger(store, _clock).FileAsync(bytes, reading, "网页上传");
        var record = store.Records[0];
        var copy = new InMemoryLedgerStore();
        await copy.AppendAsync(new LedgerRecord(0, record.Kind, "410103", record.Period, record.Version, record.RecordedAt, record.Hash, record.Revision, record.Payload), bytes, CancellationToken.None);

        var error = await Assert.ThrowsAsync<LedgerException>(() => new SubmissionLedger(copy, _clock).MonthAsync(May).AsTask());

        Assert.Equal(LedgerErrorCodes.RecordUnreadable, error.Code);
        Assert.Contains("disagrees", error.Message);
    }
}
