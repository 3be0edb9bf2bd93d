using NodaTime;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.AsOf;

/// <summary>A unit's month replayed from its events: a store that lost a record in the middle, or holds a review of a form the month does not have, is damaged, and said to be.</summary>
public class UnitLedgerTests
{
    private readonly StepClock _clock = new(At(2017, 5, 31));

    [Fact]
    public async Task A_month_with_a_record_missing_in_the_middle_is_refused_as_damaged()
    {
        var store = new InMemoryLedgerStore();
        var ledger = new SubmissionLedger(store, _clock);
        var (r1, reading1) = Form(Zhongyuan, revision: 1);
        var (r2, reading2) = Form(Zhongyuan, revision: 2, campuses: 90);
        var first = (await ledger.FileAsync(r1, reading1, "网页上传")).Event!;
        await ledger.AcceptAsync(first.Hash, "市局审核");
        await ledger.ReopenAsync(Zhongyuan.Code, May, "市局审核", "更正");
        await ledger.FileAsync(r2, reading2, "网页上传");

        var lossy = new SkippingStore(store, skipVersion: 2);
        var error = await Assert.ThrowsAsync<LedgerException>(() => new SubmissionLedger(lossy, _clock).ReadUnitMonthAsync(Zhongyuan.Code, May).AsTask());

        Assert.Equal(LedgerErrorCodes.StoreCorrupt, error.Code);
        Assert.Contains("version 3", error.Message);
    }

    [Fact]
    public async Task A_review_of_a_form_the_month_does_not_have_is_refused_as_damaged()
    {
        var store = new InMemoryLedgerStore();
        await store.AppendAsync(new LedgerRecord(0, LedgerRecordKind.Review, Zhongyuan.Code, May, 1, At(2017, 5, 31), null, null, $$"""{"form":"{{ContentHash.Of([7])}}","verdict":"accepted","role":"市局审核","reasons":[]}"""), ReadOnlyMemory<byte>.Empty, CancellationToken.None);

        var error = await Assert.ThrowsAsync<LedgerException>(() => new SubmissionLedger(store, _clock).MonthAsync(May).AsTask());

        Assert.Equal(LedgerErrorCodes.StoreCorrupt, error.Code);
    }

    /// <summary>A store that lost one record of every unit's month.</summary>
    private sealed class SkippingStore(InMemoryLedgerStore inner, int skipVersion) : ILedgerStore
    {
        public ValueTask<LedgerAppendResult> AppendAsync(LedgerRecord record, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) => inner.AppendAsync(record, content, cancellationToken);

        public async ValueTask<IReadOnlyList<LedgerRecord>> ReadUnitMonthAsync(string unitCode, YearMonth period, CancellationToken cancellationToken)
            => (await inner.ReadUnitMonthAsync(unitCode, period, cancellationToken)).Where(r => r.Version != skipVersion).ToArray();

        public ValueTask<IReadOnlyList<LedgerRecord>> ReadPeriodAsync(YearMonth period, Instant asOf, CancellationToken cancellationToken) => inner.ReadPeriodAsync(period, asOf, cancellationToken);

        public ValueTask<LedgerRecord?> FindFilingAsync(ContentHash hash, CancellationToken cancellationToken) => inner.FindFilingAsync(hash, cancellationToken);

        public ValueTask<byte[]?> ReadContentAsync(ContentHash hash, CancellationToken cancellationToken) => inner.ReadContentAsync(hash, cancellationToken);

        public ValueTask<IReadOnlyList<LedgerRecord>> ReadAfterAsync(long afterSequence, int maxCount, CancellationToken cancellationToken) => inner.ReadAfterAsync(afterSequence, maxCount, cancellationToken);
    }
}
