using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace HuXiao.Excel.Reading;

/// <summary>Reads a printed month (统计月份): <c>2017年5月</c>, <c>2017年05月</c>, <c>2017-05</c>, <c>2017/5</c>, <c>2017.5</c>, <c>二〇一七年五月</c>; <c>____年__月</c> is blank.</summary>
internal static partial class PeriodText
{
    internal static (DateText.Outcome Outcome, YearMonth? Period) Parse(string? raw)
    {
        var text = Text.NumberText(raw ?? string.Empty);
        if (text.Length == 0)
        {
            return (DateText.Outcome.Blank, null);
        }

        // Chinese numerals and the blank pattern, through the date reader's rules: add a day and read a date.
        var m = Chinese().Match(text);
        if (m.Success)
        {
            var y = m.Groups["y"].Value;
            var mo = m.Groups["m"].Value;

            // "____年__月", or "2017年 月" with the year printed and the month left for the clerk: not filled in.
            if (mo.All(c => c == '_'))
            {
                return (DateText.Outcome.Blank, null);
            }

            var (outcome, date) = DateText.Parse(y + "年" + mo + "月1日", null, DateText.Role.Filing);
            return outcome == DateText.Outcome.Date ? (outcome, date!.Value.ToYearMonth()) : (DateText.Outcome.Bad, null);
        }

        m = Numeric().Match(text);
        if (m.Success)
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            return year is >= 1900 and <= 9999 && month is >= 1 and <= 12 ? (DateText.Outcome.Date, new YearMonth(year, month)) : (DateText.Outcome.Bad, null);
        }

        return (DateText.Outcome.Bad, null);
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4}|_*)年(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2}|_*)月份?$", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^(?<y>[0-9]{4})[-/.](?<m>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
