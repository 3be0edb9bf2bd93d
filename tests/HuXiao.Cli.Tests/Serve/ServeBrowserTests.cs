using System.Text.RegularExpressions;
using HuXiao.Calendar;
using HuXiao.Cli.Samples;
using HuXiao.Cli.Serve;
using HuXiao.Excel;
using HuXiao.Ledger;
using HuXiao.Reporting;
using Microsoft.AspNetCore.Builder;
using NodaTime;
using NodaTime.Testing;
using PuppeteerSharp;
using Xunit;

namespace HuXiao.Cli.Tests.Serve;

/// <summary>
/// <c>huxiao serve</c> in a real browser (headless Debian chromium): the host <c>serve</c> runs, started in-process on
/// a free port with a new ledger, and a city office's month worked through its pages. Screenshots go to
/// <c>HUXIAO_SCREENSHOTS</c> when set (docs/images is made that way), otherwise to the test's scratch folder.
/// </summary>
public sealed partial class ServeBrowserTests : IAsyncLifetime
{
    private static readonly YearMonth May = new(2017, 5);
    private readonly TempDirectory _temp = new();
    private SqliteLedgerStore? _store;
    private WebApplication? _app;
    private IBrowser? _browser;
    private string _address = string.Empty;

    private string Shots => Environment.GetEnvironmentVariable("HUXIAO_SCREENSHOTS") is { Length: > 0 } dir ? dir : _temp.Path;

    public async Task InitializeAsync()
    {
        if (Chromium.Path is null)
        {
            return;
        }

        // 2017-05-31 10:00 in Zhengzhou: May's forms, due 2017-06-01, are on time.
        var clock = new FakeClock(Instant.FromUtc(2017, 5, 31, 2, 0));
        _store = await SqliteLedgerStore.OpenAsync(_temp.File("huxiao.db"));
        _app = ServeHost.Create(CliCampaign.BuiltIn, _store, port: 0, clock);
        await _app.StartAsync();
        _address = ServeHost.Address(_app);
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            DefaultViewport = new ViewPortOptions { Width = 1200, Height = 900 },
            UserDataDir = _temp.File("chromium-profile"),
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _store?.Dispose();
        _temp.Dispose();
    }

    [BrowserFact]
    public async Task A_form_with_problems_is_returned_corrected_and_accepted_and_the_briefing_opens()
    {
        var page = await _browser!.NewPageAsync();
        var zhongyuan = UnitHierarchy.Zhengzhou2017["410102"];

        // A form whose 其中 rows (A02 + A03) do not add up to A01, uploaded from the month's page.
        var wrong = WriteForm(zhongyuan, revision: 1, addToA03: 1, "410102-2017-05.xlsx");
        await page.GoToAsync($"{_address}/months/2017-05");
        Assert.Contains("missing", await Text(page, "#units tr[data-unit='410102']"));
        await Upload(page, wrong);

        // Its unit's page: filed with errors, each problem with its cell.
        Assert.EndsWith("/months/2017-05/units/410102", page.Url);
        Assert.Contains("filed-with-errors", await Text(page, "#status"));
        var cells = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#problems td.cell')].map(c => c.textContent)");
        Assert.Contains(cells, c => CellReference().IsMatch(c));
        await Shot(page, "serve-unit-problems.png");

        // Returned with a reason: the month no longer counts it.
        await page.TypeAsync("textarea[name=reason]", "A02 与 A03 之和不等于 A01，请核对");
        await Navigate(page, () => page.ClickAsync("button[value=returned]"));
        var filings = await Text(page, "#filings");
        Assert.Contains("returned", filings);
        Assert.Contains("A02 与 A03 之和不等于 A01，请核对", filings);
        Assert.Contains("refused", await Text(page, "#status"));
        await Shot(page, "serve-unit-returned.png");

        // The corrected revision, uploaded from the unit's page, then accepted: the month is closed.
        var corrected = WriteForm(zhongyuan, revision: 2, addToA03: 0, "410102-2017-05-r2.xlsx");
        await Upload(page, corrected);
        Assert.Contains("filed", await Text(page, "#status"));
        Assert.DoesNotContain("filed-with-errors", await Text(page, "#status"));
        await Navigate(page, () => page.ClickAsync("button[value=accepted]"));
        Assert.Contains("accepted", await Text(page, "#filings"));
        Assert.NotNull(await page.QuerySelectorAsync("form.reopen"));
        Assert.Null(await page.QuerySelectorAsync("form.review"));

        // The month's table shows it filed and accepted; the briefing opens.
        await page.GoToAsync($"{_address}/months/2017-05");
        var row = await Text(page, "#units tr[data-unit='410102']");
        Assert.Contains("filed", row);
        Assert.Contains("accepted", row);
        await Shot(page, "serve-month.png");
        var briefing = await page.GoToAsync($"{_address}{ServeHost.ApiPrefix}/months/2017-05/briefing");
        Assert.True(briefing.Ok);
        Assert.Contains("2017", await page.GetTitleAsync());
        Assert.Contains("中原", await page.EvaluateExpressionAsync<string>("document.body.innerText"));
        await Shot(page, "serve-briefing.png");
    }

    /// <summary>The unit's synthetic sample form for May (every cell filled, consistent), as revision <paramref name="revision"/>, with A03 off by <paramref name="addToA03"/>.</summary>
    private string WriteForm(OrganisationUnit unit, int revision, long addToA03, string name)
    {
        var sample = SampleCampaign.Reports.Single(r => r.Unit.Code == unit.Code && r.Period == May);
        var report = sample.ToBuilder()
            .WithFiling(sample.Filing with { Revision = revision })
            .SetTotal("A03", checked(sample.Total("A03")!.Value + addToA03))
            .Build();
        var path = _temp.File(name);
        File.WriteAllBytes(path, new ExcelFormWriter().Write(report));
        return path;
    }

    private static async Task Upload(IPage page, string file)
    {
        var input = await page.QuerySelectorAsync("input[type=file]");
        await input.UploadFileAsync(file);
        await Navigate(page, () => page.ClickAsync("form button[type=submit]"));
    }

    /// <summary>Does something that makes the page's script go to another page, and waits until it has loaded.</summary>
    private static async Task Navigate(IPage page, Func<Task> act)
    {
        var navigation = page.WaitForNavigationAsync(new NavigationOptions { Timeout = 30_000 });
        await act();
        await navigation;
    }

    private static async Task<string> Text(IPage page, string selector)
        => await page.EvaluateFunctionAsync<string>("s => document.querySelector(s).innerText", selector);

    private async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(Shots);
        var path = Path.Combine(Shots, name);
        await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });

        // A blank or unstyled page is small; a page with its text and tables is not.
        Assert.True(new FileInfo(path).Length > 20_000, $"{name} is {new FileInfo(path).Length} bytes: the page looks blank");
    }

    [GeneratedRegex(@"[A-Z]{1,3}[0-9]{1,4}")]
    private static partial Regex CellReference();
}
