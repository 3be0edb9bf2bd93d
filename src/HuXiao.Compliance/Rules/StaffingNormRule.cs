
namespace HuXiao.Compliance;

/// <summary>
/// Guards per campus to the staffing norm (按照配备标准配齐…保安员, 二(一)3), due 2017-05-31. The norm is a
/// <see cref="StaffingPreset"/>: the 2015 规范 by default, or GB/T 29315-2022, or a province's own. A campus in
/// a band the preset leaves unknown cannot be told — never guessed. More guards never make a campus worse.
/// </summary>
public sealed record StaffingNormRule : PerCampusRule
{
    /// <summary>The id of the built-in rule.</summary>
    public const string DefaultId = "staffing-norm";

    /// <summary>Creates the rule with the documented defaults: the 2015 norm, due 2017-05-31.</summary>
    public StaffingNormRule()
        : base(DefaultId, "保安员按配备标准配齐", "Guards per campus to the staffing norm", "二(一)3")
    {
        Due = Deadline.EndOfMay2017;
        DueSource = "二(一)3: 2017年5月底前，所有学校、幼儿园要按照配备标准，配齐…保安员";
    }

    /// <summary>The staffing norm; <see cref="StaffingPreset.Norm2015"/> by default.</summary>
    public StaffingPreset Preset { get; init; } = StaffingPreset.Norm2015;

    /// <inheritdoc />
    public override IReadOnlyList<RuleParameter> Parameters =>
    [
        new("Preset", Preset.ToString(), "guards required by campus size", Preset.Source),
        new("Due", Dates.Iso(Due), "due by the end of this day", DueSource),
    ];

    /// <inheritdoc />
    protected override bool Concerns(CampusRecord campus) => true;

    /// <inheritdoc />
    protected override CampusAssessment Assess(CampusRecord campus)
    {
        var size = Preset.SizeOf(campus);
        var required = Preset.Required(size);
        if (required is not { } r)
        {
            return new(ComplianceStatus.CannotTell, $"规模{Text.N(size)}人，所选标准未规定该档人数", $"size {Text.N(size)}: the preset leaves this band unknown", FindingReason.UnknownNormBand);
        }

        return campus.Guards >= r
            ? CampusAssessment.Met
            : new(ComplianceStatus.NotMet, $"规模{Text.N(size)}人，应配保安员{Text.N(r)}人，实配{Text.N(campus.Guards)}人", $"size {Text.N(size)}: {Text.N(r)} guard(s) required, {Text.N(campus.Guards)} employed");
    }

    /// <inheritdoc />
    protected override IEnumerable<Figure> ExtraFigures(IReadOnlyList<(CampusRecord Campus, CampusAssessment Assessment)> concerned)
    {
        long missing = 0;
        foreach (var (campus, assessment) in concerned)
        {
            if (assessment.Status == ComplianceStatus.NotMet && Preset.Required(campus) is { } r)
            {
                missing = checked(missing + (r - campus.Guards));
            }
        }

        yield return new Figure("guards-short", missing);
    }
}
