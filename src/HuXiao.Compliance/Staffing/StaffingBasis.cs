namespace HuXiao.Compliance;

/// <summary>What a staffing norm counts to size a campus.</summary>
public enum StaffingBasis
{
    /// <summary>Students plus staff (师生员工).</summary>
    StudentsAndStaff,

    /// <summary>All students, boarding and non-boarding.</summary>
    Students,

    /// <summary>Non-boarding students only (走读生).</summary>
    NonBoardingStudents,
}
