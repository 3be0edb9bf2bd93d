using HuXiao.Reporting.Aggregation.Kernels;

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

    // Stryker disable once Boolean : equivalent, the one screen that reads HasPrevious (the 合计 chain) is never asked without last month's report
    /// <summary>A report whose unit has no report for the month before.</summary>
    internal BatchRow(ReadOnlySpan<long> values, ReadOnlySpan<ulong> filled, IReadOnlyList<CaseDetail>? cases)
        : this(values, filled, default, default, false, cases)
    {
    }

    internal ReadOnlySpan<long> Values { get; }

    internal ReadOnlySpan<ulong> Filled { get; }

    internal ReadOnlySpan<long> PreviousValues { get; }

    internal ReadOnlySpan<ulong> PreviousFilled { get; }

    internal bool HasPrevious { get; }

    internal IReadOnlyList<CaseDetail>? Cases { get; }
}

/// <summary>
/// A fast, allocation-free test of whether a rule could record a finding for one report of a batch: the rule's
/// screen (<see cref="ConsistencyRule.Screen"/>), written beside its <see cref="ConsistencyRule.Check"/>. It may say
/// yes when the rule finds nothing (the report is then checked the ordinary way, by the rule itself), but never no
/// when the rule would find something: so bulk validation gives exactly the findings of
/// <see cref="RuleSet.Validate"/>, and allocates only for reports with findings.
/// </summary>
internal abstract class BatchRuleFilter
{
    private readonly ulong[] _need;

    /// <summary>A screen whose rule needs the given cells filled to be checked at all.</summary>
    /// <param name="need">A mask of the cells that, left blank, may give a finding (see <see cref="AllNeededFilled"/>).</param>
    protected BatchRuleFilter(ulong[] need)
    {
        _need = need;
    }

    /// <summary>The screen of a rule that may find something in every report.</summary>
    internal static BatchRuleFilter Always { get; } = new AlwaysFilter();

    /// <summary>Whether the rule may record a finding for the report.</summary>
    internal abstract bool MayFind(in BatchRow row);

    /// <summary>The screen of a rule that finds only negative values among the given cells.</summary>
    internal static BatchRuleFilter AnyNegative(IEnumerable<int> cells, CellLayout layout) => new SignFilter(cells.ToArray(), layout);

    /// <summary>A mask with the bit of each cell set.</summary>
    internal static ulong[] Mask(IEnumerable<int> cells, CellLayout layout)
    {
        var mask = new ulong[layout.Words];
        foreach (var cell in cells)
        {
            mask[cell / 64] |= 1UL << cell;
        }

        return mask;
    }

    /// <summary>The 新增 and 合计 cells of an indicator.</summary>
    internal static int[] Both(int ordinal, CellLayout layout) => [layout.Cell(ordinal, ReportRow.New), layout.Cell(ordinal, ReportRow.Total)];

    /// <summary>Whether every cell of a mask is filled.</summary>
    internal static bool AllFilled(ReadOnlySpan<ulong> filled, ulong[] mask)
    {
        for (var w = 0; w < mask.Length; w++)
        {
            if ((filled[w] & mask[w]) != mask[w])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every cell the rule needs is filled; a blank needed cell always may give a finding.</summary>
    protected bool AllNeededFilled(ReadOnlySpan<ulong> filled) => AllFilled(filled, _need);

    private sealed class AlwaysFilter : BatchRuleFilter
    {
        internal AlwaysFilter()
            : base([])
        {
        }

        internal override bool MayFind(in BatchRow row) => true;
    }

    /// <summary>Cells that must not be negative: any negative value among them (a blank holds 0, and is no finding).</summary>
    private sealed class SignFilter : BatchRuleFilter
    {
        private readonly long[] _sign;

        internal SignFilter(int[] cells, CellLayout layout)
            : base([])
        {
            _sign = new long[layout.Cells];
            foreach (var cell in cells)
            {
                _sign[cell] = -1;
            }
        }

        internal override bool MayFind(in BatchRow row) => SignScan.AnyNegative(row.Values, _sign);
    }
}
