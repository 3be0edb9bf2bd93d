using HuXiao.Reporting.Aggregation.Kernels;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting.Validation;

/// <summary>One report of a batch as the filters see it: raw cells and filled bits, the previous month's if known, and the cases.</summary>
internal readonly ref struct BatchRow
{
    internal BatchRow(ReadOnlySpan<long> values, ReadOnlySpan<ulong> filled, ReadOnlySpan<long> previousValues, ReadOnlySpan<ulong> previousFilled, bool hasPrevious, IReadOnlyList<CaseDetail>? cases)
    {
        Values = values;
        Filled = filled;
        PreviousValues = previousValues;
        PreviousFilled = previousFilled;
        HasPrevious = hasPrevious;
        Cases = cases;
    }

    internal ReadOnlySpan<long> Values { get; }

    internal ReadOnlySpan<ulong> Filled { get; }

    internal ReadOnlySpan<long> PreviousValues { get; }

    internal ReadOnlySpan<ulong> PreviousFilled { get; }

    internal bool HasPrevious { get; }

    internal IReadOnlyList<CaseDetail>? Cases { get; }
}

/// <summary>
/// A fast, allocation-free test of whether a rule could record a finding for one report of a batch. It may say
/// yes when the rule finds nothing (the report is then checked the ordinary way, by the rule itself), but
/// never no when the rule would find something: so bulk validation gives exactly the findings of
/// <see cref="RuleSet.Validate"/>, and allocates only for reports with findings.
/// </summary>
internal abstract class BatchRuleFilter
{
    private static readonly ReportRow[] s_bothRows = [ReportRow.New, ReportRow.Total];

    private readonly ulong[] _need;

    protected BatchRuleFilter(ulong[] need)
    {
        _need = need;
    }

    internal abstract bool MayFind(in BatchRow row);

    internal static BatchRuleFilter For(ConsistencyRule rule, int[] ordinals, ReportSchema schema)
    {
        var layout = schema.Layout;
        return rule switch
        {
            NonNegativeRule => new SignFilter(ordinals.SelectMany(o => Both(o, layout)), layout),
            StockDecreaseRule => new SignFilter(ordinals.Select(o => layout.Cell(o, ReportRow.New)), layout),
            SumEqualsRule sum => new SumFilter(ordinals, RowsOf(sum), layout),
            AtMostRule atMost => new AtMostFilter(ordinals, RowsOf(atMost), layout),
            TotalChainRule => new ChainFilter(ordinals, layout),
            CaseDetailsRequiredRule => new CaseFilter(ordinals, schema),
            BlankCellRule => new BlankFilter(ordinals, layout),
            _ => AlwaysFilter.Instance,
        };
    }

    protected static ulong[] Mask(IEnumerable<int> cells, CellLayout layout)
    {
        var mask = new ulong[layout.Words];
        foreach (var cell in cells)
        {
            mask[cell >> 6] |= 1UL << cell;
        }

        return mask;
    }

    protected static int[] Both(int ordinal, CellLayout layout) => [layout.Cell(ordinal, ReportRow.New), layout.Cell(ordinal, ReportRow.Total)];

    /// <summary>Whether every cell the rule needs is filled; a blank needed cell always may give a finding.</summary>
    protected bool AllNeededFilled(ReadOnlySpan<ulong> filled)
    {
        for (var w = 0; w < _need.Length; w++)
        {
            if ((filled[w] & _need[w]) != _need[w])
            {
                return false;
            }
        }

        return true;
    }

    // The rows a built-in rule applies to; for any other rule both rows (safe: a superset of checks only sends more
    // reports down the ordinary path).
    private static ReportRow[] RowsOf(ConsistencyRule rule) => rule switch
    {
        Rules.AtMostRule atMost => atMost.Rows,
        Rules.SumEqualsRule sum => sum.Rows,
        _ => s_bothRows,
    };

    private sealed class AlwaysFilter : BatchRuleFilter
    {
        private AlwaysFilter()
            : base([])
        {
        }

        internal static AlwaysFilter Instance { get; } = new();

        internal override bool MayFind(in BatchRow row) => true;
    }

    /// <summary>Non-negative cells: any negative value among them, or a blank.</summary>
    private sealed class SignFilter : BatchRuleFilter
    {
        private readonly long[] _sign;

        internal SignFilter(IEnumerable<int> cells, CellLayout layout)
            : base(Mask(cells, layout))
        {
            _sign = new long[layout.Cells];
            foreach (var cell in cells)
            {
                _sign[cell] = -1;
            }
        }

        internal override bool MayFind(in BatchRow row) => SignScan.AnyNegative(row.Values, _sign);
    }

    private sealed class SumFilter : BatchRuleFilter
    {
        private readonly int[] _wholeCells;
        private readonly int[][] _partCells;

        internal SumFilter(int[] ordinals, ReportRow[] rows, CellLayout layout)
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

    private sealed class AtMostFilter : BatchRuleFilter
    {
        // Cell pairs: lesser, greater, lesser, greater, ...
        private readonly int[] _pairs;

        internal AtMostFilter(int[] ordinals, ReportRow[] rows, CellLayout layout)
            : base(Mask(rows.SelectMany(r => ordinals.Select(o => layout.Cell(o, r))), layout))
        {
            _pairs = rows.SelectMany(r => ordinals.Select(o => layout.Cell(o, r))).ToArray();
        }

        internal override bool MayFind(in BatchRow row)
        {
            if (!AllNeededFilled(row.Filled))
            {
                return true;
            }

            var values = row.Values;
            var pairs = _pairs;
            for (var p = 0; p + 1 < pairs.Length; p += 2)
            {
                if (values[pairs[p]] > values[pairs[p + 1]])
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class ChainFilter : BatchRuleFilter
    {
        private readonly int[] _newCells;
        private readonly int[] _totalCells;
        private readonly ulong[] _previousNeed;

        internal ChainFilter(int[] ordinals, CellLayout layout)
            : base(Mask(ordinals.SelectMany(o => Both(o, layout)), layout))
        {
            _newCells = ordinals.Select(o => layout.Cell(o, ReportRow.New)).ToArray();
            _totalCells = ordinals.Select(o => layout.Cell(o, ReportRow.Total)).ToArray();
            _previousNeed = Mask(_totalCells, layout);
        }

        internal override bool MayFind(in BatchRow row)
        {
            if (!row.HasPrevious)
            {
                return false;
            }

            if (!AllNeededFilled(row.Filled))
            {
                return true;
            }

            var previousFilled = row.PreviousFilled;
            for (var w = 0; w < _previousNeed.Length; w++)
            {
                if ((previousFilled[w] & _previousNeed[w]) != _previousNeed[w])
                {
                    return true;
                }
            }

            var values = row.Values;
            var before = row.PreviousValues;
            for (var i = 0; i < _newCells.Length; i++)
            {
                var total = _totalCells[i];
                if (!CheckedMath.TryAdd(before[total], values[_newCells[i]], out var expected) || expected != values[total])
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class CaseFilter : BatchRuleFilter
    {
        private readonly int[] _newCells;
        private readonly string[] _codes;
        private readonly bool[] _oneRowPerCase;

        internal CaseFilter(int[] ordinals, ReportSchema schema)
            : base(Mask([], schema.Layout))
        {
            _newCells = ordinals.Select(o => schema.Layout.Cell(o, ReportRow.New)).ToArray();
            _codes = ordinals.Select(o => schema[o].Code).ToArray();
            _oneRowPerCase = ordinals.Select(o => CaseDetailsRequiredRule.OneRowPerCase(schema[o])).ToArray();
        }

        internal override bool MayFind(in BatchRow row)
        {
            // A blank holds 0, and neither asks for case details.
            for (var i = 0; i < _newCells.Length; i++)
            {
                var cell = _newCells[i];
                if (row.Values[cell] == 0)
                {
                    continue; // a blank 新增 asks for nothing
                }

                var attached = 0L;
                if (row.Cases is { } cases)
                {
                    foreach (var detail in cases)
                    {
                        if (detail.IndicatorCode == _codes[i])
                        {
                            attached++;
                        }
                    }
                }

                if (!CaseDetailsRequiredRule.Complete(_oneRowPerCase[i], row.Values[cell], attached))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class BlankFilter : BatchRuleFilter
    {
        internal BlankFilter(int[] ordinals, CellLayout layout)
            : base(Mask(ordinals.SelectMany(o => Both(o, layout)), layout))
        {
        }

        internal override bool MayFind(in BatchRow row)
        {
            if (!AllNeededFilled(row.Filled))
            {
                return true;
            }

            // A report with every cell blank is a finding of its own, whatever the rule's indicators.
            foreach (var word in row.Filled)
            {
                if (word != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
