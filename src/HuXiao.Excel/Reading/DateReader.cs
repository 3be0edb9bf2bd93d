using System.Globalization;
using HuXiao.Excel.Ooxml;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Reads a date cell (the footer's filing date, a case's date): a real date (a number shown as a date), a date
/// formula whose stored result <see cref="FormulaCheck"/> accepts, or text a clerk types (see <see cref="DateText"/>).
/// </summary>
internal static class DateReader
{
    /// <summary>What the cell holds: a date, nothing, or a problem (why, in Chinese and English; <c>Formula</c> when it is the formula's fault).</summary>
    internal readonly record struct Result(DateText.Outcome Outcome, LocalDate? Date, string Found, string? WhyZh = null, string? WhyEn = null, bool Formula = false);

    internal static Result Read(FormReadContext context, StoredSheet sheet, StoredCell cell, DateText.Role role)
    {
        if (cell.HasFormula)
        {
            var found = FormulaCheck.Found(sheet, cell);
            if (FormulaCheck.Check(context, sheet, cell) is { } why)
            {
                return new Result(DateText.Outcome.Bad, null, found, why.WhyZh + "；" + why.FixZh, why.WhyEn + "; " + why.FixEn, Formula: true);
            }

            return FromNumber(context, cell, found);
        }

        switch (cell.Kind)
        {
            case StoredKind.None:
                return new Result(DateText.Outcome.Blank, null, string.Empty);
            case StoredKind.Number:
                return FromNumber(context, cell, cell.Number.ToString("R", CultureInfo.InvariantCulture));
            case StoredKind.Text:
                {
                    var (outcome, date) = DateText.Parse(cell.Text, context.Period, role);
                    return new Result(outcome, date, cell.Text ?? string.Empty);
                }

            case StoredKind.IsoDate:
                {
                    var text = cell.Text ?? string.Empty;
                    var parsed = LocalDatePattern.Iso.Parse(text.Length >= 10 ? text[..10] : text);
                    return parsed.Success ? new Result(DateText.Outcome.Date, parsed.Value, text) : new Result(DateText.Outcome.Bad, null, text);
                }

            default:
                return new Result(DateText.Outcome.Bad, null, cell.Text ?? string.Empty);
        }
    }

    private static Result FromNumber(FormReadContext context, StoredCell cell, string found)
    {
        if (!context.FormatOf(cell).IsDateTime)
        {
            return new Result(DateText.Outcome.Bad, null, found, "是数而不是日期（单元格格式不是日期）", "a number, not a date (the cell is not formatted as a date)");
        }

        return FromSerial(cell.Number, context.Workbook.Date1904) is { } date
            ? new Result(DateText.Outcome.Date, date, found)
            : new Result(DateText.Outcome.Bad, null, found);
    }

    /// <summary>The day of a spreadsheet date serial (1900 or 1904 system; the time of day dropped), or null outside 1900–9999.</summary>
    internal static LocalDate? FromSerial(double serial, bool date1904)
    {
        if (!double.IsFinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2_958_465)
        {
            return null;
        }

        var days = (int)Math.Floor(serial);
        if (date1904)
        {
            return new LocalDate(1904, 1, 1).PlusDays(days);
        }

        // Serial 60 is 1900-02-29, a day that never was (kept for Lotus 1-2-3).
        return days switch
        {
            60 => null,
            < 60 => new LocalDate(1899, 12, 31).PlusDays(days),
            _ => new LocalDate(1899, 12, 30).PlusDays(days),
        };
    }
}
