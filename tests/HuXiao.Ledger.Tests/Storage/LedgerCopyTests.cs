using HuXiao.Ledger.Tests.PostgreSql;
using NodaTime;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.Storage;

/// <summary>A ledger moved from the SQLite file to another store (PostgreSQL, or the tests' memory) is the same ledger: every month as of every instant.</summary>
public sealed class LedgerCopyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PostgresServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_sqlite_ledger_copied_into_another_store_knows_the_same_month_at_every_instant()
        => await AssertCopiedAsync(new InMemoryLedgerStore());

    [SkippableFact]
    public async Task A_sqlite_ledger_moved_to_postgresql_knows_the_same_month_at_every_instant()
        => await AssertCopiedAsync(await PostgresLedgerStore.OpenAsync(_server.NewSchema()));

    [Fact]
    public async Task Copying_into_a_ledger_that_is_not_empty_stops_and_says_so()
    {
        using var source = await BuildAsync();
        var target = new InMemoryLedgerStore();
        var (bytes, reading) = Form(Zhongyuan, campuses: 77);
        await new SubmissionLedger(target, new StepClock(At(2017, 5, 1))).FileAsync(bytes, reading, "网页上传");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => LedgerCopy.CopyAsync(source, target).AsTask());

        Assert.Contains("copy into an empty ledger", error.Message);
    }

    private async Task AssertCopiedAsync(ILedgerStore target)
    {
        using var source = await BuildAsync();

        var copied = await LedgerCopy.CopyAsync(source, target);

        var clock = new StepClock(At(2017, 6, 30));
        var from = new SubmissionLedger(source, clock);
        var to = new SubmissionLedger(target, clock);
        Assert.Equal(8, copied);
        foreach (var asOf in new[] { At(2017, 5, 31, 12), At(2017, 6, 1, 12), At(2017, 6, 3), At(2017, 6, 30) })
        {
            var before = await from.MonthAsync(May, asOf);
            var after = await to.MonthAsync(May, asOf);
            Assert.Equal(Describe(before), Describe(after));
        }

        foreach (var form in (await from.MonthAsync(May)).Events.OfType<FiledForm>())
        {
            Assert.Equal(await from.ReadFileAsync(form.Hash), await to.ReadFileAsync(form.Hash));
        }

        (target as IDisposable)?.Dispose();
    }

    /// <summary>Everything a month as known says, as text: each event and each unit's state.</summary>
    private static string[] Describe(LedgerMonth month)
        => [.. month.Events.Select(e => $"{e.UnitCode} v{e.Version} {e.RecordedAt} {e}"), .. month.Units.Select(u => $"{u} closed {u.IsClosed}"), .. month.ToSubmissions(Shanghai).Select(s => $"{s} {s.ReceivedOn}")];

    /// <summary>A ledger of three units over a week: returned and refiled, refused, accepted and reopened.</summary>
    private async Task<SqliteLedgerStore> BuildAsync()
    {
        var store = await SqliteLedgerStore.OpenAsync(_folder.File("source.db"));
        var clock = new StepClock(At(2017, 5, 31, 9), Duration.FromHours(7));
        var ledger = new SubmissionLedger(store, clock);
        var (r1, reading1) = Form(Zhongyuan, revision: 1);
        var first = (await ledger.FileAsync(r1, reading1, "网页上传")).Event!;
        await ledger.ReturnAsync(first.Hash, "市局审核", ["A01 有误"]);
        var (r2, reading2) = Form(Zhongyuan, revision: 2, campuses: 120);
        var second = (await ledger.FileAsync(r2, reading2, "网页上传")).Event!;
        await ledger.AcceptAsync(second.Hash, "市局审核");
        var (bad, badReading) = RefusedForm(Erqi);
        await ledger.FileAsync(bad, badReading, "邮件");
        var (g1, guancheng) = Form(Guancheng);
        var filed = (await ledger.FileAsync(g1, guancheng, "网页上传")).Event!;
        await ledger.AcceptAsync(filed.Hash, "市局审核");
        await ledger.ReopenAsync(Guancheng.Code, May, "市局审核", "更正");
        return store;
    }
}
