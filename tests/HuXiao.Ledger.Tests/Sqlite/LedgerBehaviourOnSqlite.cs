using HuXiao.Ledger.Tests.Recording;

namespace HuXiao.Ledger.Tests.Sqlite;

/// <summary>The ledger's behaviour over a SQLite file.</summary>
public sealed class LedgerBehaviourOnSqlite : LedgerBehaviour
{
    private readonly TempFolder _folder = new();

    private protected override async ValueTask<ILedgerStore> NewStoreAsync() => await SqliteLedgerStore.OpenAsync(_folder.File("ledger.db"));

    public override void Dispose()
    {
        _folder.Dispose();
        base.Dispose();
    }
}
