using Microsoft.Data.Sqlite;
using static HuXiao.Ledger.Tests.Sqlite.SqliteLedgerStoreTests;

namespace HuXiao.Ledger.Tests.Sqlite;

/// <summary>
/// The SQLite ledger's schema migrations: a file of every earlier version is brought to the latest, step by step, in
/// one transaction; a failed step leaves the file as it was; the latest schema is the one committed beside these tests.
/// </summary>
public sealed class SqliteSchemaTests : IDisposable
{
    /// <summary>Three steps that change tables and move data, to test the runner whatever the real schema's history.</summary>
    private static readonly SqliteMigration[] s_steps =
    [
        new(1, "a table", "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL);"),
        new(2, "a column filled from another", "ALTER TABLE t ADD COLUMN b TEXT; UPDATE t SET b = upper(a);"),
        new(3, "an index and a second table", "CREATE INDEX t_b ON t (b); CREATE TABLE u (id INTEGER PRIMARY KEY);"),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_file_of_any_earlier_version_is_brought_to_the_latest_keeping_its_data(int from)
    {
        var path = _folder.File($"from-{from}.db");
        if (from > 0)
        {
            (await SqliteLedgerStore.OpenAsync(path, new SqliteLedgerOptions(), s_steps[..from], CancellationToken.None)).Dispose();
            using var connection = Raw(path);
            Scalar(connection, from == 1 ? "INSERT INTO t (a) VALUES ('kept');" : "INSERT INTO t (a, b) VALUES ('kept', 'KEPT');");
        }

        SqliteConnection.ClearAllPools();
        using var store = await SqliteLedgerStore.OpenAsync(path, new SqliteLedgerOptions(), s_steps, CancellationToken.None);

        Assert.Equal(3, store.SchemaVersion);
        using var check = Raw(path);
        Assert.Equal(3L, Scalar(check, "PRAGMA user_version;"));
        Assert.Equal(1L, Scalar(check, "SELECT count(*) FROM sqlite_schema WHERE name = 'u';"));
        Assert.Equal(from > 0 ? "KEPT" : null, Scalar(check, "SELECT b FROM t;"));
    }

    [Fact]
    public async Task A_step_that_fails_leaves_the_file_at_the_version_it_had()
    {
        var path = _folder.File("ledger.db");
        (await SqliteLedgerStore.OpenAsync(path, new SqliteLedgerOptions(), s_steps[..1], CancellationToken.None)).Dispose();
        SqliteConnection.ClearAllPools();
        SqliteMigration[] broken = [.. s_steps[..2], new(3, "a step with a mistake", "CREATE TABLE u (id INTEGER PRIMARY KEY); CREATE TABLE u (id INTEGER);")];

        var error = await Assert.ThrowsAsync<LedgerException>(() => SqliteLedgerStore.OpenAsync(path, new SqliteLedgerOptions(), broken, CancellationToken.None).AsTask());

        Assert.Contains("already exists", error.Message);
        SqliteConnection.ClearAllPools();
        using var check = Raw(path);
        Assert.Equal(1L, Scalar(check, "PRAGMA user_version;"));
        Assert.Equal(0L, Scalar(check, "SELECT count(*) FROM pragma_table_info('t') WHERE name = 'b';"));
    }

    [Fact]
    public async Task Steps_out_of_order_are_a_mistake_in_the_library_not_in_the_file()
    {
        SqliteMigration[] unordered = [s_steps[1], s_steps[0]];

        await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteLedgerStore.OpenAsync(_folder.File("x.db"), new SqliteLedgerOptions(), unordered, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Several_processes_opening_a_new_file_at_once_create_it_once()
    {
        var path = _folder.File("ledger.db");

        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => SqliteLedgerStore.OpenAsync(path).AsTask())));

        Assert.All(stores, s => Assert.Equal(SqliteLedgerStore.LatestSchemaVersion, s.SchemaVersion));
        foreach (var store in stores)
        {
            store.Dispose();
        }
    }

    [Fact]
    public async Task The_real_schema_from_every_earlier_version_is_the_one_committed_beside_these_tests()
    {
        var expected = File.ReadAllText(Path.Combine(SourceFolder(), "sqlite-schema.sql")).ReplaceLineEndings("\n");
        for (var from = 0; from < SqliteLedgerStore.LatestSchemaVersion; from++)
        {
            var path = _folder.File($"real-{from}.db");
            if (from > 0)
            {
                (await SqliteLedgerStore.OpenAsync(path, new SqliteLedgerOptions(), SqliteSchema.Migrations.Take(from).ToArray(), CancellationToken.None)).Dispose();
            }

            (await SqliteLedgerStore.OpenAsync(path)).Dispose();
            SqliteConnection.ClearAllPools();

            Assert.Equal(expected, SchemaText(path));
        }
    }

    [Fact]
    public async Task A_ledger_written_at_schema_version_1_opens_with_everything_in_it()
    {
        var path = _folder.File("v1.db");
        using (var connection = Raw(path))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = File.ReadAllText(Path.Combine(SourceFolder(), "Fixtures", "ledger-v1.sql"));
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        using var store = await SqliteLedgerStore.OpenAsync(path);
        var ledger = new SubmissionLedger(store, new StepClock(LedgerData.At(2017, 6, 10)));
        var known = await ledger.MonthAsync(LedgerData.May);

        Assert.Equal(SqliteLedgerStore.LatestSchemaVersion, store.SchemaVersion);
        Assert.Equal(["410102", "410103", "410104"], known.Units.Select(u => u.UnitCode));
        Assert.Equal(8, known.Events.Count);
        var zhongyuan = known.Find("410102")!;
        Assert.True(zhongyuan.IsClosed);
        Assert.Equal(2, zhongyuan.Current!.Revision);
        Assert.Equal(120, zhongyuan.Current.Reading.Report!.Total("A01"));
        Assert.Equal(ReviewState.Returned, zhongyuan.StateOf(zhongyuan.Forms[0]));
        Assert.Equal(["A01 与上月合计不衔接"], zhongyuan.LastReviewOf(zhongyuan.Forms[0])!.Reasons);
        var erqi = Assert.Single(known.Find("410103")!.Forms);
        Assert.False(erqi.WasRead);
        Assert.Equal("邮件", erqi.Channel);
        var guancheng = known.Find("410104")!;
        Assert.Equal(ReviewState.Pending, guancheng.State);
        Assert.Equal("管城分局报告 A02 有误", Assert.IsType<Reopening>(guancheng.Events[^1]).Reason);
        foreach (var form in known.Events.OfType<FiledForm>())
        {
            Assert.Equal(form.Length, (await ledger.ReadFileAsync(form.Hash))!.Length);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(File.ReadAllText(Path.Combine(SourceFolder(), "sqlite-schema.sql")).ReplaceLineEndings("\n"), SchemaText(path));
    }

    /// <summary>The schema as text: every table, index and trigger, in name order, with the file's version.</summary>
    internal static string SchemaText(string path)
    {
        using var connection = Raw(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name;";
        using var reader = command.ExecuteReader();
        var text = new System.Text.StringBuilder();
        text.Append($"-- user_version {Scalar(connection, "PRAGMA user_version;")}, application_id {Scalar(connection, "PRAGMA application_id;")}\n");
        while (reader.Read())
        {
            text.Append(reader.GetString(0).ReplaceLineEndings("\n")).Append(";\n");
        }

        return text.ToString();
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
