using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Ledger;

/// <summary>
/// The ledger in one SQLite file (Microsoft.Data.Sqlite), the embedded default: created and brought to the current
/// schema the first time it is opened, written in write-ahead-log mode with every commit synced to disk, so a
/// process killed mid-write leaves the file as it was before or after that write. Appends from several threads and
/// processes are serialized by SQLite's write lock; readers are never blocked. A locked, read-only, full, damaged
/// or foreign file gets a <see cref="LedgerException"/> and is left as it was. Thread-safe; each call uses a
/// connection of its own from the pool.
/// </summary>
/// <remarks>
/// Back up the file with SQLite's online backup (<c>sqlite3 ledger.db ".backup copy.db"</c>) or by copying it while no
/// program has it open: a copy taken mid-write of the file alone may miss the last writes, which sit in the
/// <c>-wal</c> file beside it.
/// </remarks>
public sealed class SqliteLedgerStore : ILedgerStore, IDisposable
{
    private const string Columns = "sequence, kind, unit_code, period, version, recorded_at, hash, revision, payload";
    private static readonly YearMonthPattern s_period = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");
    private static readonly byte[] s_header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    private readonly string _connectionString;
    private readonly SqliteLedgerOptions _options;

    private SqliteLedgerStore(string path, string connectionString, SqliteLedgerOptions options, int schemaVersion)
    {
        Path = path;
        _connectionString = connectionString;
        _options = options;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The version of the schema this library writes; a file of a higher one is refused (<see cref="LedgerErrorCodes.NewerSchema"/>).</summary>
    public static int LatestSchemaVersion => SqliteSchema.Latest;

    /// <summary>The full path of the ledger file.</summary>
    public string Path { get; }

    /// <summary>The schema version of the file, once opened: <see cref="LatestSchemaVersion"/>.</summary>
    public int SchemaVersion { get; }

    /// <summary>Whether the ledger was opened for reading only.</summary>
    public bool IsReadOnly => _options.ReadOnly;

    /// <summary>
    /// Opens a ledger file, creating it when it does not exist (or is empty) and bringing an older one to the current
    /// schema, then checks its integrity.
    /// </summary>
    /// <param name="path">The file, for example <c>huxiao.db</c>; its folder must exist.</param>
    /// <param name="options">How to open it; by default read-write, waiting up to 30 s for another writer.</param>
    /// <param name="cancellationToken">Stops the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="LedgerException">
    /// The file is not a ledger (<see cref="LedgerErrorCodes.NotALedger"/>), of a newer schema
    /// (<see cref="LedgerErrorCodes.NewerSchema"/>), damaged (<see cref="LedgerErrorCodes.StoreCorrupt"/>), or
    /// cannot be opened, written or locked; the file is left as it was.
    /// </exception>
    public static ValueTask<SqliteLedgerStore> OpenAsync(string path, SqliteLedgerOptions? options = null, CancellationToken cancellationToken = default)
        => OpenAsync(path, options ?? new SqliteLedgerOptions(), SqliteSchema.Migrations, cancellationToken);

    internal static ValueTask<SqliteLedgerStore> OpenAsync(string path, SqliteLedgerOptions options, IReadOnlyList<SqliteMigration> migrations, CancellationToken cancellationToken)
    {
        var full = System.IO.Path.GetFullPath(Preconditions.CheckNotBlank(path));
        Preconditions.CheckArgument(options.BusyTimeoutSeconds >= 1, nameof(options), $"BusyTimeoutSeconds is {options.BusyTimeoutSeconds}; it must be 1 or more.");
        cancellationToken.ThrowIfCancellationRequested();
        CheckFile(full, options.ReadOnly);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = options.BusyTimeoutSeconds,
        }.ToString();

        var store = new SqliteLedgerStore(full, connectionString, options, 0);
        try
        {
            using var connection = store.Open();
            var version = SqliteSchema.Migrate(connection, migrations, options.ReadOnly, full);
            CheckIntegrity(connection, full);
            return ValueTask.FromResult(new SqliteLedgerStore(full, connectionString, options, version));
        }
        catch (SqliteException ex)
        {
            store.Dispose();
            throw SqliteFaults.Translate(ex, full, options.BusyTimeoutSeconds);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask<LedgerAppendResult> AppendAsync(LedgerRecord record, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(record);
        Preconditions.CheckArgument(record.Sequence == 0, nameof(record), "A record to append has sequence 0: the store gives it one.");
        Preconditions.CheckArgument(record.Hash is { } hash ? hash.Matches(content.Span) : content.IsEmpty, nameof(content), "A filing's content must have the record's hash; other records have no content.");
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var period = s_period.Format(record.Period);
            var last = Scalar(connection, "SELECT coalesce(max(version), 0) FROM ledger_records WHERE unit_code = $unit AND period = $period;", ("$unit", record.UnitCode), ("$period", period));
            if (last != record.Version - 1
                || (record.Hash is { } h && Scalar(connection, "SELECT count(*) FROM ledger_records WHERE hash = $hash;", ("$hash", h.ToArray())) > 0)
                || (record.Revision is { } r && Scalar(connection, "SELECT count(*) FROM ledger_records WHERE unit_code = $unit AND period = $period AND revision = $revision;", ("$unit", record.UnitCode), ("$period", period), ("$revision", r)) > 0))
            {
                return LedgerAppendResult.Conflict;
            }

            try
            {
                if (record.Hash is { } fileHash)
                {
                    Execute(connection, "INSERT INTO ledger_contents (hash, content) VALUES ($hash, $content);", ("$hash", fileHash.ToArray()), ("$content", content.ToArray()));
                }

                var sequence = Scalar(
                    connection,
                    "INSERT INTO ledger_records (kind, unit_code, period, version, recorded_at, hash, revision, payload) VALUES ($kind, $unit, $period, $version, $recorded, $hash, $revision, $payload) RETURNING sequence;",
                    ("$kind", (int)record.Kind),
                    ("$unit", record.UnitCode),
                    ("$period", period),
                    ("$version", record.Version),
                    ("$recorded", record.RecordedAt.ToUnixTimeTicks()),
                    ("$hash", record.Hash?.ToArray()),
                    ("$revision", record.Revision),
                    ("$payload", record.Payload));
                cancellationToken.ThrowIfCancellationRequested();
                transaction.Commit();
                return LedgerAppendResult.Appended(sequence);
            }
            catch (SqliteException ex) when (SqliteFaults.IsKeyTaken(ex))
            {
                return LedgerAppendResult.Conflict;
            }
        }));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LedgerRecord>> ReadUnitMonthAsync(string unitCode, YearMonth period, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(unitCode);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run(connection => Records(connection, $"SELECT {Columns} FROM ledger_records WHERE unit_code = $unit AND period = $period ORDER BY version;", ("$unit", unitCode), ("$period", s_period.Format(period)))));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LedgerRecord>> ReadPeriodAsync(YearMonth period, Instant asOf, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run(connection => Records(connection, $"SELECT {Columns} FROM ledger_records WHERE period = $period AND recorded_at <= $asOf ORDER BY sequence;", ("$period", s_period.Format(period)), ("$asOf", asOf.ToUnixTimeTicks()))));
    }

    /// <inheritdoc />
    public ValueTask<LedgerRecord?> FindFilingAsync(ContentHash hash, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run(connection => Records(connection, $"SELECT {Columns} FROM ledger_records WHERE hash = $hash;", ("$hash", hash.ToArray())).SingleOrDefault()));
    }

    /// <inheritdoc />
    public ValueTask<byte[]?> ReadContentAsync(ContentHash hash, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run(connection =>
        {
            using var command = Command(connection, "SELECT content FROM ledger_contents WHERE hash = $hash;", ("$hash", hash.ToArray()));
            return command.ExecuteScalar() as byte[];
        }));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LedgerRecord>> ReadAfterAsync(long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        Preconditions.CheckNonNegative(afterSequence);
        Preconditions.CheckPositive(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Run(connection => Records(connection, $"SELECT {Columns} FROM ledger_records WHERE sequence > $after ORDER BY sequence LIMIT $max;", ("$after", afterSequence), ("$max", maxCount))));
    }

    /// <summary>Closes the pooled connections to the file.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>The path and schema version.</summary>
    public override string ToString() => $"SQLite ledger {Path} (schema {SchemaVersion}{(IsReadOnly ? ", read-only" : string.Empty)})";

    private static void CheckFile(string path, bool readOnly)
    {
        var folder = System.IO.Path.GetDirectoryName(path);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new LedgerException(
                LedgerErrorCodes.StoreUnavailable,
                $"台账文件夹 {folder} 不存在：请先建立它。 · The ledger's folder {folder} does not exist: create it first.");
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            if (readOnly)
            {
                throw new LedgerException(
                    LedgerErrorCodes.StoreUnavailable,
                    $"没有台账文件 {path}，而它以只读方式打开：只读不会新建台账。 · There is no ledger file {path}, and it was opened read-only: a read-only ledger is never created.");
            }

            return;
        }

        if (file.Length == 0)
        {
            return;
        }

        Span<byte> header = stackalloc byte[16];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read < header.Length || !header.SequenceEqual(s_header))
        {
            throw new LedgerException(
                LedgerErrorCodes.NotALedger,
                $"{path} 不是 SQLite 数据库，因而不是护校台账（或其文件头已损坏）：台账不读取也不改动它。请指定台账文件；如它原本是台账，请从备份恢复。 · {path} is not an SQLite database, so not a HuXiao ledger (or its header is damaged): the ledger neither reads nor changes it. Name a ledger file; if this was one, restore it from a backup.");
        }
    }

    private static void CheckIntegrity(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check;";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read() && lines.Count < 5)
        {
            lines.Add(reader.GetString(0));
        }

        if (lines is not ["ok"])
        {
            throw new LedgerException(
                LedgerErrorCodes.StoreCorrupt,
                $"台账文件 {path} 未通过完整性检查（{string.Join("；", lines)}）：台账不再写入它。请从备份恢复；也可用 sqlite3 的 .recover 命令把能读的部分抢救到新文件。 · The ledger file {path} fails its integrity check ({string.Join("; ", lines)}): the ledger writes nothing more to it. Restore it from a backup, or salvage what can be read into a new file with sqlite3's .recover.");
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // Every commit reaches the disk before it returns: a filing acknowledged is a filing kept.
            Execute(connection, "PRAGMA synchronous = FULL;");
            _options.ConnectionOpened?.Invoke(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private T Run<T>(Func<SqliteConnection, T> work)
    {
        try
        {
            using var connection = Open();
            return work(connection);
        }
        catch (SqliteException ex)
        {
            throw SqliteFaults.Translate(ex, Path, _options.BusyTimeoutSeconds);
        }
    }

    private static IReadOnlyList<LedgerRecord> Records(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var records = new List<LedgerRecord>();
        while (reader.Read())
        {
            records.Add(new LedgerRecord(
                reader.GetInt64(0),
                (LedgerRecordKind)reader.GetInt32(1),
                reader.GetString(2),
                s_period.Parse(reader.GetString(3)).GetValueOrThrow(),
                reader.GetInt32(4),
                Instant.FromUnixTimeTicks(reader.GetInt64(5)),
                reader.IsDBNull(6) ? null : ContentHash.FromBytes((byte[])reader.GetValue(6)),
                reader.IsDBNull(7) ? null : reader.GetInt32(7),
                reader.GetString(8)));
        }

        return records;
    }

    private static long Scalar(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
