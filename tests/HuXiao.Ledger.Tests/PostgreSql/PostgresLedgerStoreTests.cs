using Npgsql;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.PostgreSql;

/// <summary>
/// The PostgreSQL store: its schema created and migrated from every earlier version, append-only in the database,
/// refusing tables that are not a ledger's and a newer schema, and a clear error for a server out of reach, a lock held
/// too long or a read-only session, losing nothing. Skipped, saying why, without a server (except the unreachable one).
/// </summary>
public sealed class PostgresLedgerStoreTests : IDisposable
{
    private static readonly (int, string, string)[] s_steps =
    [
        (1, "a table", "CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, a text NOT NULL);"),
        (2, "a column filled from another", "ALTER TABLE t ADD COLUMN b text; UPDATE t SET b = upper(a);"),
        (3, "an index and a second table", "CREATE INDEX t_b ON t (b); CREATE TABLE u (id integer PRIMARY KEY);"),
    ];

    private readonly PostgresServer _server = new();
    private readonly StepClock _clock = new(At(2017, 5, 31));

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_server_that_does_not_answer_is_out_of_reach()
    {
        var error = await Assert.ThrowsAsync<LedgerException>(() => PostgresLedgerStore.OpenAsync("Host=127.0.0.1;Port=1;Database=huxiao;Username=huxiao;Timeout=3").AsTask());

        Assert.Equal(LedgerErrorCodes.StoreUnavailable, error.Code);
        Assert.Contains("127.0.0.1:1/huxiao", error.Message);
    }

    [SkippableFact]
    public async Task A_new_schema_gets_the_ledger_and_what_is_stored_is_there_when_opened_again()
    {
        var connectionString = _server.NewSchema();
        var (bytes, reading) = Form(Zhongyuan);
        await using (var store = await PostgresLedgerStore.OpenAsync(connectionString))
        {
            Assert.Equal(PostgresLedgerStore.LatestSchemaVersion, store.SchemaVersion);
            var form = (await new SubmissionLedger(store, _clock).FileAsync(bytes, reading, "网页上传")).Event!;
            await new SubmissionLedger(store, _clock).AcceptAsync(form.Hash, "市局审核");
        }

        await using var reopened = await PostgresLedgerStore.OpenAsync(connectionString);
        var unit = await new SubmissionLedger(reopened, _clock).ReadUnitMonthAsync(Zhongyuan.Code, May);
        Assert.True(unit.IsClosed);
        Assert.Equal(bytes, await new SubmissionLedger(reopened, _clock).ReadFileAsync(unit.Current!.Hash));
        Assert.Equal((long)PostgresLedgerStore.LatestSchemaVersion, Convert.ToInt64(await ScalarAsync(connectionString, "SELECT version FROM huxiao_ledger_schema;")));
    }

    [SkippableFact]
    public async Task Records_and_files_cannot_be_changed_deleted_or_truncated_even_by_hand()
    {
        var connectionString = _server.NewSchema();
        var (bytes, reading) = Form(Zhongyuan);
        await using (var store = await PostgresLedgerStore.OpenAsync(connectionString))
        {
            await new SubmissionLedger(store, _clock).FileAsync(bytes, reading, "网页上传");
        }

        foreach (var sql in new[]
        {
            "UPDATE ledger_records SET unit_code = '410103';",
            "DELETE FROM ledger_records;",
            "TRUNCATE ledger_records CASCADE;",
            "UPDATE ledger_contents SET content = '\\x00';",
            "DELETE FROM ledger_contents;",
        })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connectionString, sql));
            Assert.Contains("append-only", error.MessageText);
        }

        Assert.Equal(1L, await ScalarAsync(connectionString, "SELECT count(*) FROM ledger_records;"));
    }

    [SkippableFact]
    public async Task Tables_of_the_same_names_that_are_not_a_ledger_are_refused_and_left_as_they_were()
    {
        var connectionString = _server.NewSchema();
        await ScalarAsync(connectionString, "CREATE TABLE ledger_records (id integer, note text); INSERT INTO ledger_records VALUES (1, 'ours');");

        var error = await Assert.ThrowsAsync<LedgerException>(() => PostgresLedgerStore.OpenAsync(connectionString).AsTask());

        Assert.Equal(LedgerErrorCodes.NotALedger, error.Code);
        Assert.Equal("ours", await ScalarAsync(connectionString, "SELECT note FROM ledger_records;"));
        Assert.Equal(false, await ScalarAsync(connectionString, "SELECT to_regclass('huxiao_ledger_schema') IS NOT NULL;"));
    }

    [SkippableFact]
    public async Task A_ledger_of_a_newer_schema_is_refused_and_left_as_it_was()
    {
        var connectionString = _server.NewSchema();
        (await PostgresLedgerStore.OpenAsync(connectionString)).Dispose();
        await ScalarAsync(connectionString, $"UPDATE huxiao_ledger_schema SET version = {PostgresLedgerStore.LatestSchemaVersion + 1};");

        var error = await Assert.ThrowsAsync<LedgerException>(() => PostgresLedgerStore.OpenAsync(connectionString).AsTask());

        Assert.Equal(LedgerErrorCodes.NewerSchema, error.Code);
        Assert.Equal(PostgresLedgerStore.LatestSchemaVersion + 1, Convert.ToInt32(await ScalarAsync(connectionString, "SELECT version FROM huxiao_ledger_schema;")));
    }

    [SkippableTheory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_database_of_any_earlier_version_is_brought_to_the_latest_keeping_its_data(int from)
    {
        var connectionString = _server.NewSchema();
        if (from > 0)
        {
            (await PostgresLedgerStore.OpenAsync(connectionString, new PostgresLedgerOptions(), s_steps[..from], CancellationToken.None)).Dispose();
            await ScalarAsync(connectionString, from == 1 ? "INSERT INTO t (a) VALUES ('kept');" : "INSERT INTO t (a, b) VALUES ('kept', 'KEPT');");
        }

        await using var store = await PostgresLedgerStore.OpenAsync(connectionString, new PostgresLedgerOptions(), s_steps, CancellationToken.None);

        Assert.Equal(3, store.SchemaVersion);
        Assert.Equal(3, Convert.ToInt32(await ScalarAsync(connectionString, "SELECT version FROM huxiao_ledger_schema;")));
        Assert.Equal(true, await ScalarAsync(connectionString, "SELECT to_regclass('u') IS NOT NULL;"));
        Assert.Equal(from > 0 ? "KEPT" : null, await ScalarAsync(connectionString, "SELECT b FROM t;") as string);
    }

    [SkippableFact]
    public async Task A_step_that_fails_leaves_the_database_at_the_version_it_had()
    {
        var connectionString = _server.NewSchema();
        (await PostgresLedgerStore.OpenAsync(connectionString, new PostgresLedgerOptions(), s_steps[..1], CancellationToken.None)).Dispose();
        (int, string, string)[] broken = [.. s_steps[..2], (3, "a mistake", "CREATE TABLE u (id integer); CREATE TABLE u (id integer);")];

        var error = await Assert.ThrowsAsync<LedgerException>(() => PostgresLedgerStore.OpenAsync(connectionString, new PostgresLedgerOptions(), broken, CancellationToken.None).AsTask());

        Assert.Contains("already exists", error.Message);
        Assert.Equal(1, Convert.ToInt32(await ScalarAsync(connectionString, "SELECT version FROM huxiao_ledger_schema;")));
        Assert.Equal(0L, await ScalarAsync(connectionString, "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 't' AND column_name = 'b';"));
    }

    [SkippableFact]
    public async Task Several_servers_opening_a_new_database_at_once_migrate_it_once()
    {
        var connectionString = _server.NewSchema();

        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => PostgresLedgerStore.OpenAsync(connectionString).AsTask())));

        Assert.All(stores, s => Assert.Equal(PostgresLedgerStore.LatestSchemaVersion, s.SchemaVersion));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_read_only_session_refuses_every_write_and_loses_nothing()
    {
        var schema = _server.NewSchema();
        var (bytes, reading) = Form(Zhongyuan);
        await using (var store = await PostgresLedgerStore.OpenAsync(schema))
        {
            await new SubmissionLedger(store, _clock).FileAsync(bytes, reading, "网页上传");
        }

        var readOnly = new NpgsqlConnectionStringBuilder(schema) { Options = "-c default_transaction_read_only=on" }.ToString();
        await using var replica = await PostgresLedgerStore.OpenAsync(readOnly);
        var ledger = new SubmissionLedger(replica, _clock);
        var (more, moreReading) = Form(Erqi);

        var error = await Assert.ThrowsAsync<LedgerException>(() => ledger.FileAsync(more, moreReading, "网页上传").AsTask());

        Assert.Equal(LedgerErrorCodes.StoreReadOnly, error.Code);
        Assert.Single((await ledger.MonthAsync(May)).Events);
    }

    [SkippableFact]
    public async Task A_lock_held_by_another_session_gives_busy_after_the_wait_and_loses_nothing()
    {
        var connectionString = _server.NewSchema();
        var (bytes, reading) = Form(Zhongyuan);
        await using var store = await PostgresLedgerStore.OpenAsync(connectionString, new PostgresLedgerOptions { LockTimeoutSeconds = 1 });
        var ledger = new SubmissionLedger(store, _clock);
        await ledger.FileAsync(bytes, reading, "网页上传");
        var (more, moreReading) = Form(Erqi);

        await using (var other = new NpgsqlConnection(connectionString))
        {
            await other.OpenAsync();
            await using var hold = await other.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE ledger_records IN EXCLUSIVE MODE;", other, hold))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            var error = await Assert.ThrowsAsync<LedgerException>(() => ledger.FileAsync(more, moreReading, "网页上传").AsTask());
            Assert.Equal(LedgerErrorCodes.StoreBusy, error.Code);
        }

        Assert.Single((await ledger.MonthAsync(May)).Events);
        Assert.Null(await ledger.FindAsync(ContentHash.Of(more)));
        Assert.Equal(LedgerOutcomeStatus.Recorded, (await ledger.FileAsync(more, moreReading, "网页上传")).Status);
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }
}
