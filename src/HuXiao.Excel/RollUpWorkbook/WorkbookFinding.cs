namespace HuXiao.Excel;

/// <summary>
/// A finding from outside the reporting core to list on the roll-up workbook's findings sheet, such as a
/// compliance check: which unit, which rule, its status or severity, a message, and where it points. Lets
/// other packages add their findings without this package depending on them. Immutable.
/// </summary>
/// <param name="UnitCode">The unit the finding is about.</param>
/// <param name="Rule">The rule's code, for example <c>alarm-linked-by-2017-10-31</c>.</param>
/// <param name="Status">Its status or severity as the source names it, for example <c>not-met</c> or <c>warning</c>.</param>
/// <param name="Message">What it says, for people.</param>
/// <param name="Location">Where it points (<c>Sheet!C9</c>, a JSON path, a file), or <see langword="null"/>.</param>
/// <param name="Source">What produced it, for example <c>compliance</c>.</param>
public sealed record WorkbookFinding(string UnitCode, string Rule, string Status, string Message, string? Location = null, string Source = "compliance");
