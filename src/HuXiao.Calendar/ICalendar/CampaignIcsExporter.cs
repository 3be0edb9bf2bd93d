using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

namespace HuXiao.Calendar;

/// <summary>
/// Writes a campaign's dates as an iCalendar (RFC 5545) file with Ical.Net: one all-day event per milestone and
/// one per monthly report due date, on the local date, with Chinese summaries and the clause in the description.
/// UIDs are derived from the campaign id and the milestone id (or the reported month), so they are the same on
/// every export and a calendar that re-imports the file updates its events instead of duplicating them.
/// Thread-safe.
/// </summary>
/// <remarks>
/// Only DTSTAMP depends on the time of export; it comes from the injected <see cref="IClock"/>, so with a fixed
/// clock two exports are identical byte for byte.
/// </remarks>
public sealed class CampaignIcsExporter
{
    /// <summary>The PRODID written into every file.</summary>
    public const string ProductId = "-//HuXiao//HuXiao.Calendar//ZH";

    private const string UidDomain = "huxiao.calendar";

    /// <summary>Creates an exporter.</summary>
    /// <param name="clock">The clock that stamps DTSTAMP.</param>
    public CampaignIcsExporter(IClock clock)
    {
        Clock = Preconditions.CheckNotNull(clock);
    }

    /// <summary>The clock that stamps DTSTAMP.</summary>
    public IClock Clock { get; }

    /// <summary>The stable UID of a milestone's event: <c>{campaign id}.milestone.{milestone id}@huxiao.calendar</c>.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="milestone">One of its milestones.</param>
    public static string MilestoneUid(Campaign campaign, Milestone milestone)
        => $"{Preconditions.CheckNotNull(campaign).Id}.milestone.{Preconditions.CheckNotNull(milestone).Id}@{UidDomain}";

    /// <summary>The stable UID of a monthly report's due-date event: <c>{campaign id}.report.{YYYY-MM}@huxiao.calendar</c>.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="period">One of its reporting periods.</param>
    public static string ReportUid(Campaign campaign, ReportingPeriod period)
        => $"{Preconditions.CheckNotNull(campaign).Id}.report.{Preconditions.CheckNotNull(period).Period.ToString("uuuu-MM", CultureInfo.InvariantCulture)}@{UidDomain}";

    /// <summary>Exports a campaign as iCalendar text (UTF-8 when written out; lines end with CRLF as RFC 5545 requires).</summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The .ics text.</returns>
    public string Export(Campaign campaign)
    {
        Preconditions.CheckNotNull(campaign);
        var stamp = new CalDateTime(Clock.GetCurrentInstant().ToDateTimeUtc());
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", campaign.Title.Chinese);
        calendar.AddProperty("X-WR-TIMEZONE", campaign.TimeZone.Id);

        foreach (var milestone in campaign.Milestones)
        {
            calendar.Events.Add(AllDay(MilestoneUid(campaign, milestone), milestone.DueDate, milestone.Title.Chinese, Describe(campaign, milestone), stamp));
        }

        foreach (var period in campaign.ReportingPeriods)
        {
            calendar.Events.Add(AllDay(ReportUid(campaign, period), period.DueDate, Summary(period), Describe(campaign, period), stamp));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>The summary of a report's due-date event, such as <c>报送2017年4月《校园安全工作进展报表》截止</c>.</summary>
    /// <param name="period">A reporting period.</param>
    public static string Summary(ReportingPeriod period)
        => $"报送{Preconditions.CheckNotNull(period).Period.Year}年{period.Period.Month}月《校园安全工作进展报表》截止";

    private static CalendarEvent AllDay(string uid, LocalDate date, string summary, string description, CalDateTime stamp)
        => new()
        {
            Uid = uid,
            DtStamp = stamp,
            Start = new CalDateTime(date.Year, date.Month, date.Day),
            End = new CalDateTime(date.PlusDays(1).Year, date.PlusDays(1).Month, date.PlusDays(1).Day),
            Summary = summary,
            Description = description,
            Transparency = "TRANSPARENT",
            Categories = ["护校安园"],
        };

    private static string Describe(Campaign campaign, Milestone milestone)
    {
        var text = new StringBuilder()
            .Append("条款 ").Append(milestone.Clause).Append('：').AppendLine(milestone.Requirement.Chinese)
            .Append("Clause ").Append(milestone.Clause).Append(": ").AppendLine(milestone.Requirement.English)
            .Append("责任：").Append(milestone.Scope.Chinese).Append(" (").Append(milestone.Scope.English).AppendLine(")");
        if (milestone.Indicators.Count > 0)
        {
            text.Append("指标：").Append(string.Join(", ", milestone.Indicators));
            if (milestone.IndicatorCondition is { } condition)
            {
                text.Append("（").Append(condition).Append('）');
            }

            text.AppendLine();
        }

        foreach (var target in campaign.Targets.Where(t => milestone.Targets.Contains(t.Id, StringComparer.Ordinal)))
        {
            text.Append("判定目标：").Append(target.Title.Chinese).Append("（").Append(target.Id).Append("，条款 ").Append(target.Clause).AppendLine("）")
                .Append("Judged by target: ").Append(target.Title.English).Append(" (").Append(target.Id).AppendLine(")");
        }

        if (milestone.IsDueDateDerived)
        {
            text.Append("到期日为推导值 (derived due date): ").AppendLine(DescribeDerivation(campaign, milestone.Due));
        }

        if (campaign.Source is { } source)
        {
            text.Append("来源：").Append(source);
        }

        return text.ToString().TrimEnd();
    }

    private static string DescribeDerivation(Campaign campaign, MilestoneDue due)
    {
        if (due.Kind == MilestoneDueKind.SemesterEnd)
        {
            var semester = campaign.Semesters.First(s => string.Equals(s.Id, due.SemesterId, StringComparison.Ordinal));
            return $"{semester.Name.Chinese}结束日 (end of semester {semester.Id}){(semester.IsAssumption ? "；学期日期为假设 (semester dates are an assumption)" : string.Empty)}";
        }

        var phase = campaign.Phases.First(p => p.Number == due.PhaseNumber);
        return $"第{phase.Number}阶段“{phase.Name.Chinese}”结束日 (end of phase {phase.Number}; a setting, not a date in the source)";
    }

    private static string Describe(Campaign campaign, ReportingPeriod period)
    {
        var reading = campaign.MonthlyReport.Reading == DueDateReading.OnOrBefore ? "含当日" : "不含当日";
        return $"条款 {campaign.MonthlyReport.Clause}：每月{campaign.MonthlyReport.DayOfNextMonth}日前将上月工作数据填写《校园安全工作进展报表》报市局。"
               + $"\n数据月份 (period)：{period.Period.ToString("uuuu-MM", CultureInfo.InvariantCulture)}；截止 (due)：{period.DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} 当日结束前（{reading}，{period.Zone.Id}）"
               + (campaign.Source is { } source ? $"\n来源：{source}" : string.Empty);
    }
}
