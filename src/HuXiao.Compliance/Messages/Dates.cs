using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Compliance;

/// <summary>Date helpers and ISO text.</summary>
internal static class Dates
{
    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Iso(LocalDate? date) => date is { } d ? Iso(d) : "—";

    internal static string Iso(YearMonth month) => month.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    internal static LocalDate LastDay(YearMonth month) => month.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month));
}
