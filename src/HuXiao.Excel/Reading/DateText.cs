using System.Globalization;
using System.Text.RegularExpressions;
using HuXiao.Excel.Internal;
using NodaTime;

namespace HuXiao.Excel.Reading;

/// <summary>Reads dates as people type them: <c>2017-05-03</c>, <c>2017/5/3</c>, <c>2017.5.3</c>, <c>2017年5月3日</c>.</summary>
internal static partial class DateText
{
    /// <summary>The outcome: a date, blank (nothing or only the blank pattern), or unreadable.</summary>
    internal enum Outcome
    {
        Date,
        Blank,
        Bad,
    }

    internal static (Outcome Outcome, LocalDate? Date) Parse(string? raw)
    {
        var text = Text.NumberText(raw ?? string.Empty);
        if (text.Length == 0)
        {
            return (Outcome.Blank, null);
        }

        var m = Chinese().Match(text);
        if (m.Success)
        {
            var y = m.Groups["y"].Value;
            var mo = m.Groups["m"].Value;
            var d = m.Groups["d"].Value;
            if (IsNumber(y) && IsNumber(mo) && IsNumber(d))
            {
                return Make(y, mo, d);
            }

            // "____年__月__日", or the printed "2017年 月 日": not filled in.
            return IsNumber(mo) || IsNumber(d) ? (Outcome.Bad, null) : (Outcome.Blank, null);
        }

        m = Numeric().Match(text);
        return m.Success ? Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : (Outcome.Bad, null);
    }

    private static bool IsNumber(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private static (Outcome, LocalDate?) Make(string y, string m, string d)
    {
        var year = int.Parse(y, CultureInfo.InvariantCulture);
        var month = int.Parse(m, CultureInfo.InvariantCulture);
        var day = int.Parse(d, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return (Outcome.Bad, null);
        }

        return (Outcome.Date, new LocalDate(year, month, day));
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4}|_*)年(?<m>[0-9]{1,2}|_*)月(?<d>[0-9]{1,2}|_*)日$", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^(?<y>[0-9]{4})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
