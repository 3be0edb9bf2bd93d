
namespace HuXiao.Compliance;

/// <summary>
/// The six officers at every city-managed school (六员进校园, 二(七)): one each of 法制辅导员, 公安联络员,
/// 消防指导员, 食品监督员, 护校巡防员 and 心理疏导员. The source gives no date; due by the end of the push phase,
/// 2017-10-31 (a setting).
/// </summary>
public sealed record SixOfficersRule : PerCampusRule
{
    /// <summary>The id of the built-in rule.</summary>
    public const string DefaultId = "six-officers";

    /// <summary>Creates the rule, due 2017-10-31 (a setting).</summary>
    public SixOfficersRule()
        : base(DefaultId, "市管学校配齐“六员”", "Six officers at every city-managed school", "二(七)")
    {
        Due = Deadline.PushPhaseEnd;
        DueSource = "setting: the source gives no date; the push phase (集中攻坚) ends 2017-10-31";
    }

    /// <summary>The officers each city-managed school must have; all six by default (二(七)).</summary>
    public SchoolOfficers Required { get; init; } = SchoolOfficers.All;

    /// <inheritdoc />
    public override IReadOnlyList<RuleParameter> Parameters =>
    [
        new("Required", Required.ToEnglish(), "officers each city-managed school must have", "二(七): 为每一所市管学校配备一名法制辅导员、一名公安联络员、一名消防指导员、一名食品监督员、一名护校巡防员和一名心理疏导员"),
        new("Due", Dates.Iso(Due), "due by the end of this day", DueSource),
    ];

    /// <inheritdoc />
    protected override bool Concerns(CampusRecord campus) => campus.IsCityManaged;

    /// <inheritdoc />
    protected override CampusAssessment Assess(CampusRecord campus)
    {
        var missing = Required & ~campus.Officers;
        return missing == SchoolOfficers.None
            ? CampusAssessment.Met
            : new(ComplianceStatus.NotMet, $"缺{missing.ToChinese()}", $"missing: {missing.ToEnglish()}");
    }
}
