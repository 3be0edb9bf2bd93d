using System.Text;
using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Formulas;

/// <summary>
/// The text of a shared formula in one of the cells that share it: the first cell's formula with every relative
/// reference moved by the distance between the cells, as Excel does (<c>B5+1</c> in B7 is <c>C5+1</c> in C7).
/// </summary>
internal static class SharedFormula
{
    internal static string Shift(string formula, int rows, int cols)
    {
        if (rows == 0 && cols == 0)
        {
            return formula;
        }

        var sb = new StringBuilder(formula.Length + 8);
        var at = 0;
        foreach (var token in FormulaTokenizer.Tokenize(formula))
        {
            if (token.Kind != TokenKind.Reference || token.Reference is not { IsExternal: false } reference)
            {
                continue;
            }

            sb.Append(formula, at, token.Start - at);
            sb.Append(reference.Prefix).Append(Render(reference, rows, cols));
            at = token.Start + token.Length;
        }

        return sb.Append(formula, at, formula.Length - at).ToString();
    }

    private static string Render(FormulaReference r, int rows, int cols)
    {
        int Row(int row, bool absolute) => absolute ? row : row + rows;
        int Col(int col, bool absolute) => absolute ? col : col + cols;
        var r1 = Row(r.FirstRow, r.FirstRowAbsolute);
        var c1 = Col(r.FirstCol, r.FirstColAbsolute);
        var r2 = Row(r.LastRow, r.LastRowAbsolute);
        var c2 = Col(r.LastCol, r.LastColAbsolute);
        var rowsOk = r.Shape == ReferenceShape.Columns || (r1 is >= 1 and <= CellAddress.MaxRows && r2 is >= 1 and <= CellAddress.MaxRows);
        var colsOk = r.Shape == ReferenceShape.Rows || (c1 is >= 1 and <= CellAddress.MaxColumns && c2 is >= 1 and <= CellAddress.MaxColumns);
        if (!rowsOk || !colsOk)
        {
            return "#REF!";
        }

        string Cell(int row, int col, bool rowAbs, bool colAbs)
            => (colAbs ? "$" : string.Empty) + CellAddress.ColumnName(col) + (rowAbs ? "$" : string.Empty) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

        return r.Shape switch
        {
            ReferenceShape.Columns => $"{(r.FirstColAbsolute ? "$" : string.Empty)}{CellAddress.ColumnName(c1)}:{(r.LastColAbsolute ? "$" : string.Empty)}{CellAddress.ColumnName(c2)}",
            ReferenceShape.Rows => $"{(r.FirstRowAbsolute ? "$" : string.Empty)}{r1}:{(r.LastRowAbsolute ? "$" : string.Empty)}{r2}",
            _ when r.IsSingleCell => Cell(r1, c1, r.FirstRowAbsolute, r.FirstColAbsolute),
            _ => Cell(r1, c1, r.FirstRowAbsolute, r.FirstColAbsolute) + ":" + Cell(r2, c2, r.LastRowAbsolute, r.LastColAbsolute),
        };
    }
}
