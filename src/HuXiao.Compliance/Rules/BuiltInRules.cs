using HuXiao.Calendar;

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

    /// <summary>Fresh instances of every built-in rule, read from the targets of the built-in Zhengzhou 2017 definition, in catalogue order.</summary>
    public static IReadOnlyList<ComplianceRule> Create() => RuleCatalogue.For(Campaign.Zhengzhou2017).Rules;
}
