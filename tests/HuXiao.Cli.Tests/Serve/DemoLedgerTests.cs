using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HuXiao.Cli.Serve;
using HuXiao.Ledger;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace HuXiao.Cli.Tests.Serve;

/// <summary>The demo leaves a ledger that <c>huxiao serve --db</c> opens, showing the month the demo reported.</summary>
public sealed class DemoLedgerTests
{
    [Fact]
    public async Task The_demo_ledger_holds_every_form_and_serve_shows_the_month_the_demo_reported()
    {
        Assert.Equal(0, DemoRun.Outcome.ExitCode);
        var db = DemoRun.Out("huxiao.db");
        Assert.Contains($"huxiao serve --db {db}", DemoRun.Outcome.Out);

        using var store = await SqliteLedgerStore.OpenAsync(db);
        var ledger = new SubmissionLedger(store, new FakeClock(Instant.FromUtc(2100, 1, 1, 0, 0)));
        var january = await ledger.MonthAsync(new YearMonth(2018, 1));
        Assert.Equal(15, january.Units.Count);
        Assert.DoesNotContain(january.Units, u => u.UnitCode == "410185");

        // The same host serve runs, over the demo's ledger (its clock after the demo ran: the ledger is read as of now): the month as the demo's summary told it.
        var app = ServeHost.Create(CliCampaign.BuiltIn, store, port: 0, new FakeClock(Instant.FromUtc(2100, 1, 1, 0, 0)));
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(ServeHost.Address(app)) };
            var month = JsonNode.Parse(await http.GetStringAsync("/api/months/2018-01"))!;
            string Status(string code) => month["units"]!.AsArray().Single(u => u!["code"]!.GetValue<string>() == code)!["status"]!.GetValue<string>();
            Assert.Equal("missing", Status("410185"));
            Assert.Equal("late", Status("410122"));
            Assert.Equal("filed-with-errors", Status("410105"));
            Assert.Contains("410122 中牟县公安局 on 2018-02-03, 2 day(s) late", DemoRun.Outcome.Out);

            // The unit's page shows when the form came as the campaign's clock shows it (the demo files at 09:00 there),
            // naming the zone, not the UTC instant (01:00) a clerk in Zhengzhou would misread.
            var page = await http.GetStringAsync("/months/2018-01/units/410122");
            Assert.Contains("Asia/Shanghai", page);
            Assert.Contains("2018-02-03 09:00", page);
            Assert.DoesNotContain("2018-02-03 01:00", page);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
