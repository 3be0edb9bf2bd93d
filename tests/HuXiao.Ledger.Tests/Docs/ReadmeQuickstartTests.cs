using HuXiao.Calendar;
using HuXiao.Months;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Tests;
using NodaTime;
using NodaTime.Testing;

namespace HuXiao.Ledger.Tests.Docs;

/// <summary>The package README's quickstart, compiled and run, and shown exactly in the README.</summary>
public sealed class ReadmeQuickstartTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Quickstart_files_returns_refiles_accepts_and_rebuilds_the_month_as_of_an_instant()
    {
        var path = _folder.File("huxiao.db");
        using var console = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(console);
        try
        {
            #region ledger-quickstart
            var zone = Campaign.Zhengzhou2017.TimeZone;
            var clock = new FakeClock(new LocalDateTime(2017, 5, 31, 9, 0).InZoneStrictly(zone).ToInstant());   // in an app: SystemClock.Instance
            using var store = await SqliteLedgerStore.OpenAsync(path);   // one file, created and migrated on first use
            var ledger = new SubmissionLedger(store, clock);
            var json = new ReportJsonSerializer();
            var may = new YearMonth(2017, 5);

            // 中原分局 uploads its May form; the same file sent again is recognised by its SHA-256.
            var form = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, new OrganisationUnit("410102", "中原分局"), may)
                .SetTotal("A01", 120).SetTotal("A02", 80).SetTotal("A03", 40).Build();
            var bytes = json.SerializeToUtf8Bytes(form);
            var filed = await ledger.FileAsync(bytes, Submission.FromReadResult(json.Read(bytes), "410102-2017-05.json"), "网页上传");
            var again = await ledger.FileAsync(bytes, Submission.FromReadResult(json.Read(bytes), "410102-2017-05.json"), "邮件");
            Console.WriteLine($"{filed.Status}, then {again.Status}");   // Recorded, then AlreadyRecorded

            // The city returns it (审核); on 2017-06-02 the unit files revision 2, which the city accepts.
            clock.AdvanceHours(5);
            await ledger.ReturnAsync(filed.Event!.Hash, "市局审核", ["A08 未填"]);
            clock.Reset(new LocalDateTime(2017, 6, 2, 10, 0).InZoneStrictly(zone).ToInstant());
            var corrected = form.ToBuilder().SetTotal("A08", 120).WithFiling(new ReportFiling { Revision = 2 }).Build();
            var bytes2 = json.SerializeToUtf8Bytes(corrected);
            var refiled = await ledger.FileAsync(bytes2, Submission.FromReadResult(json.Read(bytes2), "410102-2017-05-r2.json"), "网页上传");
            await ledger.AcceptAsync(refiled.Event!.Hash, "市局审核");

            // What did we know on 2017-06-01? The month is still built by MonthlyCycle, from the ledger.
            var june1 = new LocalDateTime(2017, 6, 1, 23, 59).InZoneStrictly(zone).ToInstant();
            foreach (var asOf in new[] { june1, clock.GetCurrentInstant() })
            {
                var known = await ledger.MonthAsync(may, asOf);
                var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, may, asOf.InZone(zone).Date)
                    .WithUnits(UnitHierarchy.Zhengzhou2017)
                    .AddRange(known.ToSubmissions(zone))
                    .Build();
                Console.WriteLine($"{month.Find("410102")}; closed: {known.Find("410102")!.IsClosed}");
            }

            // 410102 中原分局 refused, 1 error(s); closed: False      (returned: the reason is the problem)
            // 410102 中原分局 late, 1 day(s) late; closed: True      (revision 2, received 2017-06-02)
            #endregion
        }
        finally
        {
            Console.SetOut(previous);
        }

        Assert.Equal(
        [
            "Recorded, then AlreadyRecorded",
            "410102 中原分局 refused, 1 error(s); closed: False",
            "410102 中原分局 late, 1 day(s) late; closed: True",
        ], console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Package_readme_shows_the_quickstart_exactly()
        => Assert.Equal(Snippets.Region("tests/HuXiao.Ledger.Tests/Docs/ReadmeQuickstartTests.cs", "ledger-quickstart"), Snippets.MarkdownBlock("src/HuXiao.Ledger/README.md", "ledger-quickstart"));
}
