namespace HuXiao.Excel.Formulas;

/// <summary>One token of a formula as stored (no leading <c>=</c>), with where it stands in the text.</summary>
internal readonly record struct FormulaToken(TokenKind Kind, int Start, int Length, string Text, double Number = 0, FormulaReference? Reference = null);
