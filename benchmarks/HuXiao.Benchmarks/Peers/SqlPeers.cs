using System.Data.Common;
using System.Diagnostics;
using DuckDB.NET.Data;
using HuXiao.Benchmarks.Data;
using Microsoft.Data.Sqlite;

namespace HuXiao.Benchmarks.Peers;

/// <summary>
/// A database peer: the leaf reports loaded into an in-memory table <c>leaves(grp, c0 … c91)</c> (a blank is
/// NULL), then rolled up with <c>GROUP BY</c> level by level, each level into a temporary table, computing per
/// cell the sum and the filled count (<c>COUNT(c)</c>), as HuXiao does. Loading is timed apart.
/// </summary>
public abstract class SqlPeer : IDisposable
{
    private readonly List<string> _rollUp = [];
    private readonly List<string> _cleanUp = [];

    protected SqlPeer(Dataset data)
    {
        Data = data;
        var levels = data.LevelParents.Length;
        var cells = Enumerable.Range(0, Dataset.Cells).ToArray();
        if (levels == 0)
        {
            _rollUp.Add($"CREATE TEMP TABLE troot AS SELECT {string.Join(", ", cells.Select(c => $"SUM(c{c}) AS s{c}").Concat(cells.Select(c => $"COUNT(c{c}) AS n{c}")))} FROM leaves");
        }
        else
        {
            _rollUp.Add($"CREATE TEMP TABLE t{levels - 1} AS SELECT grp AS g, {string.Join(", ", cells.Select(c => $"SUM(c{c}) AS s{c}").Concat(cells.Select(c => $"COUNT(c{c}) AS n{c}")))} FROM leaves GROUP BY grp");
            for (var l = levels - 2; l >= 0; l--)
            {
                _rollUp.Add($"CREATE TEMP TABLE t{l} AS SELECT m.par AS g, {string.Join(", ", cells.Select(c => $"SUM(t.s{c}) AS s{c}").Concat(cells.Select(c => $"COUNT(t.s{c}) AS n{c}")))} FROM t{l + 1} t JOIN map{l + 1} m ON m.g = t.g GROUP BY m.par");
            }

            _rollUp.Add($"CREATE TEMP TABLE troot AS SELECT {string.Join(", ", cells.Select(c => $"SUM(t.s{c}) AS s{c}").Concat(cells.Select(c => $"COUNT(t.s{c}) AS n{c}")))} FROM t0 t");
            for (var l = 0; l < levels; l++)
            {
                _cleanUp.Add($"DROP TABLE IF EXISTS t{l}");
            }
        }

        _cleanUp.Add("DROP TABLE IF EXISTS troot");
    }

    public Dataset Data { get; }

    public abstract string Name { get; }

    public double LoadMs { get; private set; }

    protected abstract DbConnection Connection { get; }

    public static string CreateTable(string integer) => $"CREATE TABLE leaves (grp {integer}, {string.Join(", ", Enumerable.Range(0, Dataset.Cells).Select(c => $"c{c} {integer}"))})";

    public void Load()
    {
        var clock = Stopwatch.StartNew();
        Execute(CreateTable("BIGINT"));
        for (var l = 1; l < Data.LevelParents.Length; l++)
        {
            Execute($"CREATE TABLE map{l} (g BIGINT, par BIGINT)");
            var parents = Data.LevelParents[l];
            for (var start = 0; start < parents.Length; start += 500)
            {
                var rows = Enumerable.Range(start, Math.Min(500, parents.Length - start)).Select(g => $"({g}, {parents[g]})");
                Execute($"INSERT INTO map{l} VALUES {string.Join(", ", rows)}");
            }
        }

        LoadLeaves();
        LoadMs = clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>The timed part: every level's GROUP BY into a temporary table.</summary>
    public void RollUp()
    {
        foreach (var sql in _rollUp)
        {
            Execute(sql);
        }
    }

    /// <summary>Untimed: drops the level tables and returns the root's 合计 of A01, to check all peers agree.</summary>
    public long RootTotalA01AndCleanUp()
    {
        long result;
        using (var command = Connection.CreateCommand())
        {
            command.CommandText = $"SELECT s{Dataset.Schema.Count} FROM troot";
            // DuckDB sums BIGINT into HUGEINT (BigInteger here); SQLite into a 64-bit integer.
            result = command.ExecuteScalar() switch
            {
                System.Numerics.BigInteger big => (long)big,
                var other => Convert.ToInt64(other, System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        foreach (var sql in _cleanUp)
        {
            Execute(sql);
        }

        return result;
    }

    public abstract void Dispose();

    protected abstract void LoadLeaves();

    protected void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

public sealed class SqlitePeer : SqlPeer
{
    private readonly SqliteConnection _connection;

    public SqlitePeer(Dataset data)
        : base(data)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("PRAGMA temp_store = MEMORY");
    }

    public override string Name => "sqlite";

    protected override DbConnection Connection => _connection;

    public override void Dispose() => _connection.Dispose();

    protected override void LoadLeaves()
    {
        var batch = Data.Current;
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO leaves VALUES ($g, {string.Join(", ", Enumerable.Range(0, Dataset.Cells).Select(c => $"$c{c}"))})";
        var group = insert.Parameters.Add("$g", SqliteType.Integer);
        var cells = Enumerable.Range(0, Dataset.Cells).Select(c => insert.Parameters.Add($"$c{c}", SqliteType.Integer)).ToArray();
        insert.Prepare();
        var raw = new long[batch.CellsPerReport];
        for (var i = 0; i < batch.Count; i++)
        {
            group.Value = Data.LeafGroup[i];
            batch.CopyRawValues(i, raw);
            var bits = batch.GetFilledBits(i);
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c].Value = (bits[c >> 6] & (1UL << c)) != 0 ? raw[c] : DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}

public sealed class DuckDbPeer : SqlPeer
{
    private readonly DuckDBConnection _connection;

    public DuckDbPeer(Dataset data)
        : base(data)
    {
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
    }

    public override string Name => "duckdb";

    protected override DbConnection Connection => _connection;

    public override void Dispose() => _connection.Dispose();

    protected override void LoadLeaves()
    {
        var batch = Data.Current;
        using var appender = _connection.CreateAppender("leaves");
        var raw = new long[batch.CellsPerReport];
        for (var i = 0; i < batch.Count; i++)
        {
            var row = appender.CreateRow();
            row.AppendValue((long?)Data.LeafGroup[i]);
            batch.CopyRawValues(i, raw);
            var bits = batch.GetFilledBits(i);
            for (var c = 0; c < Dataset.Cells; c++)
            {
                if ((bits[c >> 6] & (1UL << c)) != 0)
                {
                    row.AppendValue((long?)raw[c]);
                }
                else
                {
                    row.AppendNullValue();
                }
            }

            row.EndRow();
        }
    }
}
