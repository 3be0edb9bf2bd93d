namespace HuXiao.Excel.Formulas;

/// <summary>The kind of a formula value.</summary>
internal enum ValueKind
{
    /// <summary>A number.</summary>
    Number,

    /// <summary>Text.</summary>
    Text,

    /// <summary>TRUE or FALSE (1 or 0).</summary>
    Bool,

    /// <summary>An error value, in <see cref="FormulaValue.Text"/>.</summary>
    Error,

    /// <summary>An empty cell.</summary>
    Blank,

    /// <summary>Not evaluated here: a function other than SUM, a comparison, text joining, a name, a 3-D reference.</summary>
    Unknown,

    /// <summary>The formula depends on itself.</summary>
    Circular,
}
