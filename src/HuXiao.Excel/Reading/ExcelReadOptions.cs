using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel;

/// <summary>
/// What the caller knows about a workbook being read, and the unit list that turns a printed unit name into a code.
/// Everything is optional. A unit or month given here is checked against the form: the printed header and the
/// workbook's properties must agree with it, or the form is refused naming both. Immutable.
/// </summary>
public sealed record ExcelReadOptions
{
    /// <summary>No sheet named, nothing declared, the built-in unit list.</summary>
    public static ExcelReadOptions None { get; } = new();

    /// <summary>The sheet that holds the form, for a workbook that holds more than one form; compared ignoring case and surrounding spaces.</summary>
    public string? SheetName { get; init; }

    /// <summary>
    /// The reporting unit the form is declared to be: used when the workbook says nothing of its own (a blank
    /// template filled by hand, properties dropped by another program), and otherwise checked against what the
    /// workbook says: a different unit refuses the form (<see cref="ExcelErrorCodes.IdentityConflict"/>).
    /// </summary>
    public OrganisationUnit? Unit { get; init; }

    /// <summary>
    /// The month the form is declared to report on: used when the workbook says nothing of its own, and otherwise
    /// checked against the printed 统计月份 and the workbook's properties: a different month refuses the form.
    /// </summary>
    public YearMonth? Period { get; init; }

    /// <summary>
    /// The units a printed 填表单位 may name, by name or alias: default the built-in
    /// <see cref="UnitHierarchy.Zhengzhou2017"/>. A name the list does not know, or that names several units, is
    /// refused (<see cref="ExcelErrorCodes.UnknownUnit"/>) with the close names.
    /// </summary>
    public UnitHierarchy Units { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = UnitHierarchy.Zhengzhou2017;
}
