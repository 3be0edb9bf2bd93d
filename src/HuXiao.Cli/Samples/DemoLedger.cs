using HuXiao.Calendar;
using HuXiao.Ledger;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Cli.Samples;

/// <summary>
/// The demo's submissions ledger: every sample form filed as the office received it (the JSON file the demo wrote,
/// received on the date printed on it, at 09:00 in the campaign's time zone), so that <c>huxiao serve --db</c> shows
/// the demo's campaign. Running the demo again files the same files again, which the ledger recognises.
/// </summary>
internal static class DemoLedger
{
    /// <summary>The ledger file's name in the demo's folder.</summary>
    internal const string FileName = "huxiao.db";

    /// <summary>How the demo's forms came, as the ledger's channel label.</summary>
    internal const string Channel = "演示数据 demo";

    /// <summary>Files every form; returns how many were recorded now, were already there, and were refused.</summary>
    internal static (int Recorded, int Already, int Refused) Write(string outDir, IReadOnlyList<MonthlyReport> reports, IClock clock)
    {
        using var store = SqliteLedgerStore.OpenAsync(Path.Combine(outDir, FileName)).AsTask().GetAwaiter().GetResult();
        var ledger = new SubmissionLedger(store, clock);
        var zone = Campaign.Zhengzhou2017.TimeZone;
        int recorded = 0, already = 0, refused = 0;
        foreach (var report in reports.OrderBy(r => r.Period).ThenBy(r => r.Unit.Code, StringComparer.Ordinal))
        {
            var source = $"forms/{report.Unit.Code}-{report.Period:uuuu-MM}.json";
            var bytes = File.ReadAllBytes(Path.Combine(outDir, source));
            var on = report.Filing.FiledOn ?? Campaign.Zhengzhou2017.GetReportingPeriod(report.Period).DueDate;
            var receivedAt = on.At(new LocalTime(9, 0)).InZoneLeniently(zone).ToInstant();
            var outcome = ledger.FileAsync(bytes, Submission.Of(report, source, locator: JsonPathLocator.Instance), Channel, receivedAt).AsTask().GetAwaiter().GetResult();
            _ = outcome.Status switch
            {
                LedgerOutcomeStatus.Recorded => recorded++,
                LedgerOutcomeStatus.AlreadyRecorded => already++,
                _ => refused++,
            };
        }

        return (recorded, already, refused);
    }
}
