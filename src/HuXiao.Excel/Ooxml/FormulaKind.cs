namespace HuXiao.Excel.Ooxml;

/// <summary>How a cell holds its formula.</summary>
internal enum FormulaKind
{
    /// <summary>No formula.</summary>
    None,

    /// <summary>Its own formula, in <see cref="StoredCell.FormulaText"/>.</summary>
    Normal,

    /// <summary>A shared formula: the first cell of the group holds the text, the others only <see cref="StoredCell.SharedIndex"/>.</summary>
    Shared,

    /// <summary>Part of an array formula (the text only on its first cell).</summary>
    Array,

    /// <summary>A what-if data table.</summary>
    DataTable,
}
