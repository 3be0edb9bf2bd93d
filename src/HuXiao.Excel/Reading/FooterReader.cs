using HuXiao.Excel.Layout;
using HuXiao.Excel.Ooxml;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Reads the footer below the last table: 审核人, 填表人 and 联系电话, each with its value in the label's own cell
/// (<c>填表人：李某</c>) or the cell right after it, and the filing date: the cell after a 日期 label, or else the
/// rightmost cell of the first footer row that holds a date or something like one. A date that cannot be read is
/// refused at its cell, never dropped.
/// </summary>
internal static class FooterReader
{
    private const int RowsBelow = 8;

    private static readonly string[] s_people = [FormLayout.ReviewerLabel, FormLayout.PreparerLabel, FormLayout.PhoneLabel];
    private static readonly string[] s_dateLabels = ["填表日期", "填报日期", "报送日期", "日期"];

    internal static (string? Reviewer, string? Preparer, string? Phone, LocalDate? FiledOn) Read(FormReadContext context, SheetGrid grid, int lastTableRow, List<InputProblem> problems)
    {
        var people = s_people.Select(l => Text.Key(l).TrimEnd(':')).ToArray();
        var values = new string?[3];
        (int Row, int Col, string? Inline)? dateCell = null;
        var candidates = new List<(int Row, int Col)>();
        for (var row = lastTableRow + 1; row <= lastTableRow + RowsBelow; row++)
        {
            var cells = grid.FilledCells(row).ToArray();
            var labels = cells
                .Select(c => (c.Col, Person: Array.FindIndex(people, l => c.Key.StartsWith(l, StringComparison.Ordinal)), Date: Array.Find(s_dateLabels, l => c.Key.StartsWith(l, StringComparison.Ordinal))))
                .Where(l => l.Person >= 0 || l.Date is not null)
                .ToArray();
            var used = new HashSet<int>(labels.Select(l => l.Col));
            for (var i = 0; i < labels.Length; i++)
            {
                var (col, person, date) = labels[i];
                var label = person >= 0 ? people[person] : date!;
                var inline = Text.AfterLabel(Text.Clean(grid.RawAt(row, col)), label);
                var from = grid.MergeEnd(row, col);
                var to = i + 1 < labels.Length ? labels[i + 1].Col : int.MaxValue;
                var segment = cells.Where(c => c.Col > from && c.Col < to).Select(c => c.Col).ToList();
                if (person < 0)
                {
                    dateCell ??= inline.Length > 0 ? (row, col, inline) : segment.Count > 0 ? (row, segment[0], null) : null;
                    used.UnionWith(segment.Take(inline.Length > 0 ? 0 : 1));
                    continue;
                }

                if (inline.Length > 0)
                {
                    values[person] = inline;
                    continue;
                }

                // The value is the first cell after the label. The last label shares its cells with the filing
                // date: a lone cell there that reads as a date is the date, not the value.
                if (segment.Count == 0 || (segment.Count == 1 && to == int.MaxValue && IsDate(context, grid, row, segment[0])))
                {
                    continue;
                }

                values[person] = TextOf(context, grid, row, segment[0], problems);
                used.Add(segment[0]);
            }

            // Right of the last label, whatever is left is where the date goes (the form prints it there); elsewhere
            // only what looks like a date is one.
            var lastLabel = labels.Length > 0 ? labels[^1].Col : int.MaxValue;
            foreach (var (col, key) in cells)
            {
                if (!used.Contains(col) && (col > lastLabel || LooksLikeDate(grid.Sheet[row, col], key)))
                {
                    candidates.Add((row, col));
                }
            }
        }

        if (dateCell is null && candidates.Count > 0)
        {
            var firstRow = candidates[0].Row;
            var (row, col) = candidates.Where(c => c.Row == firstRow).MaxBy(c => c.Col);
            dateCell = (row, col, null);
        }

        LocalDate? filedOn = null;
        if (dateCell is { } at)
        {
            DateReader.Result result;
            if (at.Inline is { } inline)
            {
                var (outcome, date) = DateText.Parse(inline, context.Period, DateText.Role.Filing);
                result = new DateReader.Result(outcome, date, inline);
            }
            else
            {
                result = DateReader.Read(context, grid.Sheet, grid.Sheet[at.Row, at.Col], DateText.Role.Filing);
            }

            if (result.Outcome == DateText.Outcome.Bad)
            {
                problems.Add(BadDate(grid.Locate(at.Row, at.Col), result));
            }

            filedOn = result.Date;
        }

        return (values[0], values[1], values[2], filedOn);
    }

    private static bool IsDate(FormReadContext context, SheetGrid grid, int row, int col)
        => DateReader.Read(context, grid.Sheet, grid.Sheet[row, col], DateText.Role.Filing).Outcome != DateText.Outcome.Bad;

    /// <summary>A cell that holds a date, a number, or text with digits or 年/月/日/号 (a date a clerk wrote, or the blank date pattern).</summary>
    private static bool LooksLikeDate(StoredCell cell, string key)
        => cell.Kind == StoredKind.Number || cell.HasFormula || key.Any(c => char.IsDigit(c) || c is '年' or '月' or '日' or '号' or '〇' or '十');

    private static string? TextOf(FormReadContext context, SheetGrid grid, int row, int col, List<InputProblem> problems)
    {
        var text = CaseSheetReader.TextOf(context, grid.Sheet, grid.Sheet[row, col], problems);
        return text.Length > 0 ? text : null;
    }

    private static InputProblem BadDate(string cell, DateReader.Result result)
    {
        if (result.Formula)
        {
            return Problems.Workbook(
                ExcelErrorCodes.FormulaError,
                cell,
                $"{cell}（填表日期）：填的是“{Problems.Quote(result.Found)}”，{result.WhyZh}。",
                $"{cell} (filing date): found \"{Problems.Quote(result.Found)}\", {result.WhyEn}.");
        }

        var (whyZh, whyEn) = result.WhyZh is null ? (string.Empty, string.Empty) : ("，" + result.WhyZh, ", " + result.WhyEn);
        return Problems.Workbook(
            ExcelErrorCodes.BadDate,
            cell,
            $"{cell}（填表日期）：填的是“{Problems.Quote(result.Found)}”{whyZh}，不是可以读出的日期；应为“2017年6月1日”“2017-06-01”这样的日期（只写月日时年份按统计月份推定），或留空“{FormLayout.BlankDate}”。",
            $"{cell} (filing date): found \"{Problems.Quote(result.Found)}\"{whyEn}, which cannot be read as a date; expected a date such as 2017年6月1日 or 2017-06-01 (a month and day alone take the year from the month reported on), or the blank {FormLayout.BlankDate}.");
    }
}
