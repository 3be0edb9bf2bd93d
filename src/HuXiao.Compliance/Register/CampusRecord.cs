using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// One campus in an integrator's register: counts and flags only — no field holds any person's name, ID number
/// or address. Immutable; make a changed copy with <c>with</c>. Checked for consistency when a
/// <see cref="CampusRegister"/> is built.
/// </summary>
public sealed record CampusRecord
{
    /// <summary>The campus's code in the register (for example its education-statistics code).</summary>
    public required string Code { get; init; }

    /// <summary>The campus's name (the school's, never a person's).</summary>
    public required string Name { get; init; }

    /// <summary>Urban (A02) or rural (A03).</summary>
    public required CampusLocation Location { get; init; }

    /// <summary>The kind of school.</summary>
    public required CampusType Type { get; init; }

    /// <summary>Boarding students (寄宿生); more than zero makes it a boarding campus.</summary>
    public long BoardingStudents { get; init; }

    /// <summary>Non-boarding students (走读生).</summary>
    public long NonBoardingStudents { get; init; }

    /// <summary>Teachers and other staff (教职员工).</summary>
    public long Staff { get; init; }

    /// <summary>Full-time security guards (专职保安员, A04).</summary>
    public long Guards { get; init; }

    /// <summary>Of <see cref="Guards"/>, those trained and certified (持证上岗, 二(一)3).</summary>
    public long CertifiedGuards { get; init; }

    /// <summary>Full- or part-time security staff (专(兼)职治安保卫人员, A06).</summary>
    public long SecurityStaff { get; init; }

    /// <summary>Under closed management (封闭式管理, A08).</summary>
    public bool ClosedManagement { get; init; }

    /// <summary>Protective equipment items such as restraint forks (安全叉等防护装备, A09).</summary>
    public long ProtectiveEquipmentItems { get; init; }

    /// <summary>Whether the set of protective equipment is complete against the province's list (已配齐, A10).</summary>
    public bool ProtectiveEquipmentComplete { get; init; }

    /// <summary>Found to need hard anti-ramming barriers (A11).</summary>
    public bool NeedsAntiRammingBarriers { get; init; }

    /// <summary>Has hard anti-ramming barriers installed (A12).</summary>
    public bool HasAntiRammingBarriers { get; init; }

    /// <summary>Found to need traffic facilities nearby: speed bumps, warning signs (A13).</summary>
    public bool NeedsTrafficFacilities { get; init; }

    /// <summary>Has traffic facilities installed nearby (A14).</summary>
    public bool HasTrafficFacilities { get; init; }

    /// <summary>Video cameras installed (A15).</summary>
    public long Cameras { get; init; }

    /// <summary>Cameras at the gate and other key places (A16).</summary>
    public bool CamerasAtGate { get; init; }

    /// <summary>Video linked to the police (A17).</summary>
    public bool VideoLinked { get; init; }

    /// <summary>Tech-defence system meets the national standard, GB/T 29315 (A18).</summary>
    public bool MeetsNationalStandard { get; init; }

    /// <summary>One-touch alarm installed and linked to the police alarm platform (A19).</summary>
    public bool OneTouchAlarmLinked { get; init; }

    /// <summary>Dates of emergency drills held (应急演练, 二(六)).</summary>
    public IReadOnlyList<LocalDate> DrillDates { get; init; } = [];

    /// <summary>Whether this is one of the city-managed schools (市管学校) of the six-officer programme (二(七)).</summary>
    public bool IsCityManaged { get; init; }

    /// <summary>Which of the six officers the school has (posts only, never names).</summary>
    public SchoolOfficers Officers { get; init; }

    /// <summary>Dates the police liaison officer worked at the school (二(七)).</summary>
    public IReadOnlyList<LocalDate> LiaisonVisitDates { get; init; } = [];

    /// <summary>For a boarding campus: 24-hour duty in place (24小时值班值守, 二(一)3).</summary>
    public bool RoundTheClockDuty { get; init; }

    /// <summary>For a boarding campus: dormitory managers (宿舍管理人员, 二(一)3).</summary>
    public long DormitoryManagers { get; init; }

    /// <summary>All students, boarding and non-boarding.</summary>
    public long Students => checked(BoardingStudents + NonBoardingStudents);

    /// <summary>Students plus staff (师生员工).</summary>
    public long StudentsAndStaff => checked(Students + Staff);

    /// <summary>Whether the campus has boarding students.</summary>
    public bool IsBoarding => BoardingStudents > 0;

    /// <summary>The code and name.</summary>
    public override string ToString() => $"{Code} {Name}";
}
