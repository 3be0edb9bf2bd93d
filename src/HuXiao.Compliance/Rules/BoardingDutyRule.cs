
namespace HuXiao.Compliance;

/// <summary>
/// Boarding campuses: full-time guards and dormitory managers, on 24-hour duty (寄宿制校园要按规定配备专职保安员和宿舍管理人员,
/// 24小时值班值守, 二(一)3). A campus is boarding when it has boarding students. Due 2017-05-31: the plan's next
/// sentence dates the staffing of every campus (2017年5月底前，所有学校、幼儿园要按照配备标准，配齐专兼职安全保卫人员、保安员…,
/// 二(一)3), and a boarding campus's guards and dormitory managers are that staffing — the date rule
/// <c>staffing-norm</c> uses for the same guards.
/// </summary>
/// <remarks>
/// Before 2017-05-31 became the default, the rule was due at the end of the push phase, 2017-10-31, on the reading
/// that the sentence gives no date of its own. To judge by that reading, set the due date:
/// <c>catalogue.WithDue(BoardingDutyRule.DefaultId, Deadline.PushPhaseEnd)</c>, or
/// <c>options.DueDates[BoardingDutyRule.DefaultId] = Deadline.PushPhaseEnd</c>.
/// </remarks>
public sealed record BoardingDutyRule : PerCampusRule
{
    /// <summary>The id of the built-in rule.</summary>
    public const string DefaultId = "boarding-duty";

    /// <summary>Creates the rule, due 2017-05-31 (二(一)3: 2017年5月底前…配齐专兼职安全保卫人员、保安员).</summary>
    public BoardingDutyRule()
        : base(DefaultId, "寄宿制校园专职保安、宿管人员24小时值守", "Boarding campuses: guards and dormitory managers on 24-hour duty", "二(一)3")
    {
        Due = Deadline.EndOfMay2017;
        DueSource = "二(一)3: 2017年5月底前，所有学校、幼儿园要按照配备标准，配齐专兼职安全保卫人员、保安员 (the boarding campus's staffing is part of it; set 2017-10-31, Deadline.PushPhaseEnd, for the earlier reading)";
    }

    /// <summary>The least number of dormitory managers: 1 — the source requires them but gives no number, so "has them" is read as at least one.</summary>
    public long MinimumDormitoryManagers { get; init; } = 1;

    /// <summary>The least number of full-time guards: 1 — the source requires them; the staffing norm judges how many.</summary>
    public long MinimumGuards { get; init; } = 1;

    /// <inheritdoc />
    public override IReadOnlyList<RuleParameter> Parameters =>
    [
        new("MinimumDormitoryManagers", Text.N(MinimumDormitoryManagers), "dormitory managers at least", "二(一)3 requires 宿舍管理人员 without a number: read as at least one (setting)"),
        new("MinimumGuards", Text.N(MinimumGuards), "full-time guards at least", "二(一)3 requires 专职保安员; the number is the staffing norm's (rule staffing-norm)"),
        new("Due", Dates.Iso(Due), "due by the end of this day", DueSource),
    ];

    /// <inheritdoc />
    protected override bool Concerns(CampusRecord campus) => campus.IsBoarding;

    /// <inheritdoc />
    protected override CampusAssessment Assess(CampusRecord campus)
    {
        var zh = new List<string>();
        var en = new List<string>();
        if (!campus.RoundTheClockDuty)
        {
            zh.Add("未落实24小时值班值守");
            en.Add("no 24-hour duty");
        }

        if (campus.DormitoryManagers < MinimumDormitoryManagers)
        {
            zh.Add($"宿管人员{Text.N(campus.DormitoryManagers)}人");
            en.Add($"{Text.N(campus.DormitoryManagers)} dormitory manager(s)");
        }

        if (campus.Guards < MinimumGuards)
        {
            zh.Add($"专职保安员{Text.N(campus.Guards)}人");
            en.Add($"{Text.N(campus.Guards)} guard(s)");
        }

        return zh.Count == 0 ? CampusAssessment.Met : new(ComplianceStatus.NotMet, string.Join("；", zh), string.Join("; ", en));
    }
}
