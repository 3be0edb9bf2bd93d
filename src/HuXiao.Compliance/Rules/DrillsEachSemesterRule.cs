using HuXiao.Calendar;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// Emergency drills at least once each semester (应急演练活动每学期不少于1次, 二(六)). The plan's sentence has the
/// education bureaus and police organs as its subject (教育部门、公安机关…组织开展…应急演练活动); by default the rule
/// counts the drills of every campus in the register (<see cref="DrillScope.PerCampus"/>) — a setting, not the
/// plan's words; <see cref="Scope"/> = <see cref="DrillScope.PerUnit"/> judges the register's unit as a whole.
/// Each semester is due by its last day; semesters not yet ended at the as-of date are not judged, so the rule is
/// not-due until the first semester ends. The semesters are a parameter: the default is
/// <see cref="SemesterDefaults.Zhengzhou2017"/>, ASSUMED dates to replace with the real school calendar.
/// </summary>
public sealed record DrillsEachSemesterRule : ComplianceRule, IRegisterRule
{
    /// <summary>The id of the built-in rule.</summary>
    public const string DefaultId = "drills-each-semester";

    private readonly IReadOnlyList<Semester> _semesters = SemesterDefaults.Zhengzhou2017;
    private readonly DrillScope _scope = DrillScope.PerCampus;

    /// <summary>Creates the rule with the documented defaults: at least 1 drill at every campus, the assumed 2017 semesters.</summary>
    public DrillsEachSemesterRule()
        : base(DefaultId, "应急演练每学期不少于1次", "At least one emergency drill each semester", "二(六)")
    {
        Due = null;
        DueSource = "the end of each semester (parameter Semesters)";
    }

    /// <summary>The least number of drills per semester: 1 (每学期不少于1次, 二(六)).</summary>
    public long MinimumPerSemester { get; init; } = 1;

    /// <summary>
    /// Whom the drills are counted for: <see cref="DrillScope.PerCampus"/> by default (every campus, a setting), or
    /// <see cref="DrillScope.PerUnit"/> (the register's unit as a whole, the plan's subject 教育部门、公安机关).
    /// </summary>
    /// <exception cref="ArgumentException">A value that is not a <see cref="DrillScope"/>.</exception>
    public DrillScope Scope
    {
        get => _scope;
        init
        {
            Preconditions.CheckArgument(Enum.IsDefined(value), nameof(Scope), $"Unknown drill scope {(int)value}; use DrillScope.PerCampus or DrillScope.PerUnit.");
            _scope = value;
        }
    }

    /// <summary>The semesters judged; by default <see cref="SemesterDefaults.Zhengzhou2017"/> (ASSUMED dates).</summary>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.InvalidSemesters"/>: empty, or a name repeats.</exception>
    public IReadOnlyList<Semester> Semesters
    {
        get => _semesters;
        init => _semesters = CheckSemesters(value);
    }

    /// <summary>
    /// Per campus, a campus short in a unit at hand is short whatever the missing units hold
    /// (<see cref="MissingUnitsLaw.ShortfallHolds"/>); per unit, the missing units' drills count towards the same
    /// total, so nothing holds (<see cref="MissingUnitsLaw.NothingHolds"/>).
    /// </summary>
    public override MissingUnitsLaw WhenUnitsMissing => Scope == DrillScope.PerCampus ? MissingUnitsLaw.ShortfallHolds : MissingUnitsLaw.NothingHolds;

    /// <inheritdoc />
    public override IReadOnlyList<RuleParameter> Parameters =>
    [
        new("MinimumPerSemester", Text.N(MinimumPerSemester), "drills per semester at least", "二(六): 应急演练活动每学期不少于1次"),
        new("Scope", Scope == DrillScope.PerUnit ? "per-unit" : "per-campus", Scope == DrillScope.PerUnit ? "the register's unit as a whole, all its campuses' drills counted together" : "every campus in the register",
            "setting: the plan's subject is the bureaus that organise the drills (二(六): 教育部门、公安机关…组织开展…应急演练活动…其中，应急演练活动每学期不少于1次); per-campus is the stricter reading, per-unit the literal one"),
        new("Semesters", string.Join("; ", Semesters), "the semesters, each due by its last day", ReferenceEquals(Semesters, SemesterDefaults.Zhengzhou2017) ? "ASSUMED dates (norms.md); replace with the official school calendar" : "setting"),
    ];

    /// <inheritdoc />
    public ComplianceFinding Judge(RegisterCheckContext context)
    {
        Preconditions.CheckNotNull(context);
        var semesters = Semesters.Select(s => (s.Name.Chinese, s.Dates)).ToArray();
        if (Scope == DrillScope.PerUnit)
        {
            return JudgeUnit(context, semesters);
        }

        var outcome = RecurringTargetJudge.Judge(context, semesters, _ => true, c => c.DrillDates, MinimumPerSemester);
        var zh = $"已结束学期{outcome.PeriodsJudged}个，校园{outcome.Concerned}所，不足{outcome.Short}所，无法判定{outcome.Unknown}所";
        var en = $"{outcome.PeriodsJudged} semester(s) ended, {outcome.Concerned} campus(es), {outcome.Short} short, {outcome.Unknown} cannot be told";
        var (message, englishMessage) = outcome.Status switch
        {
            ComplianceStatus.NotDue => ($"{Title}：截至{Dates.Iso(context.AsOf)}尚无学期结束，未到期。", $"{EnglishTitle}: no semester has ended at {Dates.Iso(context.AsOf)}, not yet due."),
            ComplianceStatus.NotApplicable => ($"{Title}：名册无校园，不适用。", $"{EnglishTitle}: the register has no campus."),
            ComplianceStatus.Met => ($"{Title}：达标（{zh}）。", $"{EnglishTitle}: met ({en})."),
            ComplianceStatus.NotMet => ($"{Title}：未达标（{zh}）。", $"{EnglishTitle}: not met ({en})."),
            _ => ($"{Title}：无法判定，名册数据早于学期结束（{zh}）。", $"{EnglishTitle}: cannot tell, the register predates a semester's end ({en})."),
        };
        return NewFinding(context, outcome.Status, outcome.Reason, message, englishMessage) with
        {
            Due = outcome.Due,
            Figures =
            [
                new("semesters-judged", outcome.PeriodsJudged),
                new("campuses-concerned", outcome.Concerned),
                new("campuses-short", outcome.Short),
                new("campuses-unknown", outcome.Unknown),
            ],
            Shortfall = outcome.Short,
            Campuses = outcome.Campuses,
        };
    }

    // The plan's literal subject: the unit's campuses' drills pooled, judged as one.
    private ComplianceFinding JudgeUnit(RegisterCheckContext context, IReadOnlyList<(string, DateInterval)> semesters)
    {
        var campuses = context.Register.Campuses;
        (string, IReadOnlyList<LocalDate>)[] unit = campuses.Count == 0 ? [] : [(context.Subject.Code, campuses.SelectMany(c => c.DrillDates).ToArray())];
        var outcome = RecurringTargetJudge.Judge(context, semesters, unit, MinimumPerSemester);
        var detail = outcome.Campuses.Count > 0 ? outcome.Campuses[0] : null;
        var zh = $"已结束学期{outcome.PeriodsJudged}个，按单位合计（校园{Text.N(campuses.Count)}所）{(detail is null ? string.Empty : "，" + detail.Message)}";
        var en = $"{outcome.PeriodsJudged} semester(s) ended, counted for the unit as a whole ({Text.N(campuses.Count)} campus(es)){(detail is null ? string.Empty : ": " + detail.EnglishMessage)}";
        var (message, englishMessage) = outcome.Status switch
        {
            ComplianceStatus.NotDue => ($"{Title}：截至{Dates.Iso(context.AsOf)}尚无学期结束，未到期。", $"{EnglishTitle}: no semester has ended at {Dates.Iso(context.AsOf)}, not yet due."),
            ComplianceStatus.NotApplicable => ($"{Title}：名册无校园，不适用。", $"{EnglishTitle}: the register has no campus."),
            ComplianceStatus.Met => ($"{Title}：达标（{zh}）。", $"{EnglishTitle}: met ({en})."),
            ComplianceStatus.NotMet => ($"{Title}：未达标（{zh}）。", $"{EnglishTitle}: not met ({en})."),
            _ => ($"{Title}：无法判定，名册数据早于学期结束（{zh}）。", $"{EnglishTitle}: cannot tell, the register predates a semester's end ({en})."),
        };
        return NewFinding(context, outcome.Status, outcome.Reason, message, englishMessage) with
        {
            Due = outcome.Due,
            Figures =
            [
                new("semesters-judged", outcome.PeriodsJudged),
                new("campuses-concerned", campuses.Count),
            ],
        };
    }

    internal static IReadOnlyList<Semester> CheckSemesters(IEnumerable<Semester>? semesters)
    {
        var list = semesters?.ToArray() ?? [];
        if (list.Length == 0 || list.Any(s => s is null))
        {
            throw new ComplianceException(ComplianceErrorCodes.InvalidSemesters, "Give at least one semester, none null.");
        }

        var repeated = list.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ComplianceException(ComplianceErrorCodes.InvalidSemesters, $"Semester id '{repeated.Key}' appears twice; give each semester its own id.");
        }

        return list;
    }
}
