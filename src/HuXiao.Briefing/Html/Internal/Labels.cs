using System.Globalization;
using HuXiao.Compliance;
using NodaTime;

namespace HuXiao.Briefing.Html.Internal;

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

    internal static string Filing(UnitLine unit) => unit.Filing switch
    {
        FilingStatus.OnTime => "按时",
        FilingStatus.Late => string.Create(CultureInfo.InvariantCulture, $"逾期{unit.DaysLate}天"),
        FilingStatus.NotFiled => "未报送",
        FilingStatus.NotYetDue => "未到期",
        _ => "未填报送日期",
    };

    internal static string FilingClass(FilingStatus status) => status switch
    {
        FilingStatus.OnTime => "f-ontime",
        FilingStatus.Late => "f-late",
        FilingStatus.NotFiled => "f-missing",
        _ => "f-other",
    };
}
