using HuXiao.Ledger.Tests.Faults;

namespace HuXiao.Ledger.Tests;

/// <summary>
/// The test assembly's entry point, for the fault tests' child process: <c>dotnet HuXiao.Ledger.Tests.dll
/// ledger-writer FILE SEED</c> writes to a SQLite ledger until it is killed (<see cref="LedgerWriter"/>). The test
/// runner does not use it.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["ledger-writer", var path, var seed])
        {
            return LedgerWriter.RunAsync(path, int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
        }

        Console.Error.WriteLine("usage: dotnet HuXiao.Ledger.Tests.dll ledger-writer FILE SEED");
        return 2;
    }
}
