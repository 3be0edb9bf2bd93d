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
        var labels = s_people.Select(l => Text.Key(l).TrimEnd(':')).ToArray();
        var values = new string?[3];
        (int Row, int Col, string? Inline)? dateCell = null;
        var candidates = new List<(int Row, int Col)>();
        for (var row = lastTableRow + 1; row <= lastTableRow + RowsBelow; row++)
        {
            var used = new HashSet<int>();
            foreach (var (col, key) in grid.RowCells(row))
            {
                var which = Array.FindIndex(labels, l => key.StartsWith(l, StringComparison.Ordinal));
                var dateLabel = which < 0 ? Array.Find(s_dateLabels, l => key.StartsWith(l, StringComparison.Ordinal)) : null;
                if (which < 0 && dateLabel is null)
                {
                    continue;
                }

                used.Add(col);
                var label = which >= 0 ? labels[which] : dateLabel!;
                var inline = RestAfter(Text.Clean(grid.RawAt(row, col)), label);
                var next = grid.MergeEnd(row, col) + 1;
                if (inline.Length == 0 && !IsLabel(grid.KeyAt(row, next), labels))
                {
                    used.Add(next);
                }

                if (which >= 0)
                {
                    values[which] = inline.Length > 0 ? inline : TextOf(context, grid, row, next, problems);
                }
                else
                {
                    dateCell ??= inline.Length > 0 ? (row, col, inline) : (row, next, null);
                }
            }

            foreach (var (col, key) in grid.RowCells(row))
            {
                if (!used.Contains(col) && LooksLikeDate(grid.Sheet[row, col], key))
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
            var result = at.Inline is { } inline
                ? DateOfText(inline)
                : DateReader.Read(context, grid.Sheet, grid.Sheet[at.Row, at.Col], DateText.Role.Filing);
            if (result.Outcome == DateText.Outcome.Bad)
            {
                problems.Add(BadDate(grid.Locate(at.Row, at.Col), result));
            }

            filedOn = result.Date;

            DateReader.Result DateOfText(string text)
            {
                var (outcome, date) = DateText.Parse(text, context.Period, DateText.Role.Filing);
                return new DateReader.Result(outcome, date, text);
            }
        }

        return (values[0], values[1], values[2], filedOn);
    }

    private static bool IsLabel(string key, string[] labels)
        => key.Length > 0 && (labels.Any(l => key.StartsWith(l, StringComparison.Ordinal)) || s_dateLabels.Any(l => key.StartsWith(l, StringComparison.Ordinal)));

    /// <summary>A cell that holds a date, a number, or text with digits or 年/月/日/号 (a date a clerk wrote, or the blank date pattern).</summary>
    private static bool LooksLikeDate(StoredCell cell, string key)
        => cell.Kind == StoredKind.Number || cell.HasFormula || key.Any(c => char.IsDigit(c) || c is '年' or '月' or '日' or '号' or '〇' or '十');

    private static string? TextOf(FormReadContext context, SheetGrid grid, int row, int col, List<InputProblem> problems)
    {
        var text = CaseSheetReader.TextOf(context, grid.Sheet, grid.Sheet[row, col], problems);
        return text.Length > 0 ? text : null;
    }

    private static string RestAfter(string raw, string label)
    {
        var colon = raw.IndexOfAny([':', '：']);
        if (colon >= 0)
        {
            return Text.Clean(raw[(colon + 1)..]);
        }

        var key = Text.Key(raw);
        return key.Length > label.Length ? Text.Clean(raw[Math.Min(raw.Length, label.Length)..]) : string.Empty;
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
