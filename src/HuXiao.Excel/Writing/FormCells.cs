using System.Globalization;
using HuXiao.Excel.Layout;
using HuXiao.Reporting;

namespace HuXiao.Excel.Writing;

/// <summary>
/// Every cell of a written form whose content depends on what it holds: the 填表单位 and 统计月份 line, each value of
/// the report, the footer's reviewer, preparer, phone and date, and the case rows. The one list both writers use: the
/// ClosedXML build writes these cells into the laid-out form, the stamp (<see cref="Stamping.FormPrototype"/>) writes
/// them into a form rendered once without them.
/// </summary>
internal static class FormCells
{
    /// <summary>Numbers past this are written as text so that no digit is lost (a spreadsheet holds 15 significant digits).</summary>
    internal const long ExactNumberLimit = 999_999_999_999_999;

    private static readonly ReportRow[] s_rows = [ReportRow.New, ReportRow.Total];

    internal static IEnumerable<VariableCell> Of(FormContent content, FormLayout layout)
    {
        const int form = VariableCell.FormSheet;
        yield return VariableCell.OfText(form, FormLayout.HeaderLineRow, 1, FormLayout.UnitLinePrefix + (content.Unit?.Name ?? string.Empty));
        yield return VariableCell.OfText(form, FormLayout.HeaderLineRow, layout.PeriodLineFirstColumn, FormLayout.PeriodLinePrefix + (content.Period is { } p
            ? p.Year.ToString(CultureInfo.InvariantCulture) + "年" + p.Month.ToString(CultureInfo.InvariantCulture) + "月"
            : "____年__月"));

        if (content.Report is { } report)
        {
            foreach (var table in layout.Tables)
            {
                var indicators = table.Table.Indicators;
                for (var i = 0; i < indicators.Count; i++)
                {
                    foreach (var row in s_rows)
                    {
                        if (report[indicators[i], row] is { } value)
                        {
                            var column = FormLayout.FirstIndicatorColumn + i;
                            yield return value is >= -ExactNumberLimit and <= ExactNumberLimit
                                ? VariableCell.OfNumber(form, table.RowOf(row), column, value)
                                : VariableCell.OfText(form, table.RowOf(row), column, value.ToString(CultureInfo.InvariantCulture));
                        }
                    }
                }
            }
        }

        var filing = content.Report?.Filing;
        var values = new[] { filing?.Reviewer, filing?.Preparer, filing?.Phone };
        for (var k = 0; k < layout.Footer.Count; k++)
        {
            yield return VariableCell.OfText(form, layout.FooterRow, layout.Footer[k].ValueFrom, values[k] ?? string.Empty);
        }

        yield return VariableCell.OfText(form, layout.FooterRow, layout.DateFirstColumn, filing?.FiledOn is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日")
            : FormLayout.BlankDate);

        var caseRow = CaseSheetWriter.HeaderRow + 1;
        foreach (var detail in content.Report?.Cases ?? [])
        {
            var texts = new[]
            {
                detail.IndicatorCode,
                content.Schema.TryGetIndicator(detail.IndicatorCode, out var indicator) ? indicator.Label : string.Empty,
                detail.Date is { } date ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty,
                detail.Place,
                detail.Summary,
            };
            for (var c = 0; c < texts.Length; c++)
            {
                yield return VariableCell.OfText(VariableCell.CaseSheet, caseRow, c + 1, texts[c]);
            }

            caseRow++;
        }
    }
}
