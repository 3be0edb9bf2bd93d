using HuXiao.Reporting;

namespace HuXiao.Excel.Reading;

/// <summary>A table found on a sheet: the column of each indicator, and the rows of its units, 新增 and 合计 (0 when not found).</summary>
internal sealed record LocatedTable(IndicatorTable Table, int UnitsRow, IReadOnlyList<int> Columns, int NewRow, int TotalRow, int MatchedLabels, IReadOnlyList<InputProblem> Problems)
{
    internal int LastRow => Math.Max(UnitsRow, Math.Max(NewRow, TotalRow));
}
