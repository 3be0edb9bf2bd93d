namespace HuXiao.Compliance;

/// <summary>
/// The ids and fresh instances of the built-in rules of the Zhengzhou 2017 campaign (郑公通〔2017〕66号), from the
/// project's campaign specification. Each call makes new instances; nothing here is shared mutable state.
/// </summary>
public static class BuiltInRules
{
    /// <summary>A05 = A01 by 2017-05-31: guards at every campus (二(一)3).</summary>
    public const string GuardsOnEveryCampus = "guards-on-every-campus";

    /// <summary>A07 = A01 by 2017-05-31: security staff at every campus (二(一)3).</summary>
    public const string SecurityStaffOnEveryCampus = "security-staff-on-every-campus";

    /// <summary>A10 = A01 by 2017-05-31: protective equipment complete at every campus (二(一)3).</summary>
    public const string ProtectiveEquipment = "protective-equipment";

    /// <summary>A16 = A01 by 2017-05-31: video at the gate of every campus (二(一)4).</summary>
    public const string GateVideo = "gate-video";

    /// <summary>A08 = A01 by 2017-05-31: closed management at every campus (二(一)5).</summary>
    public const string ClosedManagement = "closed-management";

    /// <summary>A12 ≥ A11 by 2017-05-31: anti-ramming barriers wherever needed (二(一)5).</summary>
    public const string AntiRammingBarriers = "anti-ramming-barriers";

    /// <summary>A14 ≥ A13 by 2017-05-31: traffic facilities wherever needed (二(一)5).</summary>
    public const string TrafficFacilities = "traffic-facilities";

    /// <summary>A19 = A01 by 2017-10-31: one-touch alarm linked to the police at every campus (二(一)4).</summary>
    public const string OneTouchAlarm = "one-touch-alarm";

    /// <summary>The report deadline rules that compare two indicators, in catalogue order.</summary>
    public static IReadOnlyList<string> DeadlineTargetIds { get; } =
        [GuardsOnEveryCampus, SecurityStaffOnEveryCampus, ProtectiveEquipment, GateVideo, ClosedManagement, AntiRammingBarriers, TrafficFacilities, OneTouchAlarm];

    /// <summary>Fresh instances of every built-in rule, with the documented defaults, in catalogue order.</summary>
    public static IReadOnlyList<ComplianceRule> Create()
    {
        var may = Deadline.EndOfMay2017;
        const string staffing = "二(一)3: 2017年5月底前，所有学校、幼儿园要按照配备标准，配齐专兼职安全保卫人员、保安员和安全防护装备器械";
        return
        [
            new ReportTargetRule(GuardsOnEveryCampus, "所有校园配备保安员", "Guards at every campus", "二(一)3", "A05", "A01", may, staffing),
            new ReportTargetRule(SecurityStaffOnEveryCampus, "所有校园配备专兼职安全保卫人员", "Security staff at every campus", "二(一)3", "A07", "A01", may, staffing),
            new ReportTargetRule(ProtectiveEquipment, "所有校园配齐安全防护装备", "Protective equipment complete at every campus", "二(一)3", "A10", "A01", may, staffing),
            new ReportTargetRule(GateVideo, "所有校园大门口等重要位置安装视频监控", "Video surveillance at the gate of every campus", "二(一)4", "A16", "A01", may, "二(一)4: 2017年5月底前，所有学校、幼儿园在大门口等重要位置安装完毕视频监控装置"),
            new ReportTargetRule(ClosedManagement, "所有校园实现封闭式管理", "Closed management at every campus", "二(一)5", "A08", "A01", may, "二(一)5: 2017年5月底前，所有学校、幼儿园实现封闭式管理"),
            new ReportTargetRule(AntiRammingBarriers, "需要的校园全部安装硬质防冲撞设施", "Anti-ramming barriers at every campus that needs them", "二(一)5", "A12", "A11", may, "二(一)5: 所有需要设置…隔离栏、升降柱硬质防冲撞设施的学校、幼儿园，要全部设置安装完毕 (2017年5月底前)"),
            new ReportTargetRule(TrafficFacilities, "需要的校园周边全部安装交通设施", "Traffic facilities at every campus that needs them", "二(一)5", "A14", "A13", may, "二(一)5: 所有需要设置减速带、警示标志…的学校、幼儿园，要全部设置安装完毕 (2017年5月底前)"),
            new ReportTargetRule(OneTouchAlarm, "所有校园安装一键式报警并接入公安机关", "One-touch alarm linked to the police at every campus", "二(一)4", "A19", "A01", Deadline.EndOfOctober2017, "二(一)4: 2017年10月底前，所有学校、幼儿园安装完毕“一键式”报警装置，并接入公安机关报警平台"),
            new UrbanTechDefenceRateRule(),
            new StaffingNormRule(),
            new GuardsCertifiedRule(),
            new BoardingDutyRule(),
            new DrillsEachSemesterRule(),
            new SixOfficersRule(),
            new LiaisonVisitsRule(),
        ];
    }
}
