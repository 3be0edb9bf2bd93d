using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using NodaTime;

namespace HuXiao.Ledger.Tests;

/// <summary>Forms for the tests, as the files a unit sends (the JSON interchange format) and what reading them gives.</summary>
internal static class LedgerData
{
    internal static readonly YearMonth May = new(2017, 5);
    internal static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    internal static readonly OrganisationUnit Zhongyuan = new("410102", "中原分局");
    internal static readonly OrganisationUnit Erqi = new("410103", "二七分局");
    internal static readonly OrganisationUnit Guancheng = new("410104", "管城分局");
    internal static readonly ReportJsonSerializer Json = new();

    /// <summary>2017-06-01 10:00 in Zhengzhou: the May form's due date.</summary>
    internal static readonly Instant DueDay = At(2017, 6, 1, 10);

    internal static Instant At(int year, int month, int day, int hour = 10, int minute = 0)
        => new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Shanghai).ToInstant();

    /// <summary>A consistent May form (合计 A01 = A02 + A03) of a unit, revision given; <paramref name="campuses"/> tells versions apart.</summary>
    internal static MonthlyReport Report(OrganisationUnit unit, int revision = 1, int campuses = 100, YearMonth? period = null)
        => MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, unit, period ?? May)
            .SetTotal("A01", campuses).SetTotal("A02", campuses - 40).SetTotal("A03", 40)
            .WithFiling(new ReportFiling { Revision = revision })
            .Build();

    /// <summary>A form as the file a unit sends, and what reading it gives.</summary>
    internal static (byte[] Bytes, Submission Reading) Form(OrganisationUnit unit, int revision = 1, int campuses = 100, YearMonth? period = null)
    {
        var report = Report(unit, revision, campuses, period);
        var bytes = Json.SerializeToUtf8Bytes(report);
        var name = $"{unit.Code}-{report.Period:uuuu-MM}-r{revision}-{campuses}.json";
        return (bytes, Submission.FromReadResult(Json.Read(bytes), name, locator: HuXiao.Reporting.Validation.JsonPathLocator.Instance));
    }

    /// <summary>A file that could not be read (12所 in a number cell), whose unit and month are known.</summary>
    internal static (byte[] Bytes, Submission Reading) RefusedForm(OrganisationUnit unit, string text = "12所", YearMonth? period = null)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes($"{{\"unit\":\"{unit.Code}\",\"A01\":\"{text}\"}}");
        var reading = Submission.Refused(
            [new InputProblem("HX0203", "$.total.A01", $"A01 为“{text}”，应为数字。", $"A01 is '{text}'; a number was expected.", "A01")],
            $"{unit.Code}-refused-{text}.json",
            unit,
            period ?? May);
        return (bytes, reading);
    }
}
