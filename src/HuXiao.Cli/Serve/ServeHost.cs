using System.Net;
using HuXiao.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace HuXiao.Cli.Serve;

/// <summary>
/// What <c>huxiao serve</c> runs: the endpoints of HuXiao.AspNetCore under <c>/api</c> and the city office's pages at
/// the root, over the submissions ledger, on 127.0.0.1 only. The tests start the same host in-process.
/// </summary>
internal static class ServeHost
{
    /// <summary>Where the endpoints are mounted.</summary>
    internal const string ApiPrefix = "/api";

    /// <summary>Builds the app, not yet started.</summary>
    /// <param name="campaign">The campaign: form, rules, units, calendar.</param>
    /// <param name="store">The ledger's store, opened; the caller disposes it after the app stops.</param>
    /// <param name="port">The loopback port; 0 for any free one (<see cref="Address"/> says which).</param>
    /// <param name="clock">The clock that stamps receipts and reviews.</param>
    internal static WebApplication Create(CliCampaign campaign, ILedgerStore store, int port, IClock clock)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton(clock);
        builder.Services.AddHuXiao(o => o.Campaign = campaign.Campaign);
        builder.Services.AddHuXiaoAspNetCore();
        builder.Services.AddHuXiaoLedger(store);
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.MapHuXiao(ApiPrefix);
        app.MapHuXiaoPages(string.Empty, ApiPrefix);
        return app;
    }

    /// <summary>The address a started app listens on, such as <c>http://127.0.0.1:5017</c>.</summary>
    internal static string Address(WebApplication app)
        => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
