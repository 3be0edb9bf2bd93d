using HuXiao.Reporting;

namespace HuXiao.Excel.Reading;

/// <summary>
/// A table found on a sheet: the column of each indicator, its units row, the first row of its heading, how many
/// headings matched, and the rows of 新增 and 合计 once located (0 when not found).
/// </summary>
internal sealed record LocatedTable(IndicatorTable Table, int UnitsRow, IReadOnlyList<int> Columns, int HeaderTop, int MatchedLabels, IReadOnlyList<InputProblem> Problems)
{
    internal int NewRow { get; init; }

    internal int TotalRow { get; init; }

    internal int LastRow => Math.Max(UnitsRow, Math.Max(NewRow, TotalRow));

    /// <summary>Whether two placements share a cell of their units rows.</summary>
    internal bool Overlaps(LocatedTable other)
        => UnitsRow == other.UnitsRow && Columns[0] <= other.Columns[^1] && other.Columns[0] <= Columns[^1];
}
