namespace HuXiao.Excel.Formulas;

/// <summary>The shape of a reference.</summary>
internal enum ReferenceShape
{
    /// <summary>A cell or a rectangle of cells (<c>A1</c>, <c>A1:B2</c>).</summary>
    Cells,

    /// <summary>Whole columns (<c>A:B</c>).</summary>
    Columns,

    /// <summary>Whole rows (<c>1:3</c>).</summary>
    Rows,
}
