namespace HuXiao.Compliance;

/// <summary>The Chinese and English names of the six officers (二(七)).</summary>
public static class SchoolOfficerNames
{
    /// <summary>Each single officer flag with its Chinese and English name, in the order the source lists them.</summary>
    public static IReadOnlyList<(SchoolOfficers Officer, string Name, string EnglishName)> Each { get; } =
    [
        (SchoolOfficers.LegalCounsellor, "法制辅导员", "legal counsellor"),
        (SchoolOfficers.PoliceLiaison, "公安联络员", "police liaison officer"),
        (SchoolOfficers.FireSafetyAdviser, "消防指导员", "fire-safety adviser"),
        (SchoolOfficers.FoodSafetySupervisor, "食品监督员", "food-safety supervisor"),
        (SchoolOfficers.SchoolPatrolOfficer, "护校巡防员", "school patrol officer"),
        (SchoolOfficers.PsychologicalCounsellor, "心理疏导员", "psychological counsellor"),
    ];

    /// <summary>The Chinese names of the officers in a set, joined with 、.</summary>
    /// <param name="officers">A set of officers.</param>
    public static string ToChinese(this SchoolOfficers officers)
        => string.Join("、", Each.Where(e => officers.HasFlag(e.Officer)).Select(e => e.Name));

    /// <summary>The English names of the officers in a set, joined with commas.</summary>
    /// <param name="officers">A set of officers.</param>
    public static string ToEnglish(this SchoolOfficers officers)
        => string.Join(", ", Each.Where(e => officers.HasFlag(e.Officer)).Select(e => e.EnglishName));
}
