using System.Globalization;
using HuXiao.Compliance;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Briefing.Html;

/// <summary>The page's words and number formats, in Chinese.</summary>
internal static class Labels
{
    /// <summary>A rate in percent with one decimal, rounded down, so a shown figure never contradicts its status (84.96% not met shows 84.9%).</summary>
    internal static string Percent(Ratio ratio) => ratio.FloorPercent(1).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    internal static string Percent(Ratio? ratio) => ratio is { } r ? Percent(r) : "—";

    internal static string Count(long? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "—";

    internal static string Date(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    internal static string ShortDate(LocalDate? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    internal static string Month(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Year}年{month.Month}月");

    internal static string StatusClass(ComplianceStatus status) => "s-" + status.ToWireName();

    /// <summary>A unit's filing as the units table shows it: the status in Chinese with how late and how many problems.</summary>
    internal static string Filing(UnitLine unit)
    {
        var f = unit.Filing;
        var late = f.DaysLate > 0 ? string.Create(CultureInfo.InvariantCulture, $"逾期{f.DaysLate}天") : null;
        return f.Status switch
        {
            FilingStatus.Filed => f.DaysLate is null ? "已报送（日期不详）" : "按时",
            FilingStatus.Late => late!,
            FilingStatus.FiledWithErrors => late is null ? "校验有错" : $"校验有错，{late}",
            FilingStatus.Refused => string.Create(CultureInfo.InvariantCulture, $"报送有误（{f.Errors}处问题）"),
            FilingStatus.Missing => f.IsNotYetDue ? "未到期" : "未报送",
            _ => "不在应报名单",
        };
    }

    internal static string FilingClass(UnitLine unit) => unit.Status switch
    {
        FilingStatus.Filed => "f-ontime",
        FilingStatus.Late or FilingStatus.FiledWithErrors => "f-late",
        FilingStatus.Refused => "f-missing",
        FilingStatus.Missing when !unit.Filing.IsNotYetDue => "f-missing",
        _ => "f-other",
    };
}
