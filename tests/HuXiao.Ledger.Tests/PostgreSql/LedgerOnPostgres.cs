using HuXiao.Ledger.Tests.Recording;

namespace HuXiao.Ledger.Tests.PostgreSql;

/// <summary>The ledger's behaviour over PostgreSQL, each test in a schema of its own; skipped, saying why, without a server.</summary>
public sealed class LedgerBehaviourOnPostgres : LedgerBehaviour
{
    private readonly PostgresServer _server = new();

    private protected override async ValueTask<ILedgerStore> NewStoreAsync() => await PostgresLedgerStore.OpenAsync(_server.NewSchema());

    public override void Dispose()
    {
        _server.Dispose();
        base.Dispose();
    }
}

/// <summary>Concurrent uploads through several stores (as several web servers would) on one PostgreSQL schema.</summary>
public sealed class ConcurrentUploadsOnPostgres : ConcurrentUploads
{
    private readonly PostgresServer _server = new();

    private protected override async ValueTask<ILedgerStore[]> OpenStoresAsync(int count)
    {
        var connectionString = _server.NewSchema();
        var stores = new ILedgerStore[count];
        for (var i = 0; i < count; i++)
        {
            stores[i] = await PostgresLedgerStore.OpenAsync(connectionString);
        }

        return stores;
    }

    public override void Dispose()
    {
        _server.Dispose();
        base.Dispose();
    }
}
