using System.Globalization;
using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Formulas;

/// <summary>Splits a formula as stored (A1 style, no leading <c>=</c>) into tokens.</summary>
internal static class FormulaTokenizer
{
    private static readonly string[] s_errors = ["#GETTING_DATA", "#DIV/0!", "#VALUE!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#REF!", "#NUM!", "#N/A"];

    internal static List<FormulaToken> Tokenize(string formula)
    {
        var tokens = new List<FormulaToken>();
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                while (i < formula.Length && char.IsWhiteSpace(formula[i]))
                {
                    i++;
                }

                tokens.Add(new FormulaToken(TokenKind.Space, start, i - start, formula[start..i]));
                continue;
            }

            switch (c)
            {
                case '"':
                    {
                        var text = new System.Text.StringBuilder();
                        i++;
                        while (i < formula.Length)
                        {
                            if (formula[i] == '"')
                            {
                                if (i + 1 < formula.Length && formula[i + 1] == '"')
                                {
                                    text.Append('"');
                                    i += 2;
                                    continue;
                                }

                                i++;
                                break;
                            }

                            text.Append(formula[i++]);
                        }

                        tokens.Add(new FormulaToken(TokenKind.Text, start, i - start, text.ToString()));
                        continue;
                    }

                case '#':
                    {
                        var error = Array.Find(s_errors, e => string.Compare(formula, i, e, 0, e.Length, StringComparison.OrdinalIgnoreCase) == 0);
                        if (error is null)
                        {
                            tokens.Add(new FormulaToken(TokenKind.Unknown, start, formula.Length - start, formula[start..]));
                            return tokens;
                        }

                        i += error.Length;
                        tokens.Add(new FormulaToken(TokenKind.Error, start, i - start, error));
                        continue;
                    }

                case '{':
                    {
                        var end = formula.IndexOf('}', i);
                        i = end < 0 ? formula.Length : end + 1;
                        tokens.Add(new FormulaToken(TokenKind.Unknown, start, i - start, formula[start..i]));
                        continue;
                    }

                case '(':
                    tokens.Add(new FormulaToken(TokenKind.Open, start, 1, "("));
                    i++;
                    continue;
                case ')':
                    tokens.Add(new FormulaToken(TokenKind.Close, start, 1, ")"));
                    i++;
                    continue;
                case ',' or ';':
                    tokens.Add(new FormulaToken(TokenKind.Comma, start, 1, ","));
                    i++;
                    continue;
                case '+' or '-' or '*' or '/' or '^' or '%' or '&' or '=':
                    tokens.Add(new FormulaToken(TokenKind.Operator, start, 1, c.ToString()));
                    i++;
                    continue;
                case '<' or '>':
                    {
                        var two = i + 1 < formula.Length && (formula[i + 1] == '=' || (c == '<' && formula[i + 1] == '>'));
                        var op = two ? formula.Substring(i, 2) : c.ToString();
                        tokens.Add(new FormulaToken(TokenKind.Operator, start, op.Length, op));
                        i += op.Length;
                        continue;
                    }

                case '@':
                    tokens.Add(new FormulaToken(TokenKind.Unknown, start, 1, "@"));
                    i++;
                    continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < formula.Length && char.IsAsciiDigit(formula[i + 1])))
            {
                // Whole rows (1:3) start with a digit too.
                if (TryReference(formula, ref i, null, false, string.Empty, out var rows))
                {
                    tokens.Add(new FormulaToken(TokenKind.Reference, start, i - start, formula[start..i], Reference: rows));
                    continue;
                }

                tokens.Add(ReadNumber(formula, ref i));
                continue;
            }

            if (c is '\'' or '[')
            {
                tokens.Add(ReadPrefixed(formula, ref i));
                continue;
            }

            if (IsNameChar(c))
            {
                tokens.Add(ReadWord(formula, ref i));
                continue;
            }

            tokens.Add(new FormulaToken(TokenKind.Unknown, start, 1, c.ToString()));
            i++;
        }

        return tokens;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '\\' or '$' or '?' || c > 0x7F;

    private static FormulaToken ReadNumber(string formula, ref int i)
    {
        var start = i;
        while (i < formula.Length && (char.IsAsciiDigit(formula[i]) || formula[i] == '.'))
        {
            i++;
        }

        if (i < formula.Length && formula[i] is 'e' or 'E' && i + 1 < formula.Length && (char.IsAsciiDigit(formula[i + 1]) || (formula[i + 1] is '+' or '-' && i + 2 < formula.Length && char.IsAsciiDigit(formula[i + 2]))))
        {
            i += 2;
            while (i < formula.Length && char.IsAsciiDigit(formula[i]))
            {
                i++;
            }
        }

        var text = formula[start..i];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new FormulaToken(TokenKind.Number, start, i - start, text, value)
            : new FormulaToken(TokenKind.Unknown, start, i - start, text);
    }

    /// <summary>A quoted sheet name (<c>'My sheet'!A1</c>) or an external prefix (<c>[1]Sheet1!A1</c>).</summary>
    private static FormulaToken ReadPrefixed(string formula, ref int i)
    {
        var start = i;
        string sheet;
        if (formula[i] == '\'')
        {
            var name = new System.Text.StringBuilder();
            i++;
            while (i < formula.Length)
            {
                if (formula[i] == '\'')
                {
                    if (i + 1 < formula.Length && formula[i + 1] == '\'')
                    {
                        name.Append('\'');
                        i += 2;
                        continue;
                    }

                    i++;
                    break;
                }

                name.Append(formula[i++]);
            }

            sheet = name.ToString();
        }
        else
        {
            // [1]Sheet1 or [Book.xlsx]Sheet1: always another workbook.
            var close = formula.IndexOf(']', i);
            i = close < 0 ? formula.Length : close + 1;
            while (i < formula.Length && IsNameChar(formula[i]))
            {
                i++;
            }

            sheet = formula[start..i];
        }

        var external = sheet.Contains('[', StringComparison.Ordinal);
        if (i >= formula.Length || formula[i] != '!')
        {
            return new FormulaToken(external ? TokenKind.Reference : TokenKind.Unknown, start, i - start, formula[start..i], Reference: external ? ExternalReference(formula[start..i]) : null);
        }

        i++;
        var prefixEnd = i;
        if (sheet.Contains(':', StringComparison.Ordinal) && !external)
        {
            SkipReference(formula, ref i);
            return new FormulaToken(TokenKind.Unknown, start, i - start, formula[start..i]);
        }

        if (TryReference(formula, ref i, sheet, external, formula[start..prefixEnd], out var reference))
        {
            return new FormulaToken(TokenKind.Reference, start, i - start, formula[start..i], Reference: reference);
        }

        // A name in another workbook ([1]!Total), or something else after the sheet.
        SkipReference(formula, ref i);
        return new FormulaToken(external ? TokenKind.Reference : TokenKind.Unknown, start, i - start, formula[start..i], Reference: external ? ExternalReference(formula[start..i]) : null);
    }

    private static FormulaReference ExternalReference(string text)
        => new(text, true, 1, 1, 1, 1, false, false, false, false, ReferenceShape.Cells, text);

    private static void SkipReference(string formula, ref int i)
    {
        while (i < formula.Length && (IsNameChar(formula[i]) || formula[i] == ':'))
        {
            i++;
        }
    }

    /// <summary>A word: a function, a reference (possibly after <c>Sheet1!</c>), TRUE/FALSE, or a name.</summary>
    private static FormulaToken ReadWord(string formula, ref int i)
    {
        var start = i;
        if (TryReference(formula, ref i, null, false, string.Empty, out var plain) && (i >= formula.Length || !IsNameChar(formula[i]) && formula[i] is not ('(' or '!' or '[')))
        {
            return new FormulaToken(TokenKind.Reference, start, i - start, formula[start..i], Reference: plain);
        }

        i = start;
        while (i < formula.Length && IsNameChar(formula[i]))
        {
            i++;
        }

        var word = formula[start..i];
        if (i < formula.Length && formula[i] == '(')
        {
            return new FormulaToken(TokenKind.Function, start, i - start, word);
        }

        if (i < formula.Length && formula[i] == '!')
        {
            i++;
            var prefixEnd = i;
            if (TryReference(formula, ref i, word, false, formula[start..prefixEnd], out var onSheet))
            {
                return new FormulaToken(TokenKind.Reference, start, i - start, formula[start..i], Reference: onSheet);
            }

            SkipReference(formula, ref i);
            return new FormulaToken(TokenKind.Unknown, start, i - start, formula[start..i]);
        }

        if (i < formula.Length && formula[i] == ':')
        {
            // Sheet1:Sheet3!A1, a 3-D reference.
            var save = i;
            i++;
            while (i < formula.Length && IsNameChar(formula[i]))
            {
                i++;
            }

            if (i < formula.Length && formula[i] == '!')
            {
                i++;
                SkipReference(formula, ref i);
                return new FormulaToken(TokenKind.Unknown, start, i - start, formula[start..i]);
            }

            i = save;
        }

        if (i < formula.Length && formula[i] == '[')
        {
            // Table1[Column]: a structured reference.
            var depth = 0;
            while (i < formula.Length)
            {
                depth += formula[i] == '[' ? 1 : formula[i] == ']' ? -1 : 0;
                i++;
                if (depth == 0)
                {
                    break;
                }
            }

            return new FormulaToken(TokenKind.Unknown, start, i - start, formula[start..i]);
        }

        if (word.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || word.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            return new FormulaToken(TokenKind.Bool, start, i - start, word.ToUpperInvariant(), word.Equals("TRUE", StringComparison.OrdinalIgnoreCase) ? 1 : 0);
        }

        return new FormulaToken(TokenKind.Name, start, i - start, word);
    }

    /// <summary>Reads <c>$A$1</c>, <c>A1:B2</c>, <c>A:B</c> or <c>1:3</c> at <paramref name="i"/>; on failure <paramref name="i"/> is unchanged.</summary>
    private static bool TryReference(string formula, ref int i, string? sheet, bool external, string prefix, out FormulaReference reference)
    {
        reference = null!;
        var at = i;
        if (!TryPart(formula, ref at, out var first))
        {
            return false;
        }

        var second = first;
        if (at < formula.Length && formula[at] == ':')
        {
            var after = at + 1;
            if (TryPart(formula, ref after, out var other) && other.Kind == first.Kind)
            {
                second = other;
                at = after;
            }
            else if (first.Kind != PartKind.Cell)
            {
                return false;
            }
        }
        else if (first.Kind != PartKind.Cell)
        {
            return false;
        }

        if (at < formula.Length && (char.IsAsciiLetterOrDigit(formula[at]) || formula[at] is '_' or '(' or '!'))
        {
            return false;
        }

        var shape = first.Kind switch { PartKind.Column => ReferenceShape.Columns, PartKind.Row => ReferenceShape.Rows, _ => ReferenceShape.Cells };
        reference = new FormulaReference(
            sheet,
            external,
            Math.Min(first.Row, second.Row),
            Math.Min(first.Col, second.Col),
            Math.Max(first.Row, second.Row),
            Math.Max(first.Col, second.Col),
            first.Row <= second.Row ? first.RowAbsolute : second.RowAbsolute,
            first.Col <= second.Col ? first.ColAbsolute : second.ColAbsolute,
            first.Row <= second.Row ? second.RowAbsolute : first.RowAbsolute,
            first.Col <= second.Col ? second.ColAbsolute : first.ColAbsolute,
            shape,
            prefix);
        i = at;
        return true;
    }

    private enum PartKind
    {
        Cell,
        Column,
        Row,
    }

    private readonly record struct Part(PartKind Kind, int Row, int Col, bool RowAbsolute, bool ColAbsolute);

    private static bool TryPart(string formula, ref int i, out Part part)
    {
        part = default;
        var at = i;
        var colAbsolute = at < formula.Length && formula[at] == '$';
        if (colAbsolute)
        {
            at++;
        }

        var col = 0;
        var letters = 0;
        while (at < formula.Length && char.IsAsciiLetter(formula[at]) && letters < 4)
        {
            col = (col * 26) + (char.ToUpperInvariant(formula[at]) - 'A' + 1);
            at++;
            letters++;
        }

        var rowAbsolute = at < formula.Length && formula[at] == '$';
        var digitsAt = rowAbsolute ? at + 1 : at;
        var row = 0;
        var digits = 0;
        while (digitsAt + digits < formula.Length && char.IsAsciiDigit(formula[digitsAt + digits]) && digits < 8)
        {
            row = (row * 10) + (formula[digitsAt + digits] - '0');
            digits++;
        }

        if (letters is > 0 and <= 3 && col <= CellAddress.MaxColumns && digits > 0 && row is >= 1 and <= CellAddress.MaxRows)
        {
            part = new Part(PartKind.Cell, row, col, rowAbsolute, colAbsolute);
            i = digitsAt + digits;
            return true;
        }

        if (letters is > 0 and <= 3 && col <= CellAddress.MaxColumns && digits == 0 && !rowAbsolute)
        {
            part = new Part(PartKind.Column, 1, col, false, colAbsolute);
            i = at;
            return true;
        }

        if (letters == 0 && digits > 0 && row is >= 1 and <= CellAddress.MaxRows)
        {
            // Whole rows: $3 or 3 (colAbsolute here was the row's $).
            part = new Part(PartKind.Row, row, 1, colAbsolute || rowAbsolute, false);
            i = digitsAt + digits;
            return true;
        }

        return false;
    }
}
