
namespace HuXiao.Compliance;

/// <summary>
/// Every guard trained and certified (保安员要经岗前培训后持证上岗, 二(一)3): at each campus with guards,
/// certified guards equal guards. The source gives no date; due by the end of the push phase, 2017-10-31 (a
/// setting).
/// </summary>
public sealed record GuardsCertifiedRule : PerCampusRule
{
    /// <summary>The id of the built-in rule.</summary>
    public const string DefaultId = "guards-certified";

    /// <summary>Creates the rule, due 2017-10-31 (a setting).</summary>
    public GuardsCertifiedRule()
        : base(DefaultId, "保安员持证上岗", "Every guard certified", "二(一)3")
    {
        Due = Deadline.PushPhaseEnd;
        DueSource = "setting: the source gives no date; the push phase (集中攻坚) ends 2017-10-31";
    }

    /// <inheritdoc />
    public override IReadOnlyList<RuleParameter> Parameters => [new("Due", Dates.Iso(Due), "due by the end of this day", DueSource)];

    /// <inheritdoc />
    protected override bool Concerns(CampusRecord campus) => campus.Guards > 0;

    /// <inheritdoc />
    protected override CampusAssessment Assess(CampusRecord campus)
        => campus.CertifiedGuards >= campus.Guards
            ? CampusAssessment.Met
            : new(ComplianceStatus.NotMet, $"保安员{Text.N(campus.Guards)}人，持证{Text.N(campus.CertifiedGuards)}人", $"{Text.N(campus.Guards)} guard(s), {Text.N(campus.CertifiedGuards)} certified");
}
