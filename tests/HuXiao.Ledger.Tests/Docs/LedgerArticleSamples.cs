using HuXiao.Ledger.Tests.PostgreSql;
using NodaTime;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.Docs;

/// <summary>The samples of the ledger article (docs/articles/ledger.md), compiled and run.</summary>
public sealed class LedgerArticleSamples : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PostgresServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    [SkippableFact]
    public async Task Moving_a_sqlite_ledger_to_postgresql_copies_every_record()
    {
        var path = _folder.File("huxiao.db");
        using (var filled = await SqliteLedgerStore.OpenAsync(path))
        {
            var (bytes, reading) = Form(Zhongyuan);
            await new SubmissionLedger(filled, new StepClock(At(2017, 5, 31))).FileAsync(bytes, reading, "网页上传");
        }

        var connectionString = _server.NewSchema();

        #region move-to-postgresql
        // Stop the programs that write to huxiao.db first: the copy reads the file as it is.
        using var sqlite = await SqliteLedgerStore.OpenAsync(path, new SqliteLedgerOptions { ReadOnly = true });
        await using var postgres = await PostgresLedgerStore.OpenAsync(connectionString);   // an empty ledger
        long copied = await LedgerCopy.CopyAsync(sqlite, postgres);
        Console.WriteLine($"{copied} record(s) copied to {postgres.Where}");
        #endregion

        Assert.Equal(1, copied);
        Assert.Single((await new SubmissionLedger(postgres, SystemClock.Instance).MonthAsync(May, Instant.MaxValue)).Events);
    }
}
