using Npgsql;

namespace HuXiao.Ledger.Tests.PostgreSql;

/// <summary>
/// The PostgreSQL server the ledger's tests run against, named by the <c>HUXIAO_LEDGER_POSTGRES</c> connection string
/// (<c>bash .ci/ledger-postgres</c> starts one on 127.0.0.1 and sets it). Without it, or when it does not answer, the
/// PostgreSQL tests are skipped, saying why. Each test gets a schema of its own, dropped afterwards.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    internal const string Variable = "HUXIAO_LEDGER_POSTGRES";

    private static readonly Lazy<string?> s_whyNot = new(Probe);
    private readonly List<string> _schemas = [];

    /// <summary>Skips the test, saying why, unless the server answers.</summary>
    internal static void SkipUnlessReachable() => Skip.If(s_whyNot.Value is not null, s_whyNot.Value);

    /// <summary>A connection string whose search path is a new, empty schema.</summary>
    internal string NewSchema(string? extraOptions = null)
    {
        SkipUnlessReachable();
        var name = "hx_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable)))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {name};", connection);
            command.ExecuteNonQuery();
        }

        _schemas.Add(name);
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable)) { SearchPath = name };
        if (extraOptions is not null)
        {
            builder.Options = $"{builder.Options} {extraOptions}".Trim();
        }

        return builder.ToString();
    }

    public void Dispose()
    {
        if (_schemas.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
        connection.Open();
        foreach (var schema in _schemas)
        {
            using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE;", connection);
            command.ExecuteNonQuery();
        }
    }

    private static string? Probe()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"No PostgreSQL server: set {Variable} to an Npgsql connection string to run the ledger's tests against PostgreSQL (bash .ci/ledger-postgres starts a server on 127.0.0.1, sets it and runs them).";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5 };
            using var connection = new NpgsqlConnection(builder.ToString());
            connection.Open();
            using var command = new NpgsqlCommand("SELECT 1;", connection);
            command.ExecuteScalar();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return $"The PostgreSQL server of {Variable} did not answer ({ex.Message}): the ledger's PostgreSQL tests are skipped.";
        }
    }
}
