namespace HuXiao.Excel.Ooxml;

/// <summary>What kind of value a cell stores.</summary>
internal enum StoredKind
{
    /// <summary>No value: an empty cell, or a formula whose result was not stored.</summary>
    None,

    /// <summary>A number (<c>t="n"</c> or no type).</summary>
    Number,

    /// <summary>Text: a shared string, an inline string, or a formula's text result.</summary>
    Text,

    /// <summary>TRUE or FALSE, with <see cref="StoredCell.Number"/> 1 or 0.</summary>
    Boolean,

    /// <summary>An error value such as <c>#N/A</c>, in <see cref="StoredCell.Text"/>.</summary>
    Error,

    /// <summary>An ISO 8601 date or time (<c>t="d"</c>), in <see cref="StoredCell.Text"/>.</summary>
    IsoDate,
}
