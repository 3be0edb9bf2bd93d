using System.Diagnostics;
using HuXiao.Ledger.Tests.Sqlite;
using HuXiao.Reporting;
using Microsoft.Data.Sqlite;
using NodaTime;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.Faults;

/// <summary>
/// A locked, read-only, full or damaged ledger file: each gets a clear, coded error, and what was stored before is
/// all still there (and the file untouched where the ledger cannot trust it).
/// </summary>
public sealed class StoreFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StepClock _clock = new(At(2017, 5, 31));
    private readonly string _path;

    public StoreFaultTests() => _path = _folder.File("huxiao.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_file_locked_by_another_writer_gives_busy_after_the_wait_and_loses_nothing()
    {
        var stored = await StoreSomeAsync(3);
        using var store = await SqliteLedgerStore.OpenAsync(_path, new SqliteLedgerOptions { BusyTimeoutSeconds = 1 });
        var ledger = new SubmissionLedger(store, _clock);
        var (bytes, reading) = Form(Guancheng);

        using (var other = SqliteLedgerStoreTests.Raw(_path))
        using (var hold = other.BeginTransaction(deferred: false))
        {
            var watch = Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<LedgerException>(() => ledger.FileAsync(bytes, reading, "网页上传").AsTask());
            watch.Stop();

            Assert.Equal(LedgerErrorCodes.StoreBusy, error.Code);
            Assert.Contains("1 s", error.Message);
            Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"gave up after {watch.Elapsed}");

            // Readers go on while the writer holds the file.
            Assert.Equal(stored.Length, (await ledger.MonthAsync(May)).Events.Count);
        }

        await AssertStillStoredAsync(stored);
        Assert.Equal(LedgerOutcomeStatus.Recorded, (await ledger.FileAsync(bytes, reading, "网页上传")).Status);
    }

    [Fact]
    public async Task A_ledger_opened_read_only_is_read_and_refuses_every_write()
    {
        var stored = await StoreSomeAsync(3);
        using var store = await SqliteLedgerStore.OpenAsync(_path, new SqliteLedgerOptions { ReadOnly = true });
        var ledger = new SubmissionLedger(store, _clock);
        var (bytes, reading) = Form(Guancheng);

        var file = await Assert.ThrowsAsync<LedgerException>(() => ledger.FileAsync(bytes, reading, "网页上传").AsTask());
        var accept = await Assert.ThrowsAsync<LedgerException>(() => ledger.AcceptAsync(stored.Last(f => f.UnitCode == Zhongyuan.Code).Hash, "市局审核").AsTask());

        Assert.True(store.IsReadOnly);
        Assert.Equal(LedgerErrorCodes.StoreReadOnly, file.Code);
        Assert.Equal(LedgerErrorCodes.StoreReadOnly, accept.Code);
        Assert.Equal(stored.Length, (await ledger.MonthAsync(May)).Events.Count);
        await AssertStillStoredAsync(stored);
    }

    [Fact]
    public async Task A_file_the_system_will_not_let_anyone_write_gives_read_only_and_loses_nothing()
    {
        var stored = await StoreSomeAsync(3);
        using var store = await SqliteLedgerStore.OpenAsync(_path);
        var ledger = new SubmissionLedger(store, _clock);
        var (bytes, reading) = Form(Guancheng);
        SqliteConnection.ClearAllPools();

        // Read-only for everyone, root included (chattr +i); as an ordinary user, taking the write bit is enough.
        using var immutable = ReadOnlyFile.Make(_path);

        var error = await Assert.ThrowsAsync<LedgerException>(() => ledger.FileAsync(bytes, reading, "网页上传").AsTask());

        Assert.Equal(LedgerErrorCodes.StoreReadOnly, error.Code);
        Assert.Contains("read-only", error.Message);
        immutable.Dispose();
        await AssertStillStoredAsync(stored);
    }

    [Fact]
    public async Task A_full_disk_gives_full_writes_nothing_and_the_filing_succeeds_once_there_is_room()
    {
        var stored = await StoreSomeAsync(3);
        var pages = (long)SqliteLedgerStoreTests.Scalar(SqliteLedgerStoreTests.Raw(_path), "PRAGMA page_count;")!;
        SqliteConnection.ClearAllPools();

        // A disk with room for a few more pages of 4 KB, and a workbook of 200 KB to file.
        using var full = await SqliteLedgerStore.OpenAsync(_path, new SqliteLedgerOptions { ConnectionOpened = c => Execute(c, $"PRAGMA max_page_count = {pages + 4};") });
        var ledger = new SubmissionLedger(full, _clock);
        var big = new byte[200 * 1024];
        new Random(7).NextBytes(big);
        var reading = Submission.Refused([new InputProblem("HX0402", null, "文件已损坏。", "The file is damaged.")], "410104-2017-05.xlsx", Guancheng, May);

        var error = await Assert.ThrowsAsync<LedgerException>(() => ledger.FileAsync(big, reading, "网页上传").AsTask());

        Assert.Equal(LedgerErrorCodes.StoreFull, error.Code);
        Assert.Null(await ledger.FindAsync(ContentHash.Of(big)));
        Assert.Null((await ledger.MonthAsync(May)).Find(Guancheng.Code));
        await AssertStillStoredAsync(stored);

        SqliteConnection.ClearAllPools();
        using var roomy = await SqliteLedgerStore.OpenAsync(_path);
        Assert.Equal(LedgerOutcomeStatus.Recorded, (await new SubmissionLedger(roomy, _clock).FileAsync(big, reading, "网页上传")).Status);
    }

    [Fact]
    public async Task A_damaged_file_is_refused_when_opened_and_the_ledger_does_not_touch_it()
    {
        await StoreSomeAsync(6, bigFiles: true);
        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(_path + "-wal") && new FileInfo(_path + "-wal").Length > 0);

        // Pages 2 to 4 (b-tree pages of the tables) overwritten with noise, as a bad sector or a stray write would.
        var bytes = File.ReadAllBytes(_path);
        var noise = new byte[3 * 4096];
        new Random(11).NextBytes(noise);
        noise.CopyTo(bytes, 4096);
        File.WriteAllBytes(_path, bytes);

        var error = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedgerStore.OpenAsync(_path).AsTask());

        Assert.Equal(LedgerErrorCodes.StoreCorrupt, error.Code);
        Assert.Contains("backup", error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(_path));
    }

    [Fact]
    public async Task A_damaged_header_is_refused_and_the_file_is_not_made_into_a_new_ledger()
    {
        await StoreSomeAsync(2);
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(_path);
        bytes[3] ^= 0xFF;
        File.WriteAllBytes(_path, bytes);

        var error = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedgerStore.OpenAsync(_path).AsTask());

        Assert.Equal(LedgerErrorCodes.NotALedger, error.Code);
        Assert.Contains("header is damaged", error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(_path));
    }

    [Fact]
    public async Task A_filed_file_whose_bytes_were_damaged_is_told_apart_by_its_hash()
    {
        var marker = Enumerable.Repeat((byte)0xA5, 64 * 1024).ToArray();
        var reading = Submission.Refused([new InputProblem("HX0402", null, "文件已损坏。", "The file is damaged.")], "410102.xlsx", Zhongyuan, May);
        FiledForm form;
        using (var store = await SqliteLedgerStore.OpenAsync(_path))
        {
            form = (await new SubmissionLedger(store, _clock).FileAsync(marker, reading, "网页上传")).Event!;
        }

        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(_path);
        var at = bytes.AsSpan().IndexOf(marker.AsSpan(0, 1024));
        Assert.True(at > 0);
        bytes[at + 100] = 0x5A;
        File.WriteAllBytes(_path, bytes);

        using var damaged = await SqliteLedgerStore.OpenAsync(_path);
        var error = await Assert.ThrowsAsync<LedgerException>(() => new SubmissionLedger(damaged, _clock).ReadFileAsync(form.Hash).AsTask());

        Assert.Equal(LedgerErrorCodes.StoreCorrupt, error.Code);
        Assert.Contains(form.Hash.ToString(), error.Message);
    }

    private async Task<FiledForm[]> StoreSomeAsync(int count, bool bigFiles = false)
    {
        using var store = await SqliteLedgerStore.OpenAsync(_path);
        var ledger = new SubmissionLedger(store, _clock);
        var forms = new List<FiledForm>();
        for (var i = 0; i < count; i++)
        {
            var unit = i % 2 == 0 ? Zhongyuan : Erqi;
            var (bytes, reading) = Form(unit, revision: (i / 2) + 1, campuses: 100 + i);
            if (bigFiles)
            {
                bytes = [.. bytes, .. new byte[32 * 1024]];
            }

            forms.Add((await ledger.FileAsync(bytes, reading, "网页上传")).Event!);
        }

        return [.. forms];
    }

    private async Task AssertStillStoredAsync(IReadOnlyList<FiledForm> stored)
    {
        SqliteConnection.ClearAllPools();
        using var store = await SqliteLedgerStore.OpenAsync(_path, new SqliteLedgerOptions { ReadOnly = true });
        var ledger = new SubmissionLedger(store, _clock);
        foreach (var form in stored)
        {
            var found = await ledger.FindAsync(form.Hash);
            Assert.NotNull(found);
            Assert.Equal(form.Sequence, found.Sequence);
            Assert.Equal(form.Length, (await ledger.ReadFileAsync(form.Hash))!.Length);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
