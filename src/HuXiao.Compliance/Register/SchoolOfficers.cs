namespace HuXiao.Compliance;

/// <summary>
/// The "six officers in schools" (六员进校园, 二(七)) a city-managed school has: one flag per post, never a
/// person's name. Combine with <c>|</c>; <see cref="All"/> is the full set.
/// </summary>
[Flags]
public enum SchoolOfficers
{
    /// <summary>No officer.</summary>
    None = 0,

    /// <summary>法制辅导员 (legal counsellor).</summary>
    LegalCounsellor = 1,

    /// <summary>公安联络员 (police liaison officer).</summary>
    PoliceLiaison = 2,

    /// <summary>消防指导员 (fire-safety adviser).</summary>
    FireSafetyAdviser = 4,

    /// <summary>食品监督员 (food-safety supervisor).</summary>
    FoodSafetySupervisor = 8,

    /// <summary>护校巡防员 (school patrol officer).</summary>
    SchoolPatrolOfficer = 16,

    /// <summary>心理疏导员 (psychological counsellor).</summary>
    PsychologicalCounsellor = 32,

    /// <summary>All six.</summary>
    All = LegalCounsellor | PoliceLiaison | FireSafetyAdviser | FoodSafetySupervisor | SchoolPatrolOfficer | PsychologicalCounsellor,
}
