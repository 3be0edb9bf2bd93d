using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HuXiao.AspNetCore.Tests;

/// <summary>The sample host's endpoints over HTTP, with synchronous I/O disallowed as on a real server.</summary>
public sealed class HuXiaoEndpointsTests : IDisposable
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly YearMonth May = new(2017, 5);
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public HuXiaoEndpointsTests()
    {
        // 2017-05-31 in Zhengzhou: May's forms are on time, and not yet due.
        var clock = new FakeClock(Instant.FromUtc(2017, 5, 31, 2, 0));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IClock>(clock)));
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static OrganisationUnit Unit(string code) => UnitHierarchy.Zhengzhou2017[code];

    private static MonthlyReport Form(string code, long campuses = 10)
        => MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, Unit(code), May)
            .SetTotal("A01", campuses).SetTotal("A02", campuses - 4).SetTotal("A03", 4)
            .Build();

    private static byte[] XlsxOf(MonthlyReport report) => new ExcelFormWriter().Write(report);

    private static ByteArrayContent Body(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private async Task<JsonNode> Month()
    {
        using var response = await _client.GetAsync("/huxiao/months/2017-05");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string StatusOf(JsonNode month, string code)
        => month["units"]!.AsArray().Single(u => u!["code"]!.GetValue<string>() == code)!["status"]!.GetValue<string>();

    [Fact]
    public void The_server_disallows_synchronous_io()
        => Assert.False(_factory.Server.AllowSynchronousIO);

    [Fact]
    public async Task A_good_xlsx_form_as_the_raw_body_is_read_kept_and_shown_as_filed()
    {
        using var response = await _client.PostAsync("/huxiao/forms", Body(XlsxOf(Form("410102")), Xlsx));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(read["succeeded"]!.GetValue<bool>());
        Assert.Equal(10, read["report"]!["total"]!["A01"]!.GetValue<long>());
        Assert.Equal("filed", StatusOf(await Month(), "410102"));
    }

    [Fact]
    public async Task A_json_form_in_a_multipart_upload_is_read_and_kept()
    {
        using var form = new MultipartFormDataContent();
        form.Add(Body(Encoding.UTF8.GetBytes(new ReportJsonSerializer().Serialize(Form("410103"))), "application/json"), "file", "410103.json");
        using var response = await _client.PostAsync("/huxiao/forms", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var month = await Month();
        Assert.Equal("filed", StatusOf(month, "410103"));
        Assert.Equal(10, month["rollUp"]!["total"]!["A01"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_form_with_a_bad_cell_is_422_with_the_problem_located_and_the_unit_shown_as_refused()
    {
        var good = XlsxOf(Form("410104"));
        var address = Assert.IsType<WorkbookCellLocator>(new ExcelFormReader().Read(good).Locator).CellAddress("A01", ReportRow.Total)!;
        using var edited = new MemoryStream();
        using (var workbook = new XLWorkbook(new MemoryStream(good)))
        {
            workbook.Worksheet(1).Cell(address).Value = "12所";
            workbook.SaveAs(edited);
        }

        using var form = new MultipartFormDataContent { { Body(edited.ToArray(), Xlsx), "file", "410104.xlsx" } };
        using var response = await _client.PostAsync("/huxiao/forms", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var first = problem["problems"]!.AsArray().Single(p => p!["indicator"]?.GetValue<string>() == "A01")!;
        Assert.Equal(ExcelErrorCodes.NotANumber, first["code"]!.GetValue<string>());
        Assert.EndsWith("!" + address, first["location"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(problem["stored"]!.GetValue<bool>());
        Assert.Equal("2017-05", problem["period"]!.GetValue<string>());
        Assert.Equal("refused", StatusOf(await Month(), "410104"));
    }

    [Fact]
    public async Task A_form_of_another_unit_than_the_upload_declares_is_refused_naming_both()
    {
        using var response = await _client.PostAsync("/huxiao/forms?unit=410103&period=2017-05", Body(XlsxOf(Form("410102")), Xlsx));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var conflict = problem["problems"]!.AsArray().First(p => p!["code"]!.GetValue<string>() == ExcelErrorCodes.IdentityConflict)!;
        Assert.Contains("410102", conflict["englishMessage"]!.GetValue<string>() + conflict["message"]!.GetValue<string>() + Unit("410102").Name, StringComparison.Ordinal);
        Assert.Contains(Unit("410103").Name, conflict["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_form_with_bad_values_is_422_with_their_paths_and_kept_as_refused()
    {
        var json = """{"schema":"zhengzhou-2017","unit":{"code":"410106","name":"上街分局"},"period":"2017-05","total":{"A01":"十","A99":1}}""";
        using var response = await _client.PostAsync("/huxiao/forms", Body(Encoding.UTF8.GetBytes(json), "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["$.total.A01", "$.total.A99"], problem["problems"]!.AsArray().Select(p => p!["location"]!.GetValue<string>()).Order());
        Assert.True(problem["stored"]!.GetValue<bool>());
        Assert.Equal("refused", StatusOf(await Month(), "410106"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_422_and_not_kept()
    {
        using var response = await _client.PostAsync("/huxiao/forms", Body("a,b\n1,2"u8.ToArray(), "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(ExcelErrorCodes.NotAWorkbook, problem["code"]!.GetValue<string>());
        Assert.False(problem["stored"]!.GetValue<bool>());
        Assert.Contains("CSV", problem["problems"]![0]!["englishMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_bomb_upload_is_refused_as_too_large()
    {
        using var bomb = new MemoryStream();
        using (var source = new MemoryStream(XlsxOf(Form("410105"))))
        {
            source.CopyTo(bomb);
        }

        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 20; i++)
            {
                stream.Write(zeros);
            }
        }

        Assert.True(bomb.Length < 1024 * 1024);
        using var response = await _client.PostAsync("/huxiao/forms", Body(bomb.ToArray(), Xlsx));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(ExcelErrorCodes.TooLarge, problem["code"]!.GetValue<string>());
        Assert.Equal("missing", StatusOf(await Month(), "410105"));
    }

    [Fact]
    public async Task A_body_past_the_read_limit_is_refused_as_too_large()
    {
        var huge = new byte[(int)ExcelReadLimits.Default.MaxFileBytes + (1024 * 1024)];
        "PK\u0003\u0004"u8.CopyTo(huge);
        using var response = await _client.PostAsync("/huxiao/forms", Body(huge, Xlsx));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Concurrent_uploads_are_all_kept_and_combined()
    {
        string[] codes = ["410102", "410103", "410104", "410105", "410106", "410108"];
        var uploads = codes.Select(async code =>
        {
            using var response = await _client.PostAsync("/huxiao/forms", Body(XlsxOf(Form(code, campuses: 20)), Xlsx));
            return response.StatusCode;
        });
        Assert.All(await Task.WhenAll(uploads), status => Assert.Equal(HttpStatusCode.OK, status));

        var month = await Month();
        Assert.Equal(codes, month["combined"]!.AsArray().Select(c => c!.GetValue<string>()).Order());
        Assert.Equal(20 * codes.Length, month["rollUp"]!["total"]!["A01"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_template_is_the_units_form_for_the_month()
    {
        using var response = await _client.GetAsync("/huxiao/templates/410102/2017-05");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType!.MediaType);
        var read = new ExcelFormReader().Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Unit("410102"), read.Unit);
        Assert.Equal(May, read.Period);
    }

    [Theory]
    [InlineData("/huxiao/templates/999999/2017-05", HttpStatusCode.NotFound)]
    [InlineData("/huxiao/templates/410102/2017-5月", HttpStatusCode.BadRequest)]
    [InlineData("/huxiao/months/May/briefing", HttpStatusCode.BadRequest)]
    [InlineData("/huxiao/months/2016-05/briefing", HttpStatusCode.NotFound)]
    public async Task A_bad_unit_or_month_is_a_problem_not_an_error(string path, HttpStatusCode expected)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_month_without_forms_lists_every_expected_unit_as_missing_not_yet_due()
    {
        var month = await Month();
        var units = month["units"]!.AsArray();
        Assert.Equal(UnitHierarchy.Zhengzhou2017.Leaves.Count(), units.Count);
        Assert.All(units, u => Assert.Equal("missing", u!["status"]!.GetValue<string>()));
        Assert.All(units, u => Assert.True(u!["notYetDue"]!.GetValue<bool>()));
        Assert.Equal("2017-06-01", month["due"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_briefing_is_an_html_page_of_the_month()
    {
        await _client.PostAsync("/huxiao/forms", Body(XlsxOf(Form("410102")), Xlsx));
        using var response = await _client.GetAsync("/huxiao/months/2017-05/briefing");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Unit("410102").Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_upload_keeps_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _client.PostAsync("/huxiao/forms", Body(XlsxOf(Form("410102")), Xlsx), cancelled.Token));
        Assert.Equal("missing", StatusOf(await Month(), "410102"));
    }
}
