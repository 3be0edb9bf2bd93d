namespace HuXiao.Compliance;

/// <summary>
/// The stable codes of the errors the compliance package raises, in the range <c>HX05xx</c>. Codes are never
/// renamed or reused; the docs publish this catalogue beside <see cref="HuXiao.Reporting.ErrorCodes"/>.
/// </summary>
public static class ComplianceErrorCodes
{
    /// <summary>A rule id that the catalogue does not hold (a typo would otherwise switch nothing off).</summary>
    public const string UnknownRule = "HX0501";

    /// <summary>Two rules with the same id, or a rule with an empty id or title.</summary>
    public const string RuleDefinition = "HX0502";

    /// <summary><see cref="ComplianceOptions"/> failed validation when they were built.</summary>
    public const string InvalidOptions = "HX0503";

    /// <summary>The units' reports given for tighter bounds do not belong to the report judged (form, period or sums differ).</summary>
    public const string UnitReportsMismatch = "HX0504";

    /// <summary>A campus register was refused: a duplicate campus code, a negative count, or flags that contradict counts.</summary>
    public const string InvalidRegister = "HX0505";

    /// <summary>A sum over campuses or units went past the range of a 64-bit whole number.</summary>
    public const string ArithmeticOverflow = "HX0506";

    /// <summary>A staffing preset was refused: bands overlapping, leaving a gap, or not starting at zero.</summary>
    public const string InvalidStaffingPreset = "HX0507";

    /// <summary>A report form lacks an indicator that a conversion needs (a register sums into Table A, A01–A19).</summary>
    public const string MissingIndicator = "HX0508";

    /// <summary>A semester list was refused: empty, or names repeated.</summary>
    public const string InvalidSemesters = "HX0509";
}
