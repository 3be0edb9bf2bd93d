using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Validation.Rules;

/// <summary>The parts add up to the whole, such as A02 + A03 = A01 (urban plus rural campuses are all campuses).</summary>
public sealed class SumEqualsRule : ConsistencyRule
{
    private readonly ReportRow[] _rows;

    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="severity">How serious a breach is.</param>
    /// <param name="whole">The code of the whole, for example <c>A01</c>.</param>
    /// <param name="parts">The codes of the parts, for example <c>A02</c>, <c>A03</c>.</param>
    /// <param name="rows">The rows it applies to.</param>
    /// <param name="title">The rule in Chinese.</param>
    /// <param name="englishTitle">The rule in English.</param>
    public SumEqualsRule(string code, FindingSeverity severity, string whole, IReadOnlyList<string> parts, IReadOnlyList<ReportRow> rows, string title, string englishTitle)
        : base(code, severity, new[] { whole }.Concat(parts), title, englishTitle)
    {
        Preconditions.CheckArgument(parts.Count > 0, nameof(parts), "A sum rule needs at least one part.");
        Preconditions.CheckArgument(rows.Count > 0, nameof(rows), "A rule needs at least one row.");
        _rows = rows.ToArray();
    }

    internal ReportRow[] Rows => _rows;

    /// <inheritdoc />
    public override void Check(in RuleContext context)
    {
        Span<int> all = stackalloc int[context.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = i;
        }

        foreach (var row in _rows)
        {
            var whole = context.Value(0, row);
            if (whole is null)
            {
                context.NotChecked(row, all);
                continue;
            }

            long sum = 0;
            var blank = false;
            var overflow = false;
            for (var i = 1; i < context.Count; i++)
            {
                if (context.Value(i, row) is not { } part)
                {
                    blank = true;
                    break;
                }

                overflow |= !CheckedMath.TryAdd(sum, part, out sum);
            }

            if (blank)
            {
                context.NotChecked(row, all);
                continue;
            }

            if (overflow || sum != whole)
            {
                var w = context.Indicator(0);
                var parts = new string[context.Count - 1];
                for (var i = 1; i < context.Count; i++)
                {
                    parts[i - 1] = $"{context.Indicator(i).Code}={context.Value(i, row)}";
                }

                var partsText = string.Join(" + ", parts);
                var sumText = overflow ? "超出范围" : sum.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Fail(
                    row,
                    $"{RowText.Chinese(row)}：{partsText} 之和为 {sumText}，不等于{w.Label}({w.Code})={whole}。",
                    $"{RowText.English(row)}: {partsText} sums to {(overflow ? "more than the 64-bit range" : sumText)}, not {w.Code} ({w.Name}) = {whole}.",
                    all);
            }
        }
    }

    /// <summary>Screens for a blank among the cells, or parts whose sum overflows or differs from the whole.</summary>
    internal override BatchRuleFilter Screen(int[] ordinals, ReportSchema schema) => new Filter(ordinals, _rows, schema.Layout);

    private sealed class Filter : BatchRuleFilter
    {
        private readonly int[] _wholeCells;
        private readonly int[][] _partCells;

        internal Filter(int[] ordinals, ReportRow[] rows, CellLayout layout)
            : base(Mask(rows.SelectMany(r => ordinals.Select(o => layout.Cell(o, r))), layout))
        {
            _wholeCells = rows.Select(r => layout.Cell(ordinals[0], r)).ToArray();
            _partCells = rows.Select(r => ordinals.Skip(1).Select(o => layout.Cell(o, r)).ToArray()).ToArray();
        }

        internal override bool MayFind(in BatchRow row)
        {
            if (!AllNeededFilled(row.Filled))
            {
                return true;
            }

            var values = row.Values;
            for (var r = 0; r < _wholeCells.Length; r++)
            {
                long sum = 0;
                foreach (var cell in _partCells[r])
                {
                    if (!CheckedMath.TryAdd(sum, values[cell], out sum))
                    {
                        return true;
                    }
                }

                if (sum != values[_wholeCells[r]])
                {
                    return true;
                }
            }

            return false;
        }
    }
}
