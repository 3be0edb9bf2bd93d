using FsCheck;
using FsCheck.Xunit;
using HuXiao.Calendar.Tests.ICalendar;
using NodaTime;
using NodaTime.Testing;

namespace HuXiao.Calendar.Tests.Properties;

/// <summary>The properties issue 3 asks for, over generated campaigns, dates and filing moments.</summary>
public sealed class CalendarProperties
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool Every_campaign_month_has_exactly_one_due_date_and_due_dates_strictly_increase(AnyCampaign campaign)
    {
        var periods = campaign.Value.ReportingPeriods;
        var everyMonthOnce = campaign.Value.ReportingMonths.All(m => periods.Count(p => p.Period == m) == 1)
                             && periods.Count == campaign.Value.ReportingMonths.MonthCount;
        var increasing = periods.Zip(periods.Skip(1)).All(pair => pair.First.DueDate < pair.Second.DueDate && pair.First.Deadline < pair.Second.Deadline);
        return everyMonthOnce && increasing;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool Any_date_in_the_span_has_at_most_one_phase(AnyCampaign campaign, int offset)
    {
        var span = campaign.Value.Span;
        var date = span.Start.PlusDays(Math.Abs(offset % span.Length));
        return campaign.Value.Phases.Count(p => p.Contains(date)) <= 1
               && Equals(campaign.Value.PhaseOn(date), campaign.Value.Phases.SingleOrDefault(p => p.Contains(date)));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool Any_date_of_the_2017_campaign_has_at_most_one_phase(DateAround2017 date)
        => Campaign.Zhengzhou2017.Phases.Count(p => p.Contains(date.Value)) <= 1;

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool On_time_is_monotone_in_the_filing_moment(FilingMoments filing)
    {
        var period = Campaign.Zhengzhou2017.GetReportingPeriod(filing.Period);
        var laterOnTimeImpliesEarlierOnTime = !period.IsOnTime(filing.Later) || period.IsOnTime(filing.Earlier);
        var latenessGrows = period.DaysLate(filing.Earlier) <= period.DaysLate(filing.Later);
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var datesAgree = period.IsOnTime(filing.Earlier) == period.IsOnTime(filing.Earlier.InZone(zone).Date)
                         && period.IsOnTime(filing.Later) == period.IsOnTime(filing.Later.InUtc());
        var lateMeansDaysLate = period.IsOnTime(filing.Later) == (period.DaysLate(filing.Later) == 0);
        return laterOnTimeImpliesEarlierOnTime && latenessGrows && datesAgree && lateMeansDaysLate;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool On_time_is_monotone_in_the_filing_moment_for_any_campaign(AnyCampaign campaign, int monthIndex, int secondsA, int secondsB)
    {
        var periods = campaign.Value.ReportingPeriods;
        var period = periods[Math.Abs(monthIndex % periods.Count)];
        var a = period.Deadline.Plus(Duration.FromSeconds(secondsA % 400_000));
        var b = period.Deadline.Plus(Duration.FromSeconds(secondsB % 400_000));
        var (earlier, later) = a <= b ? (a, b) : (b, a);
        return (!period.IsOnTime(later) || period.IsOnTime(earlier))
               && period.DaysLate(earlier) <= period.DaysLate(later)
               && period.IsOnTime(earlier) == period.IsOnTime(earlier.InZone(period.Zone).Date);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool The_ics_round_trip_keeps_every_event_date_summary_and_uid(AnyCampaign campaign)
    {
        var exporter = new CampaignIcsExporter(new FakeClock(Instant.FromUtc(2017, 4, 18, 2, 0)));
        var parsed = IcsTestReader.Events(exporter.Export(campaign.Value));
        var expected = IcsTestReader.Expected(campaign.Value);
        return parsed.Count == expected.Count
               && expected.All(e => parsed.Matches(e.Key, e.Value))
               && parsed.Values.All(f => f.IsAllDay && f.End == f.Start.PlusDays(1));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool A_campaign_from_json_equals_the_same_campaign_built_in_code(AnyCampaign campaign)
    {
        var json = CampaignJson.Serialize(campaign.Value);
        var read = CampaignJson.Parse(json);
        return read.Equals(campaign.Value) && read.GetHashCode() == campaign.Value.GetHashCode() && CampaignJson.Serialize(read) == json;
    }
}
