using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// The police liaison officer works at each city-managed school at least twice a month (公安联络员…每月到校园工作不少于两次,
/// 二(七)), at schools that have a liaison officer. Each month from <see cref="FirstMonth"/> to
/// <see cref="LastMonth"/> is due by its last day; a month not yet ended is not judged.
/// </summary>
public sealed record LiaisonVisitsRule : ComplianceRule, IRegisterRule
{
    /// <summary>The id of the built-in rule.</summary>
    public const string DefaultId = "liaison-visits-monthly";

    /// <summary>Creates the rule with the documented defaults: at least 2 visits a month, May 2017 to January 2018.</summary>
    public LiaisonVisitsRule()
        : base(DefaultId, "公安联络员每月到校不少于两次", "Liaison officer at each city-managed school at least twice a month", "二(七)")
    {
        Due = null;
        DueSource = "the end of each month from FirstMonth to LastMonth";
    }

    /// <summary>The least number of visits a month: 2 (每月到校园工作不少于两次, 二(七)).</summary>
    public long MinimumPerMonth { get; init; } = 2;

    /// <summary>The first month judged: 2017-05, the first full month after the plan was issued (2017-04-18) — a setting.</summary>
    public YearMonth FirstMonth { get; init; } = new(2017, 5);

    /// <summary>
    /// The last month judged: 2018-01, the campaign's end (自即日起至2018年1月底, 前言): the plan's opening paragraph,
    /// and the notice that issues it (通知), say so; 三、时间安排 itself ends with the acceptance phase in December.
    /// </summary>
    public YearMonth LastMonth { get; init; } = new(2018, 1);

    /// <summary>Every school must be visited: a school short in a unit at hand is short whatever the missing units hold.</summary>
    public override MissingUnitsLaw WhenUnitsMissing => MissingUnitsLaw.ShortfallHolds;

    /// <inheritdoc />
    public override IReadOnlyList<RuleParameter> Parameters =>
    [
        new("MinimumPerMonth", Text.N(MinimumPerMonth), "visits per month at least", "二(七): 每月到校园工作不少于两次"),
        new("FirstMonth", Dates.Iso(FirstMonth), "the first month judged", "setting: the first full month after the plan was issued on 2017-04-18"),
        new("LastMonth", Dates.Iso(LastMonth), "the last month judged", "前言: 自即日起至2018年1月底 (the plan's opening paragraph; the notice, 通知, says the same)"),
    ];

    /// <inheritdoc />
    public ComplianceFinding Judge(RegisterCheckContext context)
    {
        Preconditions.CheckNotNull(context);
        var months = new List<(string, DateInterval)>();
        for (var m = FirstMonth; m.CompareTo(LastMonth) <= 0; m = m.PlusMonths(1))
        {
            months.Add((Dates.Iso(m), new DateInterval(m.OnDayOfMonth(1), Dates.LastDay(m))));
        }

        var outcome = RecurringTargetJudge.Judge(context, months, c => c.IsCityManaged && c.Officers.HasFlag(SchoolOfficers.PoliceLiaison), c => c.LiaisonVisitDates, MinimumPerMonth);
        var zh = $"已结束月份{outcome.PeriodsJudged}个，涉及市管学校{outcome.Concerned}所，不足{outcome.Short}所，无法判定{outcome.Unknown}所";
        var en = $"{outcome.PeriodsJudged} month(s) ended, {outcome.Concerned} city-managed school(s), {outcome.Short} short, {outcome.Unknown} cannot be told";
        var (message, englishMessage) = outcome.Status switch
        {
            ComplianceStatus.NotDue => ($"{Title}：截至{Dates.Iso(context.AsOf)}尚无月份结束，未到期。", $"{EnglishTitle}: no month has ended at {Dates.Iso(context.AsOf)}, not yet due."),
            ComplianceStatus.NotApplicable => ($"{Title}：名册无配有公安联络员的市管学校，不适用。", $"{EnglishTitle}: no city-managed school with a liaison officer in the register."),
            ComplianceStatus.Met => ($"{Title}：达标（{zh}）。", $"{EnglishTitle}: met ({en})."),
            ComplianceStatus.NotMet => ($"{Title}：未达标（{zh}）。", $"{EnglishTitle}: not met ({en})."),
            _ => ($"{Title}：无法判定，名册数据早于月末（{zh}）。", $"{EnglishTitle}: cannot tell, the register predates a month's end ({en})."),
        };
        return NewFinding(context, outcome.Status, outcome.Reason, message, englishMessage) with
        {
            Due = outcome.Due,
            Figures =
            [
                new("months-judged", outcome.PeriodsJudged),
                new("campuses-concerned", outcome.Concerned),
                new("campuses-short", outcome.Short),
                new("campuses-unknown", outcome.Unknown),
            ],
            Shortfall = outcome.Short,
            Campuses = outcome.Campuses,
        };
    }
}
