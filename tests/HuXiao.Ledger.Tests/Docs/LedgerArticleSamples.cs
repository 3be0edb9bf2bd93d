using HuXiao.Ledger.Tests.PostgreSql;
using Microsoft.Data.Sqlite;
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

    [Fact]
    public async Task An_online_backup_is_a_ledger_that_opens_read_only_with_everything_in_it()
    {
        var path = _folder.File("huxiao.db");
        var backupPath = _folder.File("huxiao-2017-06-05.db");
        using var store = await SqliteLedgerStore.OpenAsync(path);
        var ledger = new SubmissionLedger(store, new StepClock(At(2017, 5, 31)));
        var (bytes, reading) = Form(Zhongyuan);
        var filed = (await ledger.FileAsync(bytes, reading, "网页上传")).Event!;

        #region backup
        // While programs go on writing to huxiao.db: SQLite's online backup (what sqlite3's .backup does).
        using (var live = new SqliteConnection($"Data Source={path}"))
        using (var copy = new SqliteConnection($"Data Source={backupPath}"))
        {
            live.Open();
            copy.Open();
            live.BackupDatabase(copy);
        }

        using var backup = await SqliteLedgerStore.OpenAsync(backupPath, new SqliteLedgerOptions { ReadOnly = true });
        var known = await new SubmissionLedger(backup, SystemClock.Instance).MonthAsync(new YearMonth(2017, 5));
        #endregion

        Assert.Equal(filed.Hash, Assert.Single(known.Events.OfType<FiledForm>()).Hash);
        Assert.Equal(bytes, await new SubmissionLedger(backup, SystemClock.Instance).ReadFileAsync(filed.Hash));
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
