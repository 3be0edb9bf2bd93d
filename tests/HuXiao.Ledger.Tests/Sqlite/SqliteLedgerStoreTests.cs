using Microsoft.Data.Sqlite;
using NodaTime;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.Sqlite;

/// <summary>The SQLite file: created and marked on first use, kept across openings, append-only, and refused untouched when it is not a ledger.</summary>
public sealed class SqliteLedgerStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StepClock _clock = new(At(2017, 5, 31));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_new_file_is_created_on_first_use_marked_as_a_ledger_at_the_latest_schema_in_wal_mode()
    {
        var path = _folder.File("huxiao.db");

        using (var store = await SqliteLedgerStore.OpenAsync(path))
        {
            Assert.Equal(SqliteLedgerStore.LatestSchemaVersion, store.SchemaVersion);
            Assert.Equal(Path.GetFullPath(path), store.Path);
        }

        Assert.True(File.Exists(path));
        using var connection = Raw(path);
        Assert.Equal(0x48584C47L, Scalar(connection, "PRAGMA application_id;"));
        Assert.Equal((long)SqliteLedgerStore.LatestSchemaVersion, Scalar(connection, "PRAGMA user_version;"));
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task What_is_stored_is_there_when_the_file_is_opened_again()
    {
        var path = _folder.File("huxiao.db");
        var (bytes, reading) = Form(Zhongyuan);
        using (var store = await SqliteLedgerStore.OpenAsync(path))
        {
            var form = (await new SubmissionLedger(store, _clock).FileAsync(bytes, reading, "网页上传")).Event!;
            await new SubmissionLedger(store, _clock).AcceptAsync(form.Hash, "市局审核");
        }

        SqliteConnection.ClearAllPools();
        using var reopened = await SqliteLedgerStore.OpenAsync(path);
        var unit = await new SubmissionLedger(reopened, _clock).ReadUnitMonthAsync(Zhongyuan.Code, May);
        Assert.True(unit.IsClosed);
        Assert.Equal(bytes, await new SubmissionLedger(reopened, _clock).ReadFileAsync(unit.Current!.Hash));
    }

    [Fact]
    public async Task Records_and_files_cannot_be_changed_or_deleted_even_by_hand()
    {
        var path = _folder.File("huxiao.db");
        var (bytes, reading) = Form(Zhongyuan);
        using (var store = await SqliteLedgerStore.OpenAsync(path))
        {
            await new SubmissionLedger(store, _clock).FileAsync(bytes, reading, "网页上传");
        }

        using var connection = Raw(path);
        foreach (var sql in new[]
        {
            "UPDATE ledger_records SET unit_code = '410103';",
            "DELETE FROM ledger_records;",
            "UPDATE ledger_contents SET content = x'00';",
            "DELETE FROM ledger_contents;",
        })
        {
            var error = Assert.Throws<SqliteException>(() => Scalar(connection, sql));
            Assert.Contains("append-only", error.Message);
        }

        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM ledger_records;"));
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused_and_left_as_it_was()
    {
        var path = _folder.File("notes.db");
        var text = "这不是数据库。This is not a database, just text someone named .db."u8.ToArray();
        File.WriteAllBytes(path, text);

        var error = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedgerStore.OpenAsync(path).AsTask());

        Assert.Equal(LedgerErrorCodes.NotALedger, error.Code);
        Assert.Contains(path, error.Message);
        Assert.Equal(text, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Another_programs_sqlite_database_is_refused_and_left_as_it_was()
    {
        var path = _folder.File("other.db");
        using (var connection = Raw(path))
        {
            Scalar(connection, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('x');");
        }

        SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(path);

        var error = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedgerStore.OpenAsync(path).AsTask());

        Assert.Equal(LedgerErrorCodes.NotALedger, error.Code);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_ledger_of_a_newer_schema_is_refused_and_left_as_it_was()
    {
        var path = _folder.File("huxiao.db");
        (await SqliteLedgerStore.OpenAsync(path)).Dispose();
        using (var connection = Raw(path))
        {
            Scalar(connection, $"PRAGMA user_version = {SqliteLedgerStore.LatestSchemaVersion + 1};");
        }

        SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(path);

        var error = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedgerStore.OpenAsync(path).AsTask());

        Assert.Equal(LedgerErrorCodes.NewerSchema, error.Code);
        Assert.Contains($"version {SqliteLedgerStore.LatestSchemaVersion + 1}", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_missing_folder_or_a_missing_file_opened_read_only_is_out_of_reach_and_nothing_is_created()
    {
        var inMissing = Path.Combine(_folder.Path, "no-such-folder", "huxiao.db");
        var missing = _folder.File("missing.db");

        var folderError = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedgerStore.OpenAsync(inMissing).AsTask());
        var fileError = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedgerStore.OpenAsync(missing, new SqliteLedgerOptions { ReadOnly = true }).AsTask());

        Assert.Equal(LedgerErrorCodes.StoreUnavailable, folderError.Code);
        Assert.Equal(LedgerErrorCodes.StoreUnavailable, fileError.Code);
        Assert.False(File.Exists(missing));
    }

    internal static SqliteConnection Raw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    internal static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
