using HuXiao.Briefing.Internal;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Briefing;

/// <summary>
/// Builds a <see cref="MonthlyBriefing"/> from the units' reports: the month's reports are combined into the
/// city's, judged with a <see cref="ComplianceChecker"/> (the city with its units' reports, for the tighter rate
/// bounds, and each unit on its own), validated with a <see cref="RuleSet"/>, and set against the campaign's
/// calendar; earlier months' reports give the trends. Nothing is estimated: a figure the reports do not hold is
/// absent. There is no clock: the as-of date is an argument. Immutable and thread-safe: share one instance.
/// </summary>
/// <example>
/// <code>
/// var builder = new BriefingBuilder(Campaign.Zhengzhou2017, new ComplianceChecker());
/// var briefing = builder.Build(new OrganisationUnit("410100", "郑州市"), new YearMonth(2018, 1),
///     asOf: new LocalDate(2018, 2, 5), reports: january, history: earlierMonths);
/// File.WriteAllText("brief.html", new BriefingHtmlRenderer().Render(briefing));
/// </code>
/// </example>
public sealed class BriefingBuilder
{
    /// <summary>Creates a builder.</summary>
    /// <param name="campaign">The campaign: its reporting months, due dates and phases.</param>
    /// <param name="checker">The compliance checker; by default the built-in rules.</param>
    /// <param name="validation">The form's consistency rules; by default <c>RuleSet.For(ReportSchema.Zhengzhou2017)</c>. Its schema is the form every report must be on.</param>
    public BriefingBuilder(Campaign campaign, ComplianceChecker? checker = null, RuleSet? validation = null)
    {
        Campaign = Preconditions.CheckNotNull(campaign);
        Checker = checker ?? new ComplianceChecker();
        Validation = validation ?? RuleSet.For(ReportSchema.Zhengzhou2017);
    }

    /// <summary>The campaign.</summary>
    public Campaign Campaign { get; }

    /// <summary>The compliance checker.</summary>
    public ComplianceChecker Checker { get; }

    /// <summary>The consistency rules the units' forms are validated with.</summary>
    public RuleSet Validation { get; }

    /// <summary>Builds the briefing for one month.</summary>
    /// <param name="city">The unit the briefing is for, which the units file to (for example 410100 郑州市).</param>
    /// <param name="period">The month the forms report on; a reporting month of the campaign.</param>
    /// <param name="asOf">The date the briefing judges at.</param>
    /// <param name="reports">The units' forms for <paramref name="period"/>; several revisions from one unit are allowed, and the highest is used.</param>
    /// <param name="history">
    /// Earlier months' forms, for the trends and the 合计 chain; forms of <paramref name="period"/> or later in it are
    /// ignored (the month's forms are <paramref name="reports"/>).
    /// </param>
    /// <param name="expectedUnits">
    /// The units that should file; by default every unit that filed this month or in <paramref name="history"/>. An
    /// expected unit without a form for the month is listed as not filed.
    /// </param>
    /// <returns>The briefing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a reporting month of the campaign.</exception>
    /// <exception cref="ReportingException">A form is of another schema or of the wrong month, or one unit filed two forms with the same revision.</exception>
    /// <exception cref="ComplianceException">A sum went past the 64-bit range.</exception>
    public MonthlyBriefing Build(
        OrganisationUnit city,
        YearMonth period,
        LocalDate asOf,
        IEnumerable<MonthlyReport> reports,
        IEnumerable<MonthlyReport>? history = null,
        IEnumerable<OrganisationUnit>? expectedUnits = null)
    {
        Preconditions.CheckNotNull(city);
        var current = Preconditions.CheckNotNull(reports).ToArray();
        if (!Campaign.ReportingMonths.Contains(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"{period:uuuu-MM} is not a reporting month of campaign {Campaign.Id} ({Campaign.ReportingMonths}).");
        }

        var earlier = (history ?? []).Where(r => r is not null && r.Period < period).ToArray();
        var schema = Validation.Schema;
        var months = Campaign.ReportingMonths.Where(m => m <= period).ToArray();
        var rollUps = months.ToDictionary(
            m => m,
            m => ReportRollUp.Combine(schema, city, m, m == period ? current : earlier.Where(r => r.Period == m)));
        var rollUp = rollUps[period];

        var cityResult = Checker.Check(rollUp, asOf);
        var targetRules = Checker.Catalogue.EnabledRules.OfType<ReportTargetRule>().ToArray();
        var rateRule = Checker.Catalogue.EnabledRules.OfType<UrbanTechDefenceRateRule>().FirstOrDefault();

        return new MonthlyBriefing
        {
            Header = Header(city, period, asOf),
            Targets = targetRules.Select(r => Target(r, cityResult.Find(r.Id)!)).ToArray(),
            TechDefenceRate = rateRule is null ? null : Rate(cityResult.Find(rateRule.Id)!),
            Units = Units(period, asOf, rollUp, rollUps, current, earlier, expectedUnits, out var problems),
            Trends = targetRules.Select(r => Trend(r, city, months, rollUps)).ToArray(),
            Problems = problems,
        };
    }

    private BriefingHeader Header(OrganisationUnit city, YearMonth period, LocalDate asOf)
    {
        var calendar = new CampaignCalendar(Campaign, new FixedClock(asOf.AtStartOfDayInZone(Campaign.TimeZone).ToInstant()));
        var status = calendar.StatusOn(asOf);
        return new BriefingHeader
        {
            City = city,
            CampaignTitle = Campaign.Title.Chinese,
            Period = period,
            AsOf = asOf,
            ReportDue = calendar.ReportingPeriodOf(period).DueDate,
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
            RuleId = rule.Id,
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
            Message = finding.Message,
        };
    }

    private static RateLine Rate(ComplianceFinding finding) => new()
    {
        RuleId = finding.RuleId,
        Title = finding.Title,
        Clause = finding.Source,
        Due = finding.Due,
        Bounds = finding.Bounds,
        Status = finding.Status,
        Message = finding.Message,
    };

    private UnitLine[] Units(
        YearMonth period,
        LocalDate asOf,
        RollUpResult rollUp,
        Dictionary<YearMonth, RollUpResult> rollUps,
        MonthlyReport[] current,
        MonthlyReport[] earlier,
        IEnumerable<OrganisationUnit>? expectedUnits,
        out IReadOnlyList<UnitProblems> problems)
    {
        var due = Campaign.GetReportingPeriod(period);
        var scorecard = Scorecard.Create(Checker.CheckUnits(rollUp, asOf));
        var previous = rollUps.TryGetValue(period.PlusMonths(-1), out var before) ? before.Used : [];

        var problemList = new List<UnitProblems>();
        var filed = new List<UnitLine>();
        foreach (var report in rollUp.Used)
        {
            var last = previous.FirstOrDefault(p => p.Unit.Code == report.Unit.Code);
            var result = Validation.Validate(report, last);
            var findings = result.Errors.Concat(result.Warnings).ToArray();
            if (findings.Length > 0)
            {
                problemList.Add(new UnitProblems(report.Unit, findings));
            }

            var filedOn = report.Filing.FiledOn;
            filed.Add(new UnitLine
            {
                Unit = report.Unit,
                Filing = filedOn is not { } on ? FilingStatus.DateUnknown : due.IsOnTime(on) ? FilingStatus.OnTime : FilingStatus.Late,
                FiledOn = filedOn,
                DaysLate = filedOn is { } d ? due.DaysLate(d) : 0,
                Scorecard = scorecard.Find(report.Unit.Code),
                Errors = result.Errors.Count(),
                Warnings = result.Warnings.Count(),
            });
        }

        problems = problemList.OrderBy(p => p.Unit.Code, StringComparer.Ordinal).ToArray();
        var filedCodes = filed.Select(u => u.Unit.Code).ToHashSet(StringComparer.Ordinal);
        var expected = expectedUnits?.ToArray()
            ?? current.Concat(earlier).OrderByDescending(r => r.Period).Select(r => r.Unit).ToArray();
        var missing = expected
            .Where(u => u is not null && !filedCodes.Contains(u.Code))
            .DistinctBy(u => u.Code, StringComparer.Ordinal)
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new UnitLine { Unit = u, Filing = asOf > due.DueDate ? FilingStatus.NotFiled : FilingStatus.NotYetDue })
            .ToArray();

        return
        [
            .. missing.Where(u => u.Filing == FilingStatus.NotFiled),
            .. filed.OrderBy(u => u.Scorecard?.Rank ?? int.MaxValue).ThenBy(u => u.Unit.Code, StringComparer.Ordinal),
            .. missing.Where(u => u.Filing == FilingStatus.NotYetDue),
        ];
    }

    private static TargetTrend Trend(ReportTargetRule rule, OrganisationUnit city, YearMonth[] months, Dictionary<YearMonth, RollUpResult> rollUps)
    {
        var cityPoints = new List<TrendPoint>();
        var unitPoints = new Dictionary<string, (OrganisationUnit Unit, List<TrendPoint> Points)>(StringComparer.Ordinal);
        foreach (var month in months)
        {
            var rollUp = rollUps[month];
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
            RuleId = rule.Id,
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
