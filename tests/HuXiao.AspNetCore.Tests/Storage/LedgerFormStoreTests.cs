using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HuXiao.Excel;
using HuXiao.Ledger;
using HuXiao.Reporting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HuXiao.AspNetCore.Tests.Storage;

/// <summary>The sample host with its forms kept in the submissions ledger (SQLite): uploads, review and reopening over HTTP.</summary>
public sealed class LedgerFormStoreTests : IDisposable
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly YearMonth May = new(2017, 5);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "huxiao-web-ledger-" + Guid.NewGuid().ToString("N"));
    private readonly List<IDisposable> _hosts = [];

    // 2017-06-05 10:00 in Zhengzhou: May's forms, due 2017-06-01, are 4 days late whatever their footer says.
    private readonly FakeClock _clock = new(Instant.FromUtc(2017, 6, 5, 2, 0));

    public LedgerFormStoreTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            host.Dispose();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string Db => Path.Combine(_folder, "huxiao.db");

    /// <summary>A host over the ledger file; a second call is the app restarted.</summary>
    private HttpClient Host()
    {
        var store = SqliteLedgerStore.OpenAsync(Db).AsTask().GetAwaiter().GetResult();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<IClock>(_clock);
            s.AddHuXiaoLedger(store);
        }));
        var client = factory.CreateClient();
        _hosts.Add(store);
        _hosts.Add(factory);
        _hosts.Add(client);
        return client;
    }

    private static byte[] Form(string code, int revision = 1, long schools = 6)
    {
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, UnitHierarchy.Zhengzhou2017[code], May)
            .SetTotal("A01", 10).SetTotal("A02", schools).SetTotal("A03", 4)
            .Build();
        report = report.ToBuilder().WithFiling(report.Filing with { Revision = revision, FiledOn = new LocalDate(2017, 5, 30) }).Build();
        return new ExcelFormWriter().Write(report);
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(Xlsx);
        return await client.PostAsync("/huxiao/forms", content);
    }

    private static async Task<JsonNode> Json(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private static async Task<JsonNode> UnitOf(HttpClient client, string code)
    {
        var month = await Json(await client.GetAsync("/huxiao/months/2017-05"));
        return month["units"]!.AsArray().Single(u => u!["code"]!.GetValue<string>() == code)!;
    }

    private static Task<HttpResponseMessage> Review(HttpClient client, object body)
        => client.PostAsJsonAsync("/huxiao/months/2017-05/units/410102/review", body);

    [Fact]
    public async Task Uploads_survive_a_restart_with_their_bytes()
    {
        var bytes = Form("410102");
        using (var response = await Upload(Host(), bytes))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var restarted = Host();
        Assert.Equal("late", (await UnitOf(restarted, "410102"))["status"]!.GetValue<string>());
        var filings = await Json(await restarted.GetAsync("/huxiao/months/2017-05/units/410102"));
        var form = filings["forms"]!.AsArray().Single()!;
        Assert.Equal(ContentHash.Of(bytes).ToString(), form["hash"]!.GetValue<string>());
        Assert.Equal(bytes.Length, form["length"]!.GetValue<long>());
    }

    [Fact]
    public async Task Lateness_is_judged_on_the_receipt_instant_not_on_the_footer_date()
    {
        var client = Host();
        using var response = await Upload(client, Form("410102"));
        var unit = await UnitOf(client, "410102");
        Assert.Equal("late", unit["status"]!.GetValue<string>());
        Assert.Equal("2017-06-05", unit["filingDate"]!.GetValue<string>());
        Assert.Equal(4, unit["daysLate"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_same_file_twice_is_kept_once()
    {
        var client = Host();
        var bytes = Form("410102");
        using var first = await Upload(client, bytes);
        using var second = await Upload(client, bytes);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var filings = await Json(await client.GetAsync("/huxiao/months/2017-05/units/410102"));
        Assert.Single(filings["forms"]!.AsArray());
    }

    [Fact]
    public async Task A_returned_form_no_longer_counts_a_corrected_revision_is_accepted_and_closes_the_month_until_reopened()
    {
        var client = Host();
        using (var response = await Upload(client, Form("410102", revision: 1, schools: 7)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var returned = await Review(client, new { verdict = "returned", role = "市局审核", reasons = new[] { "A02 与 A03 之和不等于 A01" } }))
        {
            Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
            Assert.Equal("returned", (await Json(returned))["state"]!.GetValue<string>());
        }

        var unit = await UnitOf(client, "410102");
        Assert.Equal("refused", unit["status"]!.GetValue<string>());

        // The same revision again is another file for a revision taken: 409 with the ledger's code.
        using (var taken = await Upload(client, Form("410102", revision: 1, schools: 6)))
        {
            Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
            Assert.Equal(LedgerErrorCodes.RevisionTaken, (await Json(taken))["code"]!.GetValue<string>());
        }

        using (var corrected = await Upload(client, Form("410102", revision: 2, schools: 6)))
        {
            Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        }

        using (var accepted = await Review(client, new { verdict = "accepted", role = "市局审核" }))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.True((await Json(accepted))["closed"]!.GetValue<bool>());
        }

        using (var closed = await Upload(client, Form("410102", revision: 3)))
        {
            Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
            Assert.Equal(LedgerErrorCodes.MonthClosed, (await Json(closed))["code"]!.GetValue<string>());
        }

        using (var reopened = await client.PostAsJsonAsync("/huxiao/months/2017-05/units/410102/reopen", new { role = "市局审核", reason = "单位申请更正" }))
        {
            Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
            Assert.False((await Json(reopened))["closed"]!.GetValue<bool>());
        }

        using (var third = await Upload(client, Form("410102", revision: 3)))
        {
            Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        }
    }

    [Theory]
    [InlineData("{\"verdict\":\"returned\",\"role\":\"市局审核\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"verdict\":\"maybe\",\"role\":\"市局审核\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"verdict\":\"accepted\",\"role\":\"  \"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"verdict\":\"accepted\",\"role\":\"市局审核\",\"form\":\"00\"}", HttpStatusCode.NotFound)]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    public async Task A_review_that_cannot_be_recorded_is_a_problem(string body, HttpStatusCode expected)
    {
        var client = Host();
        using var upload = await Upload(client, Form("410102"));
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/huxiao/months/2017-05/units/410102/review", content);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var filings = await Json(await client.GetAsync("/huxiao/months/2017-05/units/410102"));
        Assert.Equal("pending", filings["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_the_ledger_review_is_not_implemented_and_says_so()
    {
        using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/huxiao/months/2017-05/units/410102/review", new { verdict = "accepted", role = "市局审核" });
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("AddHuXiaoLedger", (await Json(response))["title"]!.GetValue<string>());
    }
}
