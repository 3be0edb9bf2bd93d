using Npgsql;
using NpgsqlTypes;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Ledger;

/// <summary>
/// The ledger in PostgreSQL (Npgsql), for platforms: the same records and guarantees as the SQLite file — append-only
/// (triggers refuse UPDATE, DELETE and TRUNCATE), the three unique keys kept by the database, a record and its file's
/// bytes committed in one transaction — with the schema created and migrated on first use, in the first schema of the
/// connection's search path. Safe to use from many threads and servers at once. Thread-safe.
/// </summary>
/// <remarks>
/// Back it up with <c>pg_dump</c>. To move a SQLite ledger here, copy its records in sequence order
/// (<see cref="ILedgerStore.ReadAfterAsync"/>, <see cref="ILedgerStore.ReadContentAsync"/>, <see cref="ILedgerStore.AppendAsync"/>):
/// the payloads are the same in every store.
/// </remarks>
public sealed class PostgresLedgerStore : ILedgerStore, IAsyncDisposable, IDisposable
{
    private const string Columns = "sequence, kind, unit_code, period, version, recorded_at, hash, revision, payload::text";
    private static readonly YearMonthPattern s_period = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresLedgerOptions _options;

    private PostgresLedgerStore(NpgsqlDataSource dataSource, PostgresLedgerOptions options, string where, int schemaVersion)
    {
        _dataSource = dataSource;
        _options = options;
        Where = where;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The version of the schema this library writes; a database of a higher one is refused (<see cref="LedgerErrorCodes.NewerSchema"/>).</summary>
    public static int LatestSchemaVersion => PostgresSchema.Latest;

    /// <summary>The schema version of the database, once opened: <see cref="LatestSchemaVersion"/>.</summary>
    public int SchemaVersion { get; }

    /// <summary>Where the ledger is, for people: host, port, database and search path (never the password).</summary>
    public string Where { get; }

    /// <summary>Opens the ledger in a PostgreSQL database, creating its tables when they do not exist and bringing older ones to the current schema.</summary>
    /// <param name="connectionString">An Npgsql connection string, for example <c>Host=127.0.0.1;Database=huxiao;Username=huxiao;Password=…</c>.</param>
    /// <param name="options">How to use the database; by default waiting up to 30 s for a lock.</param>
    /// <param name="cancellationToken">Stops the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="LedgerException">
    /// The server cannot be reached (<see cref="LedgerErrorCodes.StoreUnavailable"/>), the database holds tables of the
    /// same names that are not a ledger (<see cref="LedgerErrorCodes.NotALedger"/>), or a ledger of a newer schema
    /// (<see cref="LedgerErrorCodes.NewerSchema"/>); the database is left as it was.
    /// </exception>
    public static ValueTask<PostgresLedgerStore> OpenAsync(string connectionString, PostgresLedgerOptions? options = null, CancellationToken cancellationToken = default)
        => OpenAsync(connectionString, options ?? new PostgresLedgerOptions(), PostgresSchema.Migrations, cancellationToken);

    internal static async ValueTask<PostgresLedgerStore> OpenAsync(string connectionString, PostgresLedgerOptions options, IReadOnlyList<(int Version, string Description, string Sql)> migrations, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotBlank(connectionString);
        Preconditions.CheckArgument(options.LockTimeoutSeconds >= 1, nameof(options), $"LockTimeoutSeconds is {options.LockTimeoutSeconds}; it must be 1 or more.");
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        settings.Options = $"{settings.Options} -c lock_timeout={options.LockTimeoutSeconds * 1000}".Trim();
        var where = $"PostgreSQL {settings.Host}:{settings.Port}/{settings.Database}{(string.IsNullOrEmpty(settings.SearchPath) ? string.Empty : $" (search_path {settings.SearchPath})")}";
        var dataSource = builder.Build();
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var version = await PostgresSchema.MigrateAsync(connection, migrations, where, cancellationToken).ConfigureAwait(false);
            return new PostgresLedgerStore(dataSource, options, where, version);
        }
        catch (NpgsqlException ex)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw PostgresFaults.Translate(ex, where, options.LockTimeoutSeconds);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<LedgerAppendResult> AppendAsync(LedgerRecord record, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(record);
        Preconditions.CheckArgument(record.Sequence == 0, nameof(record), "A record to append has sequence 0: the store gives it one.");
        Preconditions.CheckArgument(record.Hash is { } hash ? hash.Matches(content.Span) : content.IsEmpty, nameof(content), "A filing's content must have the record's hash; other records have no content.");
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (record.Hash is { } fileHash)
                {
                    await using var insertContent = new NpgsqlCommand("INSERT INTO ledger_contents (hash, content) VALUES (@hash, @content);", connection, transaction);
                    insertContent.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Bytea) { Value = fileHash.ToArray() });
                    insertContent.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = content.ToArray() });
                    await insertContent.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var insert = new NpgsqlCommand(
                    """
                    INSERT INTO ledger_records (kind, unit_code, period, version, recorded_at, hash, revision, payload)
                    SELECT @kind, @unit, @period, @version, @recorded, @hash, @revision, @payload
                    WHERE (SELECT coalesce(max(version), 0) FROM ledger_records WHERE unit_code = @unit AND period = @period) = @version - 1
                    RETURNING sequence;
                    """,
                    connection,
                    transaction);
                insert.Parameters.Add(new NpgsqlParameter("kind", NpgsqlDbType.Smallint) { Value = (short)record.Kind });
                insert.Parameters.Add(new NpgsqlParameter("unit", NpgsqlDbType.Text) { Value = record.UnitCode });
                insert.Parameters.Add(new NpgsqlParameter("period", NpgsqlDbType.Text) { Value = s_period.Format(record.Period) });
                insert.Parameters.Add(new NpgsqlParameter("version", NpgsqlDbType.Integer) { Value = record.Version });
                insert.Parameters.Add(new NpgsqlParameter("recorded", NpgsqlDbType.Bigint) { Value = record.RecordedAt.ToUnixTimeTicks() });
                insert.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Bytea) { Value = record.Hash is { } h ? h.ToArray() : DBNull.Value });
                insert.Parameters.Add(new NpgsqlParameter("revision", NpgsqlDbType.Integer) { Value = record.Revision is { } r ? r : DBNull.Value });
                insert.Parameters.Add(new NpgsqlParameter("payload", NpgsqlDbType.Json) { Value = record.Payload });
                if (await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long sequence)
                {
                    return LedgerAppendResult.Conflict;
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return LedgerAppendResult.Appended(sequence);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresFaults.UniqueViolation)
            {
                return LedgerAppendResult.Conflict;
            }
        }
        catch (NpgsqlException ex)
        {
            throw PostgresFaults.Translate(ex, Where, _options.LockTimeoutSeconds);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LedgerRecord>> ReadUnitMonthAsync(string unitCode, YearMonth period, CancellationToken cancellationToken)
        => RecordsAsync(
            $"SELECT {Columns} FROM ledger_records WHERE unit_code = @unit AND period = @period ORDER BY version;",
            [new NpgsqlParameter("unit", NpgsqlDbType.Text) { Value = Preconditions.CheckNotNull(unitCode) }, new NpgsqlParameter("period", NpgsqlDbType.Text) { Value = s_period.Format(period) }],
            cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LedgerRecord>> ReadPeriodAsync(YearMonth period, Instant asOf, CancellationToken cancellationToken)
        => RecordsAsync(
            $"SELECT {Columns} FROM ledger_records WHERE period = @period AND recorded_at <= @asOf ORDER BY sequence;",
            [new NpgsqlParameter("period", NpgsqlDbType.Text) { Value = s_period.Format(period) }, new NpgsqlParameter("asOf", NpgsqlDbType.Bigint) { Value = asOf.ToUnixTimeTicks() }],
            cancellationToken);

    /// <inheritdoc />
    public async ValueTask<LedgerRecord?> FindFilingAsync(ContentHash hash, CancellationToken cancellationToken)
        => (await RecordsAsync($"SELECT {Columns} FROM ledger_records WHERE hash = @hash;", [new NpgsqlParameter("hash", NpgsqlDbType.Bytea) { Value = hash.ToArray() }], cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public async ValueTask<byte[]?> ReadContentAsync(ContentHash hash, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT content FROM ledger_contents WHERE hash = @hash;", connection);
            command.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Bytea) { Value = hash.ToArray() });
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
        }
        catch (NpgsqlException ex)
        {
            throw PostgresFaults.Translate(ex, Where, _options.LockTimeoutSeconds);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LedgerRecord>> ReadAfterAsync(long afterSequence, int maxCount, CancellationToken cancellationToken)
        => RecordsAsync(
            $"SELECT {Columns} FROM ledger_records WHERE sequence > @after ORDER BY sequence LIMIT @max;",
            [new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = Preconditions.CheckNonNegative(afterSequence) }, new NpgsqlParameter("max", NpgsqlDbType.Integer) { Value = Preconditions.CheckPositive(maxCount) }],
            cancellationToken);

    /// <summary>Closes the store's connections.</summary>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Closes the store's connections.</summary>
    public void Dispose() => _dataSource.Dispose();

    /// <summary>Where the ledger is and its schema version.</summary>
    public override string ToString() => $"{Where} (ledger schema {SchemaVersion})";

    private async ValueTask<IReadOnlyList<LedgerRecord>> RecordsAsync(string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddRange(parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var records = new List<LedgerRecord>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                records.Add(new LedgerRecord(
                    reader.GetInt64(0),
                    (LedgerRecordKind)reader.GetInt16(1),
                    reader.GetString(2),
                    s_period.Parse(reader.GetString(3)).GetValueOrThrow(),
                    reader.GetInt32(4),
                    Instant.FromUnixTimeTicks(reader.GetInt64(5)),
                    reader.IsDBNull(6) ? null : ContentHash.FromBytes(reader.GetFieldValue<byte[]>(6)),
                    reader.IsDBNull(7) ? null : reader.GetInt32(7),
                    reader.GetString(8)));
            }

            return records;
        }
        catch (NpgsqlException ex)
        {
            throw PostgresFaults.Translate(ex, Where, _options.LockTimeoutSeconds);
        }
    }
}
