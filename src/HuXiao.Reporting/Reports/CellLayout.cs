using System.Numerics;

namespace HuXiao.Reporting;

/// <summary>
/// Where each cell of a report is kept: the one arrangement shared by <see cref="MonthlyReport"/>, the rows of a
/// <see cref="Aggregation.ReportBatch"/> and every roll-up total. Immutable; one per schema
/// (<see cref="ReportSchema.Layout"/>).
/// </summary>
/// <remarks>
/// <para>
/// Cell <c>c</c> is the 新增 row's indicators in schema order, then the 合计 row's: <see cref="Cell"/> is the only
/// place that says so. A cell is filled when bit <c>c % 64</c> of filled word <c>c / 64</c> is set; a blank cell
/// holds 0 with its bit clear, so a blank is never a silent zero.
/// </para>
/// <para>
/// A batch keeps each report as a narrow row of <see cref="NarrowStride"/> 32-bit slots: the cells, then the filled
/// words (two slots each), then zeros up to a whole number of 64-byte cache lines. A report with a value outside
/// the 32-bit range keeps its cells in a wide (64-bit) row instead; its narrow row then holds zeros and its filled
/// words (see <see cref="Aggregation.ReportRows"/>).
/// </para>
/// </remarks>
internal sealed class CellLayout
{
    /// <summary>32-bit slots per 64-byte cache line.</summary>
    internal const int SlotsPerLine = 16;

    private readonly ulong[] _validMask;

    internal CellLayout(int indicatorCount)
    {
        IndicatorCount = indicatorCount;
        Cells = indicatorCount * 2;
        Words = (Cells + 63) >> 6;
        NarrowStride = ((Cells + (Words * 2) + SlotsPerLine - 1) / SlotsPerLine) * SlotsPerLine;
        var mask = new ulong[Words];
        for (var cell = 0; cell < Cells; cell++)
        {
            mask[cell >> 6] |= 1UL << cell;
        }

        _validMask = mask;
    }

    /// <summary>The schema's indicator count.</summary>
    internal int IndicatorCount { get; }

    /// <summary>Cells per report: 新增 and 合计 of every indicator.</summary>
    internal int Cells { get; }

    /// <summary>64-bit words of filled bits per report.</summary>
    internal int Words { get; }

    /// <summary>32-bit slots per narrow row: cells, filled words, padding to whole cache lines.</summary>
    internal int NarrowStride { get; }

    /// <summary>Where a narrow row's filled words start, in 32-bit slots.</summary>
    internal int FilledOffset => Cells;

    /// <summary>The filled bits of a report with every cell filled.</summary>
    internal ReadOnlySpan<ulong> ValidMask => _validMask;

    /// <summary>The cell of an indicator's row.</summary>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <exception cref="ArgumentOutOfRangeException">The ordinal is outside the schema.</exception>
    internal int Cell(int ordinal, ReportRow row)
    {
        if (unchecked((uint)ordinal) >= (uint)IndicatorCount)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"The form has indicators 0–{IndicatorCount - 1}.");
        }

        return row == ReportRow.New ? ordinal : IndicatorCount + ordinal;
    }

    /// <summary>The indicator ordinal of a cell.</summary>
    internal int OrdinalOf(int cell) => cell < IndicatorCount ? cell : cell - IndicatorCount;

    /// <summary>The row of a cell.</summary>
    internal ReportRow RowOf(int cell) => cell < IndicatorCount ? ReportRow.New : ReportRow.Total;

    /// <summary>Whether a cell's filled bit is set.</summary>
    internal static bool IsFilled(ReadOnlySpan<ulong> filled, int cell) => (filled[cell >> 6] & (1UL << cell)) != 0;

    /// <summary>Sets or clears a cell's filled bit.</summary>
    internal static void SetFilled(Span<ulong> filled, int cell, bool isFilled)
    {
        if (isFilled)
        {
            filled[cell >> 6] |= 1UL << cell;
        }
        else
        {
            filled[cell >> 6] &= ~(1UL << cell);
        }
    }

    /// <summary>How many cells are filled.</summary>
    internal static int CountFilled(ReadOnlySpan<ulong> filled)
    {
        var n = 0;
        foreach (var word in filled)
        {
            n += BitOperations.PopCount(word);
        }

        return n;
    }
}
