using System.Globalization;
using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Formulas;

/// <summary>
/// A small evaluator, only to check stored results: numbers, text and TRUE/FALSE literals, cell and range
/// references to sheets of the same workbook, <c>+ - * / ^ %</c>, unary signs, brackets and <c>SUM</c>, over the
/// cells' stored values (a referenced formula is evaluated in turn where it can be). Everything else is
/// <see cref="ValueKind.Unknown"/>: the stored result is then taken as it is. Excel's rules are kept where they
/// matter: blank is 0, text that is a number counts in arithmetic and as a direct SUM argument but not in a
/// referenced range. One instance per read; not thread-safe.
/// </summary>
internal sealed class FormulaEvaluator(StoredWorkbook workbook)
{
    private const int MaxDepth = 64;
    private const int MaxCellsPerRange = 100_000;

    private readonly Dictionary<(StoredSheet, CellAddress), FormulaValue> _memo = [];
    private readonly HashSet<(StoredSheet, CellAddress)> _inProgress = [];

    /// <summary>The formula text of a cell, with a shared formula moved to the cell; null for an array member or a data table.</summary>
    internal static string? FormulaOf(StoredSheet sheet, StoredCell cell)
    {
        switch (cell.Formula)
        {
            case FormulaKind.Normal:
                return cell.FormulaText;
            case FormulaKind.Shared when cell.FormulaText is { } own:
                return own;
            case FormulaKind.Shared when sheet.TryGetShared(cell.SharedIndex, out var origin, out var text):
                return SharedFormula.Shift(text, cell.Address.Row - origin.Row, cell.Address.Col - origin.Col);
            case FormulaKind.Array:
                return cell.FormulaText;
            default:
                return null;
        }
    }

    /// <summary>Evaluates a cell's formula over the stored values.</summary>
    internal FormulaValue Evaluate(StoredSheet sheet, StoredCell cell)
    {
        if (cell.Formula is not (FormulaKind.Normal or FormulaKind.Shared) || FormulaOf(sheet, cell) is not { } formula)
        {
            return FormulaValue.Unknown;
        }

        var key = (sheet, cell.Address);
        if (_memo.TryGetValue(key, out var known))
        {
            return known;
        }

        if (!_inProgress.Add(key))
        {
            return FormulaValue.Circular;
        }

        FormulaValue result;
        try
        {
            result = _inProgress.Count > MaxDepth ? FormulaValue.Unknown : new Parser(this, sheet, FormulaTokenizer.Tokenize(formula)).Run();
        }
        finally
        {
            _inProgress.Remove(key);
        }

        _memo[key] = result;
        return result;
    }

    /// <summary>A referenced cell's value: its formula's result where it can be evaluated, else what it stores.</summary>
    private FormulaValue ValueOf(StoredSheet sheet, CellAddress address)
    {
        if (!sheet.TryGet(address, out var cell))
        {
            return FormulaValue.Blank;
        }

        if (cell.Formula is FormulaKind.Normal or FormulaKind.Shared)
        {
            var evaluated = Evaluate(sheet, cell);
            if (evaluated.Kind != ValueKind.Unknown)
            {
                return evaluated;
            }

            return cell.HasValue ? Stored(cell) : FormulaValue.Unknown;
        }

        return cell.HasFormula && !cell.HasValue ? FormulaValue.Unknown : Stored(cell);
    }

    private static FormulaValue Stored(StoredCell cell) => cell.Kind switch
    {
        StoredKind.Number => FormulaValue.Of(cell.Number),
        StoredKind.Text => new FormulaValue(ValueKind.Text, 0, cell.Text),
        StoredKind.Boolean => new FormulaValue(ValueKind.Bool, cell.Number),
        StoredKind.Error => FormulaValue.Error(cell.Text ?? "#VALUE!"),
        StoredKind.None => FormulaValue.Blank,
        _ => FormulaValue.Unknown,
    };

    private StoredSheet? SheetOf(StoredSheet current, FormulaReference reference)
    {
        if (reference.Sheet is null)
        {
            return current;
        }

        foreach (var sheet in workbook.Sheets)
        {
            if (string.Equals(sheet.Name, reference.Sheet, StringComparison.OrdinalIgnoreCase))
            {
                return sheet;
            }
        }

        return null;
    }

    /// <summary>Coerces a value for arithmetic, as Excel does.</summary>
    private static FormulaValue ToNumber(FormulaValue value)
    {
        switch (value.Kind)
        {
            case ValueKind.Number:
                return value;
            case ValueKind.Blank:
                return FormulaValue.Of(0);
            case ValueKind.Bool:
                return FormulaValue.Of(value.Number);
            case ValueKind.Text:
                {
                    var text = (value.Text ?? string.Empty).Trim();
                    if (text.Length == 0)
                    {
                        return FormulaValue.Error("#VALUE!");
                    }

                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        return FormulaValue.Of(number);
                    }

                    // "abc" is #VALUE!; "1,234", "50%" or a date Excel would read by its locale: not evaluated here.
                    return text.Any(char.IsAsciiDigit) ? FormulaValue.Unknown : FormulaValue.Error("#VALUE!");
                }

            default:
                return value;
        }
    }

    /// <summary>An operand: a value, or a reference that SUM reads as a range.</summary>
    private readonly record struct Operand(FormulaValue Value, FormulaReference? Reference = null);

    /// <summary>Recursive descent over the tokens, Excel's precedence: negation, %, ^, * /, + -.</summary>
    private sealed class Parser(FormulaEvaluator evaluator, StoredSheet sheet, List<FormulaToken> all)
    {
        private readonly List<FormulaToken> _tokens = all.Where(t => t.Kind != TokenKind.Space).ToList();
        private int _pos;

        internal FormulaValue Run()
        {
            var result = Scalar(Additive());
            if (_pos != _tokens.Count)
            {
                // Text joining (&), comparisons, or anything left over: not evaluated here.
                return FormulaValue.Unknown;
            }

            return result.Kind == ValueKind.Blank ? FormulaValue.Of(0) : result;
        }

        private FormulaToken? Peek => _pos < _tokens.Count ? _tokens[_pos] : null;

        private bool IsOperator(string op) => Peek is { Kind: TokenKind.Operator } t && t.Text == op;

        private Operand Additive()
        {
            var left = Multiplicative();
            while (IsOperator("+") || IsOperator("-"))
            {
                var op = _tokens[_pos++].Text;
                var right = Multiplicative();
                left = new Operand(Arithmetic(left, right, op));
            }

            return left;
        }

        private Operand Multiplicative()
        {
            var left = Power();
            while (IsOperator("*") || IsOperator("/"))
            {
                var op = _tokens[_pos++].Text;
                var right = Power();
                left = new Operand(Arithmetic(left, right, op));
            }

            return left;
        }

        private Operand Power()
        {
            var left = Unary();
            while (IsOperator("^"))
            {
                _pos++;
                var right = Unary();
                left = new Operand(Arithmetic(left, right, "^"));
            }

            return left;
        }

        private Operand Unary()
        {
            if (IsOperator("-") || IsOperator("+"))
            {
                var negate = _tokens[_pos++].Text == "-";
                var operand = Unary();
                if (!negate)
                {
                    return operand;
                }

                var value = ToNumber(Scalar(operand));
                return new Operand(value.Kind == ValueKind.Number ? FormulaValue.Of(-value.Number) : value);
            }

            return Percent();
        }

        private Operand Percent()
        {
            var operand = Primary();
            while (IsOperator("%"))
            {
                _pos++;
                var value = ToNumber(Scalar(operand));
                operand = new Operand(value.Kind == ValueKind.Number ? FormulaValue.Of(value.Number / 100) : value);
            }

            return operand;
        }

        private Operand Primary()
        {
            if (Peek is not { } token)
            {
                return new Operand(FormulaValue.Unknown);
            }

            _pos++;
            switch (token.Kind)
            {
                case TokenKind.Number:
                    return new Operand(FormulaValue.Of(token.Number));
                case TokenKind.Text:
                    return new Operand(new FormulaValue(ValueKind.Text, 0, token.Text));
                case TokenKind.Bool:
                    return new Operand(new FormulaValue(ValueKind.Bool, token.Number));
                case TokenKind.Error:
                    return new Operand(FormulaValue.Error(token.Text));
                case TokenKind.Reference when token.Reference is { IsExternal: false } reference:
                    return new Operand(default, reference);
                case TokenKind.Open:
                    {
                        var inner = Additive();
                        if (Peek is not { Kind: TokenKind.Close })
                        {
                            return new Operand(FormulaValue.Unknown);
                        }

                        _pos++;
                        return new Operand(Scalar(inner));
                    }

                case TokenKind.Function when token.Text.Equals("SUM", StringComparison.OrdinalIgnoreCase):
                    return new Operand(Sum());
                default:
                    _pos = _tokens.Count;
                    return new Operand(FormulaValue.Unknown);
            }
        }

        private FormulaValue Sum()
        {
            if (Peek is not { Kind: TokenKind.Open })
            {
                return FormulaValue.Unknown;
            }

            _pos++;
            var total = 0d;
            var stop = (FormulaValue?)null;
            var expectArgument = true;
            while (Peek is { } token && token.Kind != TokenKind.Close)
            {
                if (token.Kind == TokenKind.Comma)
                {
                    _pos++;
                    expectArgument = true;
                    continue;
                }

                if (!expectArgument)
                {
                    return FormulaValue.Unknown;
                }

                expectArgument = false;
                var argument = Additive();
                var value = argument.Reference is { } reference ? SumRange(reference) : ToNumber(argument.Value);
                if (value.Stops)
                {
                    stop = Worse(stop, value);
                }
                else
                {
                    total += value.Number;
                }
            }

            if (Peek is not { Kind: TokenKind.Close })
            {
                return FormulaValue.Unknown;
            }

            _pos++;
            return stop ?? FormulaValue.Of(total);
        }

        /// <summary>A circular reference outweighs anything not evaluated, which outweighs errors; among errors the first wins, as in Excel.</summary>
        private static FormulaValue Worse(FormulaValue? current, FormulaValue next)
            => current is not { } now ? next
                : now.Kind == ValueKind.Circular ? now
                : next.Kind == ValueKind.Circular ? next
                : now.Kind == ValueKind.Unknown ? now
                : next.Kind == ValueKind.Unknown ? next
                : now;

        private FormulaValue SumRange(FormulaReference reference)
        {
            if (evaluator.SheetOf(sheet, reference) is not { } target)
            {
                return FormulaValue.Error("#REF!");
            }

            var total = 0d;
            var stop = (FormulaValue?)null;
            foreach (var address in Cells(target, reference))
            {
                var value = evaluator.ValueOf(target, address);
                if (value.Kind == ValueKind.Number)
                {
                    total += value.Number;
                }
                else if (value.Stops)
                {
                    stop = Worse(stop, value);
                }
            }

            return stop ?? FormulaValue.Of(total);
        }

        private static IEnumerable<CellAddress> Cells(StoredSheet target, FormulaReference r)
        {
            var lastRow = r.Shape == ReferenceShape.Columns ? CellAddress.MaxRows : r.LastRow;
            var lastCol = r.Shape == ReferenceShape.Rows ? CellAddress.MaxColumns : r.LastCol;
            var area = (long)(lastRow - r.FirstRow + 1) * (lastCol - r.FirstCol + 1);
            if (area <= MaxCellsPerRange)
            {
                for (var row = r.FirstRow; row <= lastRow; row++)
                {
                    for (var col = r.FirstCol; col <= lastCol; col++)
                    {
                        yield return new CellAddress(row, col);
                    }
                }

                yield break;
            }

            foreach (var cell in target.Cells)
            {
                if (cell.Address.Row >= r.FirstRow && cell.Address.Row <= lastRow && cell.Address.Col >= r.FirstCol && cell.Address.Col <= lastCol)
                {
                    yield return cell.Address;
                }
            }
        }

        /// <summary>An operand as one value: a single cell's value; a range outside SUM is not evaluated (implicit intersection).</summary>
        private FormulaValue Scalar(Operand operand)
        {
            if (operand.Reference is not { } reference)
            {
                return operand.Value;
            }

            if (!reference.IsSingleCell)
            {
                return FormulaValue.Unknown;
            }

            return evaluator.SheetOf(sheet, reference) is { } target
                ? evaluator.ValueOf(target, new CellAddress(reference.FirstRow, reference.FirstCol))
                : FormulaValue.Error("#REF!");
        }

        private FormulaValue Arithmetic(Operand leftOperand, Operand rightOperand, string op)
        {
            var left = ToNumber(Scalar(leftOperand));
            var right = ToNumber(Scalar(rightOperand));
            if (left.Stops || right.Stops)
            {
                return left.Stops ? Worse(left, right.Stops ? right : left) : right;
            }

            double a = left.Number, b = right.Number;
            return op switch
            {
                "+" => FormulaValue.Of(a + b),
                "-" => FormulaValue.Of(a - b),
                "*" => FormulaValue.Of(a * b),
                "/" => b == 0 ? FormulaValue.Error("#DIV/0!") : FormulaValue.Of(a / b),
                _ => (a == 0 && b <= 0) || (a < 0 && b != Math.Floor(b)) ? FormulaValue.Error(a == 0 && b < 0 ? "#DIV/0!" : "#NUM!") : FormulaValue.Of(Math.Pow(a, b)),
            };
        }
    }
}
