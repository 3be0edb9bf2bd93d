namespace HuXiao.Excel.Ooxml;

/// <summary>
/// A cell exactly as the file stores it: its value (a number, text, true/false, an error value, an ISO date, or
/// nothing), its style, and its formula if it has one. Never a value computed here.
/// </summary>
internal readonly record struct StoredCell(CellAddress Address, StoredKind Kind, double Number, string? Text, int Style, FormulaKind Formula, string? FormulaText, int SharedIndex)
{
    /// <summary>Whether the cell holds a formula (its own, a shared one, or a member of an array formula).</summary>
    internal bool HasFormula => Formula != FormulaKind.None;

    /// <summary>Whether a value is stored (a formula's cached result, or a literal).</summary>
    internal bool HasValue => Kind != StoredKind.None;
}
