using System.Globalization;
using HuXiao.Cli.Serve;
using HuXiao.Ledger;
using Microsoft.Extensions.Hosting;

namespace HuXiao.Cli.Commands;

/// <summary>
/// <c>serve [--db FILE] [--port N]</c>: the city office's pages and the HuXiao endpoints (under <c>/api</c>) on
/// 127.0.0.1, every uploaded form kept in the submissions ledger, until Ctrl+C or SIGTERM.
/// </summary>
internal sealed class ServeCommand : ICommand
{
    /// <summary>The port when <c>--port</c> is not given.</summary>
    internal const int DefaultPort = 5017;

    /// <summary>The ledger file when <c>--db</c> is not given.</summary>
    internal const string DefaultDb = "huxiao.db";

    public string Name => "serve";

    public string Usage => $"serve [--db FILE] [--port N]   the city office's pages and the endpoints (/api) on http://127.0.0.1:N (default {DefaultPort}), every form kept in the ledger FILE (default {DefaultDb}, created on first use); Ctrl+C stops";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--db", "--port"]);
        if (a.Positional.Count > 0)
        {
            throw new CliUsageException($"serve: 不接受位置参数 '{a.Positional[0]}'。 serve takes no positional argument ('{a.Positional[0]}'); give the ledger as --db FILE.");
        }

        var port = DefaultPort;
        if (a.Option("--port") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new CliUsageException($"serve: --port 应为 1 到 65535 之间的整数，而不是 '{text}'。 --port is a whole number from 1 to 65535, not '{text}'.");
        }

        var campaign = CliCampaign.Of(Name, a);
        var db = Path.GetFullPath(a.Option("--db") ?? DefaultDb);
        using var store = SqliteLedgerStore.OpenAsync(db).AsTask().GetAwaiter().GetResult();
        using var app = ServeHost.Create(campaign, store, port, context.Clock);
        app.Start();
        var address = ServeHost.Address(app);
        context.Out.WriteLine($"huxiao serve: {address}/ （台账 ledger {db}；专项工作 campaign {campaign.Campaign.Id}）");
        context.Out.WriteLine($"  页面 pages {address}/   接口 endpoints {address}{ServeHost.ApiPrefix}/months/{{period}}   按 Ctrl+C 停止 press Ctrl+C to stop");
        app.WaitForShutdown();
        context.Out.WriteLine("huxiao serve: 已停止 stopped.");
        return ExitCodes.Ok;
    }
}
