using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Reads dates as clerks type them: <c>2017-06-30</c>, <c>2017/6/30</c>, <c>2017.6.30</c>, <c>2017年6月30日</c>,
/// <c>2017年06月30日</c>, in Chinese numerals (<c>二〇一七年六月三十日</c>), and without the year or month
/// (<c>6月30日</c>, <c>30日</c>, <c>30号</c>) where the form's month settles them. Anything else is unreadable.
/// </summary>
internal static partial class DateText
{
    /// <summary>The outcome: a date, blank (nothing, or only the blank pattern <c>____年__月__日</c>), or unreadable.</summary>
    internal enum Outcome
    {
        Date,
        Blank,
        Bad,
    }

    /// <summary>Which date it is, which decides how a missing year or month is filled in.</summary>
    internal enum Role
    {
        /// <summary>The filing date in the footer: on or after the first day of the form's month.</summary>
        Filing,

        /// <summary>A case's date on 具体情况: within the form's month or before it.</summary>
        Case,
    }

    internal static (Outcome Outcome, LocalDate? Date) Parse(string? raw, YearMonth? period, Role role)
    {
        var text = Digits(Text.NumberText(raw ?? string.Empty).Replace('號', '号'));
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
        if (m.Success)
        {
            return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        }

        m = MonthDay().Match(text);
        if (m.Success && period is { } p)
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = role == Role.Filing
                ? (month >= p.Month ? p.Year : p.Year + 1)
                : (month <= p.Month ? p.Year : p.Year - 1);
            return Make(year.ToString(CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value);
        }

        m = DayOnly().Match(text);
        if (m.Success && period is { } q && role == Role.Case)
        {
            return Make(q.Year.ToString(CultureInfo.InvariantCulture), q.Month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value);
        }

        return (Outcome.Bad, null);
    }

    /// <summary>Chinese numerals for a year (digit by digit, 二〇一七) and for a month or day (十二, 三十一) turned into digits.</summary>
    private static string Digits(string text)
    {
        if (!text.Any(c => "〇零一二三四五六七八九十".Contains(c, StringComparison.Ordinal)))
        {
            return text;
        }

        return ChineseNumber().Replace(text, match =>
        {
            var s = match.Value;
            if (!s.Contains('十', StringComparison.Ordinal))
            {
                return string.Concat(s.Select(c => (char)('0' + "〇一二三四五六七八九".IndexOf(c == '零' ? '〇' : c, StringComparison.Ordinal))));
            }

            var ten = s.IndexOf('十', StringComparison.Ordinal);
            var tens = ten == 0 ? 1 : "〇一二三四五六七八九".IndexOf(s[ten - 1], StringComparison.Ordinal);
            var ones = ten == s.Length - 1 ? 0 : "〇一二三四五六七八九".IndexOf(s[ten + 1], StringComparison.Ordinal);
            return tens < 0 || ones < 0 || s.Length > 3 || (ten > 1) ? s : ((tens * 10) + ones).ToString(CultureInfo.InvariantCulture);
        });
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

    [GeneratedRegex(@"^(?<y>[0-9]{4}|_*)年(?<m>[0-9]{1,2}|_*)月(?<d>[0-9]{1,2}|_*)[日号]$", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})[日号]$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})[日号]$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOnly();

    [GeneratedRegex("[〇零一二三四五六七八九十]+", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseNumber();
}
