using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

namespace HuXiao.Calendar.Tests.ICalendar;

/// <summary>Reads exported iCalendar text back with Ical.Net, independently of the exporter's code.</summary>
internal static class IcsTestReader
{
    internal sealed record EventFacts(LocalDate Start, LocalDate End, bool IsAllDay, string Summary, string Description);

    internal static IReadOnlyDictionary<string, EventFacts> Events(string ics)
    {
        var calendar = IcalCalendar.Load(ics) ?? throw new InvalidOperationException("Ical.Net could not read the file.");
        return calendar.Events.ToDictionary(
            e => e.Uid!,
            e => new EventFacts(
                new LocalDate(e.DtStart!.Year, e.DtStart.Month, e.DtStart.Day),
                new LocalDate(e.DtEnd!.Year, e.DtEnd.Month, e.DtEnd.Day),
                e.IsAllDay,
                e.Summary!,
                e.Description!),
            StringComparer.Ordinal);
    }

    /// <summary>What the file must hold for a campaign: UID → (date, summary), from the campaign's own data.</summary>
    internal static IReadOnlyDictionary<string, (LocalDate Date, string Summary)> Expected(Campaign campaign)
    {
        var expected = new Dictionary<string, (LocalDate, string)>(StringComparer.Ordinal);
        foreach (var m in campaign.Milestones)
        {
            expected[$"{campaign.Id}.milestone.{m.Id}@huxiao.calendar"] = (m.DueDate, m.Title.Chinese);
        }

        foreach (var p in campaign.ReportingPeriods)
        {
            expected[$"{campaign.Id}.report.{p.Period.Year:0000}-{p.Period.Month:00}@huxiao.calendar"] = (p.DueDate, $"报送{p.Period.Year}年{p.Period.Month}月《校园安全工作进展报表》截止");
        }

        return expected;
    }

    internal static bool Matches(this IReadOnlyDictionary<string, EventFacts> parsed, string uid, (LocalDate Date, string Summary) expected)
        => parsed.TryGetValue(uid, out var facts) && facts.Start == expected.Date && facts.Summary == expected.Summary;
}
