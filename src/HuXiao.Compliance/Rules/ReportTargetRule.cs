using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// A deadline target between two Table A figures: by the due date, <see cref="Achieved"/> must reach
/// <see cref="Target"/> (for example A08 = A01: every campus under closed management; A12 ≥ A11: every campus
/// that needs barriers has them). Judges reports from their 合计, and registers campus by campus.
/// </summary>
/// <remarks>
/// On a report: not-due on or before the due date (whatever the data); after it, cannot-tell when a cell is
/// blank (or blank in some units of a roll-up), met when achieved ≥ target, and when short, not-met — or
/// cannot-tell when the report's month ends before the due date (the data predates the deadline). A target of
/// zero campuses is not-applicable. On a register, where both figures are campus counts, each campus counted in
/// the target must be counted in the achieved figure, and the campuses that are not are listed.
/// </remarks>
public sealed record ReportTargetRule : ComplianceRule, IReportRule, IRegisterRule
{
    /// <summary>Creates a target rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="title">The title in Chinese.</param>
    /// <param name="englishTitle">The title in English.</param>
    /// <param name="source">The source clause.</param>
    /// <param name="achieved">The indicator that must reach the target, for example <c>A08</c>.</param>
    /// <param name="target">The indicator it must reach, for example <c>A01</c>.</param>
    /// <param name="due">The due date, or <see langword="null"/>.</param>
    /// <param name="dueSource">Where the due date comes from.</param>
    public ReportTargetRule(string id, string title, string englishTitle, string source, string achieved, string target, LocalDate? due, string dueSource)
        : base(id, title, englishTitle, source)
    {
        Achieved = Preconditions.CheckNotBlank(achieved);
        Target = Preconditions.CheckNotBlank(target);
        Due = due;
        DueSource = dueSource ?? string.Empty;
    }

    /// <summary>The indicator that must reach the target, for example <c>A08</c>.</summary>
    public string Achieved { get; init; }

    /// <summary>The indicator it must reach, for example <c>A01</c>.</summary>
    public string Target { get; init; }

    /// <summary>Every campus must reach the target: a campus short in a unit that reported stays short whatever the missing units hold.</summary>
    public override MissingUnitsLaw WhenUnitsMissing => MissingUnitsLaw.ShortfallHolds;

    /// <inheritdoc />
    public override IReadOnlyList<RuleParameter> Parameters =>
    [
        new("Achieved", Achieved, "the indicator that must reach the target", Source),
        new("Target", Target, "the indicator it must reach (achieved ≥ target)", Source),
        new("Due", Dates.Iso(Due), "due by the end of this day", DueSource),
    ];

    /// <inheritdoc />
    public ComplianceFinding Judge(ReportCheckContext context)
    {
        Preconditions.CheckNotNull(context);
        var achieved = context.Read(Achieved);
        var target = context.Read(Target);
        var evidence = new[] { achieved.ToIndicatorValue(), target.ToIndicatorValue() };
        long? shortfall = achieved.IsUsable && target.IsUsable ? Math.Max(0, target.Value!.Value - achieved.Value!.Value) : null;
        var figures = shortfall is { } s ? new[] { new Figure("shortfall", s) } : [];
        var subject = $"{Achieved}={Text.N(achieved.Value)}，{Target}={Text.N(target.Value)}";
        var enSubject = $"{Achieved} = {Text.En(achieved.Value)}, {Target} = {Text.En(target.Value)}";

        ComplianceFinding finding;
        if (Deadline.IsNotDue(Due, context.AsOf))
        {
            finding = NewFinding(context, ComplianceStatus.NotDue, FindingReason.NotYetDue,
                $"{Title}：{Dates.Iso(Due)}前完成，截至{Dates.Iso(context.AsOf)}未到期（{subject}）。",
                $"{EnglishTitle}: due by {Dates.Iso(Due)}, not yet due at {Dates.Iso(context.AsOf)} ({enSubject}).");
        }
        else if (!achieved.IsUsable || !target.IsUsable)
        {
            var bad = !achieved.IsUsable ? achieved : target;
            finding = NewFinding(context, ComplianceStatus.CannotTell, bad.Problem,
                $"{Title}：无法判定，{Text.Problem(bad)}。",
                $"{EnglishTitle}: cannot tell, {Text.EnProblem(bad)}.");
        }
        else if (target.Value == 0)
        {
            finding = NewFinding(context, ComplianceStatus.NotApplicable, FindingReason.NoSubject,
                $"{Title}：{Target}为0，不适用。",
                $"{EnglishTitle}: {Target} is 0, nothing to judge.");
        }
        else if (achieved.Value >= target.Value)
        {
            finding = NewFinding(context, ComplianceStatus.Met, FindingReason.None,
                $"{Title}：达标（{subject}）。",
                $"{EnglishTitle}: met ({enSubject}).");
        }
        else
        {
            var (status, reason) = Deadline.WhenShort(Due, context.DataDate);
            finding = status == ComplianceStatus.NotMet
                ? NewFinding(context, status, reason,
                    $"{Title}：{Dates.Iso(Due)}已到期，未达标，差{Text.N(shortfall)}所（{subject}）。",
                    $"{EnglishTitle}: due by {Dates.Iso(Due)}, not met, {Text.En(shortfall)} campus(es) short ({enSubject}).")
                : NewFinding(context, status, reason,
                    $"{Title}：无法判定，报表数据（{Dates.Iso(context.Period)}）早于{Dates.Iso(Due)}的期限，当时差{Text.N(shortfall)}所（{subject}）。",
                    $"{EnglishTitle}: cannot tell, the data ({Dates.Iso(context.Period)}) predates the deadline {Dates.Iso(Due)}; {Text.En(shortfall)} short then ({enSubject}).");
        }

        return finding with { Indicators = evidence, Figures = figures, Shortfall = shortfall };
    }

    /// <inheritdoc />
    public ComplianceFinding Judge(RegisterCheckContext context)
    {
        Preconditions.CheckNotNull(context);
        if (!TableAMapping.CampusCounts.TryGetValue(Achieved, out var achieved) || !TableAMapping.CampusCounts.TryGetValue(Target, out var target))
        {
            // Not campus counts: judge the register's summary report.
            return Judge(new ReportCheckContext(context.Register.ToReport(), context.AsOf)) with { DataDate = context.DataDate };
        }

        var register = context.Register;
        var concerned = register.Campuses.Where(target).ToArray();
        var lacking = concerned.Where(c => !achieved(c)).ToArray();
        var evidence = new[] { new IndicatorValue(Achieved, register.Total(Achieved)), new IndicatorValue(Target, register.Total(Target)) };
        var figures = new[] { new Figure("campuses-concerned", concerned.Length), new Figure("campuses-achieved", concerned.Length - lacking.Length), new Figure("shortfall", lacking.Length) };
        var subject = $"应达{concerned.Length}所，已达{concerned.Length - lacking.Length}所";
        var enSubject = $"{concerned.Length - lacking.Length} of {concerned.Length} campuses";

        var (status, reason) = RegisterVerdict.Combine(Due, context, concerned.Length, lacking.Length, 0, FindingReason.None);
        var message = status switch
        {
            ComplianceStatus.NotDue => ($"{Title}：{Dates.Iso(Due)}前完成，未到期（{subject}）。", $"{EnglishTitle}: due by {Dates.Iso(Due)}, not yet due ({enSubject})."),
            ComplianceStatus.NotApplicable => ($"{Title}：无应达校园，不适用。", $"{EnglishTitle}: no campus concerned."),
            ComplianceStatus.Met => ($"{Title}：达标（{subject}）。", $"{EnglishTitle}: met ({enSubject})."),
            ComplianceStatus.NotMet => ($"{Title}：未达标，差{lacking.Length}所（{subject}）。", $"{EnglishTitle}: not met, {lacking.Length} campus(es) short ({enSubject})."),
            _ => ($"{Title}：无法判定，名册数据（{Dates.Iso(context.DataDate)}）早于{Dates.Iso(Due)}的期限，当时差{lacking.Length}所。", $"{EnglishTitle}: cannot tell, the register ({Dates.Iso(context.DataDate)}) predates the deadline {Dates.Iso(Due)}; {lacking.Length} short then."),
        };
        var campusStatus = RegisterVerdict.ShortCampusStatus(status);
        var campuses = lacking.Select(c => new CampusJudgement(c.Code, campusStatus, $"未计入{Achieved}", $"not counted in {Achieved}")).ToArray();
        return NewFinding(context, status, reason, message.Item1, message.Item2) with
        {
            Indicators = evidence,
            Figures = figures,
            Shortfall = lacking.Length,
            Campuses = campuses,
        };
    }
}
