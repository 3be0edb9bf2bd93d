namespace HuXiao.Excel.Formulas;

/// <summary>
/// A reference in a formula: a cell, a range, whole columns or whole rows, on the formula's own sheet or a named
/// one, or in another workbook (<c>[1]Sheet1!A1</c>). Which parts are absolute (<c>$</c>) matters only for
/// shifting a shared formula.
/// </summary>
internal sealed record FormulaReference(
    string? Sheet,
    bool IsExternal,
    int FirstRow,
    int FirstCol,
    int LastRow,
    int LastCol,
    bool FirstRowAbsolute,
    bool FirstColAbsolute,
    bool LastRowAbsolute,
    bool LastColAbsolute,
    ReferenceShape Shape,
    string Prefix)
{
    internal bool IsSingleCell => Shape == ReferenceShape.Cells && FirstRow == LastRow && FirstCol == LastCol;
}
