namespace HuXiao.Excel.Formulas;

/// <summary>What a formula token is.</summary>
internal enum TokenKind
{
    /// <summary>A number literal.</summary>
    Number,

    /// <summary>A text literal, its quotes removed.</summary>
    Text,

    /// <summary>TRUE or FALSE.</summary>
    Bool,

    /// <summary>An error literal such as <c>#REF!</c>.</summary>
    Error,

    /// <summary>A cell or range reference, possibly on another sheet.</summary>
    Reference,

    /// <summary>A defined name.</summary>
    Name,

    /// <summary>A function name; the opening bracket follows.</summary>
    Function,

    /// <summary>An operator: + - * / ^ % &amp; = &lt; &gt; &lt;= &gt;= &lt;&gt;.</summary>
    Operator,

    /// <summary>An argument separator.</summary>
    Comma,

    /// <summary>An opening bracket.</summary>
    Open,

    /// <summary>A closing bracket.</summary>
    Close,

    /// <summary>White space (the intersection operator between references).</summary>
    Space,

    /// <summary>Something this reader does not evaluate: an array constant, a structured or 3-D reference, <c>@</c>.</summary>
    Unknown,
}
