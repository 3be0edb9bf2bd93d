using HuXiao.Ledger.Tests.Recording;

namespace HuXiao.Ledger.Tests.Sqlite;

/// <summary>Concurrent uploads through several stores opened on one SQLite file, each call on a connection of its own.</summary>
public sealed class ConcurrentUploadsOnSqlite : ConcurrentUploads
{
    private readonly TempFolder _folder = new();

    private protected override async ValueTask<ILedgerStore[]> OpenStoresAsync(int count)
    {
        var stores = new ILedgerStore[count];
        for (var i = 0; i < count; i++)
        {
            stores[i] = await SqliteLedgerStore.OpenAsync(_folder.File("ledger.db"));
        }

        return stores;
    }

    public override void Dispose()
    {
        _folder.Dispose();
        base.Dispose();
    }
}
