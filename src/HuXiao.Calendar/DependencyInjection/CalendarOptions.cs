namespace HuXiao.Calendar;

/// <summary>
/// What <c>AddHuXiaoCalendar</c> registers: which campaign, which semesters, and how the monthly due date is read.
/// A configuration bag filled once at start-up (not thread-safe); the services built from it are immutable.
/// Validated with the options pattern (on start, with a host): a bad setting fails naming what to change.
/// </summary>
public sealed class CalendarOptions
{
    /// <summary>The campaign. Default: the built-in <see cref="Campaign.Zhengzhou2017"/>; set one from <see cref="CampaignJson.Parse(string, HuXiao.Reporting.ReportSchema?)"/> or <see cref="Campaign.CreateBuilder"/> for another plan.</summary>
    public Campaign? Campaign { get; set; } = Campaign.Zhengzhou2017;

    /// <summary>
    /// Semesters that replace the campaign's own, such as the official school calendar once known. Null (the default)
    /// keeps the campaign's semesters — for the 2017 campaign, the assumptions of <see cref="SemesterDefaults"/>.
    /// </summary>
    public IList<Semester>? Semesters { get; set; }

    /// <summary>How to read 每月1日前. Null (the default) keeps the campaign's reading (inclusive for the 2017 campaign).</summary>
    public DueDateReading? DueDateReading { get; set; }

    /// <summary>Which semester a month belongs to. Null (the default) keeps the campaign's rule (the semester in which the month ends).</summary>
    public MonthToSemesterRule? MonthToSemester { get; set; }

    /// <summary>Applies the options to the chosen campaign and checks the result.</summary>
    /// <exception cref="CampaignDefinitionException">No campaign is set, or the settings make an inconsistent campaign.</exception>
    internal Campaign BuildCampaign()
    {
        if (Campaign is null)
        {
            throw new CampaignDefinitionException(CalendarErrorCodes.InvalidOptions, ["CalendarOptions.Campaign is null: leave the default (zhengzhou-2017) or set a campaign."]);
        }

        if (Semesters is { } semesters && semesters.Any(s => s is null))
        {
            throw new CampaignDefinitionException(CalendarErrorCodes.InvalidOptions, ["CalendarOptions.Semesters holds a null entry: remove it."]);
        }

        if (DueDateReading is { } reading && !Enum.IsDefined(reading))
        {
            throw new CampaignDefinitionException(CalendarErrorCodes.InvalidOptions, [$"CalendarOptions.DueDateReading is {(int)reading}, not one of OnOrBefore, Before."]);
        }

        if (MonthToSemester is { } rule && !Enum.IsDefined(rule))
        {
            throw new CampaignDefinitionException(CalendarErrorCodes.InvalidOptions, [$"CalendarOptions.MonthToSemester is {(int)rule}, not one of SemesterInWhichMonthEnds, SemesterInWhichMonthBegins."]);
        }

        if (Semesters is null && DueDateReading is null && MonthToSemester is null)
        {
            return Campaign;
        }

        var builder = Campaign.ToBuilder();
        if (Semesters is not null)
        {
            builder.ClearSemesters().AddSemesters(Semesters);
        }

        if (DueDateReading is { } r)
        {
            builder.WithMonthlyReport(Campaign.MonthlyReport.WithReading(r));
        }

        if (MonthToSemester is { } m)
        {
            builder.WithMonthToSemester(m);
        }

        return builder.Build();
    }
}
