using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Reporting;
using HuXiao.Months;
using NodaTime;

namespace HuXiao.Briefing;

/// <summary>
/// Builds a <see cref="MonthlyBriefing"/> from the month (<see cref="MonthlyCycle"/>): its units' filing statuses,
/// its roll-up, its compliance findings — the city's, which hold whatever units are still missing, and each
/// unit's — and its validation findings, each taken as the month holds them, never computed again; earlier months
/// give the trends. Nothing is estimated: a figure the forms do not hold is absent. There is no clock: the as-of
/// date is the month's. Immutable and thread-safe: share one instance.
/// </summary>
/// <example>
/// <code>
/// var january = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, new YearMonth(2018, 1), asOf: new LocalDate(2018, 2, 5))
///     .WithUnits(UnitHierarchy.Zhengzhou2017).AddRange(submissions).Build();
/// var briefing = new BriefingBuilder().Build(january, earlierMonths);
/// File.WriteAllText("brief.html", new BriefingHtmlRenderer().Render(briefing));
/// </code>
/// </example>
public sealed class BriefingBuilder
{
    /// <summary>Builds the briefing for one month.</summary>
    /// <param name="month">The month: a reporting month of its campaign.</param>
    /// <param name="earlier">
    /// Earlier months of the same unit, for the trends; months from <paramref name="month"/>'s on are ignored (for a
    /// month given twice, the last one counts).
    /// </param>
    /// <returns>The briefing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not a reporting month of its campaign.</exception>
    /// <exception cref="ArgumentException">An earlier month is of another parent unit.</exception>
    public MonthlyBriefing Build(MonthlyCycle month, IEnumerable<MonthlyCycle>? earlier = null)
    {
        Preconditions.CheckNotNull(month);
        if (month.Due is not { } due)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month.Period, $"{month.Period:uuuu-MM} is not a reporting month of campaign {month.Campaign.Id} ({month.Campaign.ReportingMonths}).");
        }

        var cycles = new Dictionary<YearMonth, MonthlyCycle>();
        foreach (var other in (earlier ?? []).Where(c => c is not null && c.Period < month.Period))
        {
            if (!other.Parent.Equals(month.Parent))
            {
                throw new ArgumentException($"Month {other} is of {other.Parent}, not of {month.Parent}: give the earlier months of the same unit.", nameof(earlier));
            }

            cycles[other.Period] = other;
        }

        cycles[month.Period] = month;
        var months = month.Campaign.ReportingMonths.Where(m => m <= month.Period).ToArray();
        var targetRules = month.Checker.Catalogue.EnabledRules.OfType<ReportTargetRule>().ToArray();
        var rateRule = month.Checker.Catalogue.EnabledRules.OfType<UrbanTechDefenceRateRule>().FirstOrDefault();

        return new MonthlyBriefing
        {
            Header = Header(month, due),
            Targets = targetRules.Select(r => Target(r, month.Compliance.Find(r.Id)!)).ToArray(),
            TechDefenceRate = rateRule is null ? null : Rate(month.Compliance.Find(rateRule.Id)!),
            Units = Units(month),
            Trends = targetRules.Select(r => Trend(r, month.Parent, months, cycles)).ToArray(),
            Problems = Problems(month),
            Unattributed = month.Unattributed,
        };
    }

    private static BriefingHeader Header(MonthlyCycle month, ReportingPeriod due)
    {
        var campaign = month.Campaign;
        var calendar = new CampaignCalendar(campaign, new FixedClock(month.AsOf.AtStartOfDayInZone(campaign.TimeZone).ToInstant()));
        var status = calendar.StatusOn(month.AsOf);
        return new BriefingHeader
        {
            City = month.Parent,
            CampaignTitle = campaign.Title.Chinese,
            Period = month.Period,
            AsOf = month.AsOf,
            ReportDue = due.DueDate,
            Filings = month.Tally,
            IsInCampaign = status.IsInCampaign,
            Phase = status.Phase,
            NextReport = status.NextReport,
        };
    }

    private static TargetLine Target(ReportTargetRule rule, ComplianceFinding finding)
    {
        var achieved = finding.Value(rule.Achieved);
        var target = finding.Value(rule.Target);
        return new TargetLine
        {
            RuleCode = rule.Id,
            Title = rule.Title,
            Clause = finding.Source,
            Due = finding.Due,
            AchievedCode = rule.Achieved,
            TargetCode = rule.Target,
            Achieved = achieved,
            Target = target,
            Coverage = achieved is >= 0 and { } a && target is > 0 and { } t ? new Ratio(a, t) : null,
            Status = finding.Status,
            Shortfall = finding.Shortfall,
            UnitCoverage = finding.Coverage,
            Message = finding.Message,
        };
    }

    private static RateLine Rate(ComplianceFinding finding) => new()
    {
        RuleCode = finding.RuleCode,
        Title = finding.Title,
        Clause = finding.Source,
        Due = finding.Due,
        Bounds = finding.Bounds,
        Status = finding.Status,
        UnitCoverage = finding.Coverage,
        Message = finding.Message,
    };

    private static UnitLine[] Units(MonthlyCycle month)
    {
        var lines = month.Units.Select(u => new UnitLine { Filing = u, Scorecard = u.IsCombined ? month.Scorecard.Find(u.Unit.Code) : null }).ToArray();
        return
        [
            .. lines.Where(u => u.Status == FilingStatus.Missing && !u.Filing.IsNotYetDue).OrderBy(u => u.Unit.Code, StringComparer.Ordinal),
            .. lines.Where(u => u.Status == FilingStatus.Refused).OrderBy(u => u.Unit.Code, StringComparer.Ordinal),
            .. lines.Where(u => u.Filing.IsCombined).OrderBy(u => u.Scorecard?.Rank ?? int.MaxValue).ThenBy(u => u.Unit.Code, StringComparer.Ordinal),
            .. lines.Where(u => u.Status == FilingStatus.Unexpected).OrderBy(u => u.Unit.Code, StringComparer.Ordinal),
            .. lines.Where(u => u.Filing.IsNotYetDue).OrderBy(u => u.Unit.Code, StringComparer.Ordinal),
        ];
    }

    private static UnitProblems[] Problems(MonthlyCycle month)
        => month.Units
            .Select(u => u.Submission is { Succeeded: false } refused
                ? new UnitProblems(u.Unit, []) { ReadProblems = refused.Problems }
                : u.Validation is { } validation && validation.Findings.Count > 0
                    ? new UnitProblems(u.Unit, validation.Errors.Concat(validation.Warnings).ToArray())
                    : null)
            .OfType<UnitProblems>()
            .OrderBy(p => p.Unit.Code, StringComparer.Ordinal)
            .ToArray();

    private static TargetTrend Trend(ReportTargetRule rule, OrganisationUnit city, YearMonth[] months, Dictionary<YearMonth, MonthlyCycle> cycles)
    {
        var cityPoints = new List<TrendPoint>();
        var unitPoints = new Dictionary<string, (OrganisationUnit Unit, List<TrendPoint> Points)>(StringComparer.Ordinal);
        foreach (var month in months.Where(cycles.ContainsKey))
        {
            var rollUp = cycles[month].RollUp;
            var used = rollUp.Used.Count;
            if (used > 0 && rollUp.FilledCount(rule.Achieved, ReportRow.Total) == used && rollUp.FilledCount(rule.Target, ReportRow.Total) == used
                && Point(month, rollUp.Report, rule) is { } cityPoint)
            {
                cityPoints.Add(cityPoint);
            }

            foreach (var report in rollUp.Used)
            {
                if (!unitPoints.TryGetValue(report.Unit.Code, out var line))
                {
                    line = unitPoints[report.Unit.Code] = (report.Unit, []);
                }

                // The latest name a unit filed under labels its line.
                unitPoints[report.Unit.Code] = (report.Unit, line.Points);
                if (Point(month, report, rule) is { } point)
                {
                    line.Points.Add(point);
                }
            }
        }

        return new TargetTrend
        {
            RuleCode = rule.Id,
            Title = rule.Title,
            Clause = rule.Source,
            Due = rule.Due,
            AchievedCode = rule.Achieved,
            TargetCode = rule.Target,
            Months = months,
            City = new TrendSeries(city, cityPoints),
            Units = unitPoints.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new TrendSeries(p.Value.Unit, p.Value.Points.ToArray())).ToArray(),
        };
    }

    private static TrendPoint? Point(YearMonth month, MonthlyReport report, ReportTargetRule rule)
        => report.Total(rule.Achieved) is >= 0 and { } achieved && report.Total(rule.Target) is > 0 and { } target
            ? new TrendPoint(month, achieved, target)
            : null;
}
