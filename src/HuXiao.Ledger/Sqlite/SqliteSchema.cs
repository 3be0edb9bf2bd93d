using Microsoft.Data.Sqlite;

namespace HuXiao.Ledger;

/// <summary>
/// The SQLite ledger's schema and how a file gets it: a new file is created with every step, an older one is brought
/// forward step by step, all in one transaction (a failed step leaves the file at the version it had), and a file
/// that is not a ledger, or is of a newer version, is refused untouched. A ledger file is marked by its
/// <c>application_id</c> (<see cref="ApplicationId"/>) and versioned by its <c>user_version</c>.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The <c>application_id</c> of a HuXiao ledger file: "HXLG".</summary>
    internal const int ApplicationId = 0x48584C47;

    /// <summary>Every step of the schema, in order. A step, once released, is never changed: a change is a new step.</summary>
    internal static readonly IReadOnlyList<SqliteMigration> Migrations =
    [
        new(1, "The records (filings, reviews, reopenings) and the filed files, append-only.", """
            CREATE TABLE ledger_contents (
                hash BLOB PRIMARY KEY NOT NULL CHECK (length(hash) = 32),
                content BLOB NOT NULL
            );
            CREATE TABLE ledger_records (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                kind INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
                unit_code TEXT NOT NULL CHECK (length(unit_code) > 0),
                period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
                version INTEGER NOT NULL CHECK (version >= 1),
                recorded_at INTEGER NOT NULL,
                hash BLOB REFERENCES ledger_contents (hash),
                revision INTEGER CHECK (revision IS NULL OR (kind = 1 AND revision >= 1)),
                payload TEXT NOT NULL CHECK (json_valid(payload)),
                CHECK ((kind = 1) = (hash IS NOT NULL)),
                UNIQUE (unit_code, period, version)
            );
            CREATE UNIQUE INDEX ledger_records_hash ON ledger_records (hash) WHERE hash IS NOT NULL;
            CREATE UNIQUE INDEX ledger_records_revision ON ledger_records (unit_code, period, revision) WHERE revision IS NOT NULL;
            CREATE INDEX ledger_records_period ON ledger_records (period, recorded_at);
            CREATE TRIGGER ledger_records_no_update BEFORE UPDATE ON ledger_records
                BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: records are never changed'); END;
            CREATE TRIGGER ledger_records_no_delete BEFORE DELETE ON ledger_records
                BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: records are never deleted'); END;
            CREATE TRIGGER ledger_contents_no_update BEFORE UPDATE ON ledger_contents
                BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: filed files are never changed'); END;
            CREATE TRIGGER ledger_contents_no_delete BEFORE DELETE ON ledger_contents
                BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: filed files are never deleted'); END;
            """),
    ];

    /// <summary>The version of the schema this library writes.</summary>
    internal static int Latest => Migrations[^1].Version;

    /// <summary>Brings the file behind a connection to the last step's version, or refuses it; returns the version.</summary>
    /// <exception cref="LedgerException">Not a ledger, a newer version, or a read-only file that needs a change.</exception>
    internal static int Migrate(SqliteConnection connection, IReadOnlyList<SqliteMigration> migrations, bool readOnly, string path)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration {i + 1} is numbered {migrations[i].Version}: the steps are numbered 1, 2, 3, … in order.");
            }
        }

        var latest = migrations.Count;
        var (applicationId, version, objects) = Identity(connection);
        Check(applicationId, version, objects, latest, path);
        if (!readOnly)
        {
            // Write-ahead logging: readers go on while one writer writes, and a process killed mid-write leaves the
            // file as it was before that write. It cannot be switched inside a transaction; it stays with the file
            // (a ledger restored from a dump gets it back here).
            Execute(connection, "PRAGMA journal_mode = WAL;");
        }

        if (applicationId == ApplicationId && version == latest)
        {
            return version;
        }

        if (readOnly)
        {
            throw new LedgerException(
                LedgerErrorCodes.StoreReadOnly,
                $"台账文件 {path} {(applicationId == 0 ? "还没有建立" : $"的结构是第 {version} 版，需升级到第 {latest} 版")}，而它以只读方式打开：请先以可写方式打开一次。 · The ledger file {path} {(applicationId == 0 ? "has not been created yet" : $"is at schema version {version} and needs version {latest}")}, and it was opened read-only: open it writable once first.");
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        (applicationId, version, objects) = Identity(connection);
        Check(applicationId, version, objects, latest, path);
        if (applicationId == 0)
        {
            Execute(connection, $"PRAGMA application_id = {ApplicationId};");
        }

        foreach (var migration in migrations.Where(m => m.Version > version))
        {
            Execute(connection, migration.Sql);
            Execute(connection, $"PRAGMA user_version = {migration.Version};");
        }

        transaction.Commit();
        return latest;
    }

    /// <summary>The <c>application_id</c>, <c>user_version</c> and number of schema objects of the file.</summary>
    internal static (int ApplicationId, int Version, long Objects) Identity(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema);";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2));
    }

    private static void Check(int applicationId, int version, long objects, int latest, string path)
    {
        if (applicationId != ApplicationId && (applicationId != 0 || objects > 0 || version != 0))
        {
            throw new LedgerException(
                LedgerErrorCodes.NotALedger,
                $"{path} 是一个 SQLite 数据库，但不是护校台账：台账不读取也不改动它。请指定台账文件，或一个尚不存在的文件以新建台账。 · {path} is an SQLite database but not a HuXiao ledger: the ledger neither reads nor changes it. Name a ledger file, or a file that does not exist yet to create one.");
        }

        if (version > latest)
        {
            throw new LedgerException(
                LedgerErrorCodes.NewerSchema,
                $"台账文件 {path} 的结构是第 {version} 版，由更新版本的 HuXiao 写入；本版本只认识到第 {latest} 版。请升级 HuXiao 后再打开，文件未被改动。 · The ledger file {path} is at schema version {version}, written by a newer HuXiao; this version knows up to {latest}. Upgrade HuXiao to open it; the file was not changed.");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
