using Npgsql;

namespace HuXiao.Ledger;

/// <summary>
/// The PostgreSQL ledger's schema and how a database gets it: the tables go into the first schema of the connection's
/// search path; the version is kept in <c>huxiao_ledger_schema</c>; every step runs in one transaction under an advisory
/// lock, so several servers starting at once migrate once. A database whose <c>ledger_records</c> is not a HuXiao
/// ledger's, or of a newer version, is refused untouched.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The advisory lock that serializes migrations: "HXLG", as the SQLite file's application_id.</summary>
    internal const long LockKey = 0x48584C47;

    /// <summary>Every step of the schema, in order. A step, once released, is never changed: a change is a new step.</summary>
    internal static readonly IReadOnlyList<(int Version, string Description, string Sql)> Migrations =
    [
        (1, "The records (filings, reviews, reopenings) and the filed files, append-only.", """
            CREATE TABLE ledger_contents (
                hash bytea PRIMARY KEY CHECK (octet_length(hash) = 32),
                content bytea NOT NULL
            );
            CREATE TABLE ledger_records (
                sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                kind smallint NOT NULL CHECK (kind IN (1, 2, 3)),
                unit_code text NOT NULL CHECK (length(unit_code) > 0),
                period text NOT NULL CHECK (period ~ '^[0-9]{4}-[0-1][0-9]$'),
                version integer NOT NULL CHECK (version >= 1),
                recorded_at bigint NOT NULL,
                hash bytea UNIQUE REFERENCES ledger_contents (hash),
                revision integer CHECK (revision IS NULL OR (kind = 1 AND revision >= 1)),
                payload json NOT NULL,
                CHECK ((kind = 1) = (hash IS NOT NULL)),
                UNIQUE (unit_code, period, version),
                UNIQUE (unit_code, period, revision)
            );
            CREATE INDEX ledger_records_period ON ledger_records (period, recorded_at);
            CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
                END
            $$;
            CREATE TRIGGER ledger_records_append_only BEFORE UPDATE OR DELETE ON ledger_records FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
            CREATE TRIGGER ledger_records_no_truncate BEFORE TRUNCATE ON ledger_records FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
            CREATE TRIGGER ledger_contents_append_only BEFORE UPDATE OR DELETE ON ledger_contents FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
            CREATE TRIGGER ledger_contents_no_truncate BEFORE TRUNCATE ON ledger_contents FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
            """),
    ];

    internal static int Latest => Migrations[^1].Version;

    /// <summary>Brings the database to the last step's version, or refuses it; returns the version.</summary>
    internal static async Task<int> MigrateAsync(NpgsqlConnection connection, IReadOnlyList<(int Version, string Description, string Sql)> migrations, string where, CancellationToken cancellationToken)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration {i + 1} is numbered {migrations[i].Version}: the steps are numbered 1, 2, 3, … in order.");
            }
        }

        var latest = migrations.Count;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey});", cancellationToken).ConfigureAwait(false);
        var marked = await ScalarAsync(connection, "SELECT to_regclass('huxiao_ledger_schema') IS NOT NULL;", cancellationToken).ConfigureAwait(false) is true;
        var version = 0;
        if (marked)
        {
            version = Convert.ToInt32(await ScalarAsync(connection, "SELECT version FROM huxiao_ledger_schema WHERE application = 'huxiao-ledger';", cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (await ScalarAsync(connection, "SELECT to_regclass('ledger_records') IS NOT NULL OR to_regclass('ledger_contents') IS NOT NULL;", cancellationToken).ConfigureAwait(false) is true)
        {
            throw new LedgerException(
                LedgerErrorCodes.NotALedger,
                $"{where} 中已有 ledger_records 或 ledger_contents 表，但不是护校台账：台账不读取也不改动它们。请换一个数据库或模式（search_path）。 · {where} already has a ledger_records or ledger_contents table that is not a HuXiao ledger's: the ledger neither reads nor changes them. Use another database or schema (search_path).");
        }
        else
        {
            await ExecuteAsync(connection, "CREATE TABLE huxiao_ledger_schema (application text PRIMARY KEY CHECK (application = 'huxiao-ledger'), version integer NOT NULL CHECK (version >= 0)); INSERT INTO huxiao_ledger_schema VALUES ('huxiao-ledger', 0);", cancellationToken).ConfigureAwait(false);
        }

        if (version > latest)
        {
            throw new LedgerException(
                LedgerErrorCodes.NewerSchema,
                $"{where} 中的台账结构是第 {version} 版，由更新版本的 HuXiao 写入；本版本只认识到第 {latest} 版。请升级 HuXiao 后再打开，数据库未被改动。 · The ledger in {where} is at schema version {version}, written by a newer HuXiao; this version knows up to {latest}. Upgrade HuXiao to open it; the database was not changed.");
        }

        foreach (var (step, _, sql) in migrations.Where(m => m.Version > version))
        {
            await ExecuteAsync(connection, sql, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"UPDATE huxiao_ledger_schema SET version = {step};", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Math.Max(version, latest);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
