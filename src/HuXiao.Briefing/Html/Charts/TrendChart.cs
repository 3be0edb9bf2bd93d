using System.Globalization;
using System.Xml.Linq;
using HuXiao.Compliance;
using NodaTime;
using static HuXiao.Briefing.Html.Markup;

namespace HuXiao.Briefing.Html;

/// <summary>
/// One target's coverage by month as an inline SVG: each unit's line in grey (the lowest few in orange, named),
/// the city's line in blue with a point per month with data, and the due date as a dashed red line. A month
/// without data breaks a line rather than being bridged.
/// </summary>
internal static class TrendChart
{
    private const double Width = 350;
    private const double Height = 190;
    private const double Left = 40;
    private const double Right = 78;
    private const double Top = 20;
    private const double Bottom = 34;
    private const double PlotWidth = Width - Left - Right;
    private const double PlotHeight = Height - Top - Bottom;

    internal static XElement Render(TargetTrend trend, int labelled)
    {
        var months = trend.Months;
        var all = trend.Units.SelectMany(u => u.Points).Concat(trend.City.Points).ToArray();
        var top = Math.Max(1.0, all.Length == 0 ? 1.0 : Math.Ceiling(all.Max(p => p.Coverage.ToDouble()) * 10) / 10);
        double X(int index) => months.Count == 1 ? Left + (PlotWidth / 2) : Left + (index * PlotWidth / (months.Count - 1));
        double Y(double value) => Top + PlotHeight - (value / top * PlotHeight);
        double XOf(YearMonth month) => X(IndexOf(months, month));

        var svg = S("svg",
            A("class", "chart trend"),
            A("data-rule", trend.RuleCode),
            A("viewBox", $"0 0 {N(Width)} {N(Height)}"),
            A("width", Width),
            A("height", Height),
            A("role", "img"),
            A("aria-label", $"{trend.Title}：各月覆盖率"));

        // Grid and axes.
        for (var tick = 0.0; tick <= top + 1e-9; tick += 0.25)
        {
            svg.Add(S("line", A("class", tick == 0 ? "axis" : "grid"), A("x1", Left), A("x2", Left + PlotWidth), A("y1", Y(tick)), A("y2", Y(tick))));
            svg.Add(S("text", A("class", "tick"), A("x", Left - 4), A("y", Y(tick) + 3.5), A("text-anchor", "end"), (tick * 100).ToString("0", CultureInfo.InvariantCulture) + "%"));
        }

        var target100 = Y(1.0);
        svg.Add(S("line", A("class", "full"), A("x1", Left), A("x2", Left + PlotWidth), A("y1", target100), A("y2", target100)));
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            svg.Add(S("line", A("class", "axis"), A("x1", X(i)), A("x2", X(i)), A("y1", Top + PlotHeight), A("y2", Top + PlotHeight + 3)));
            svg.Add(S("text", A("class", "tick"), A("x", X(i)), A("y", Top + PlotHeight + 14), A("text-anchor", "middle"), m.Month.ToString(CultureInfo.InvariantCulture) + "月"));
            if (i == 0 || m.Month == 1)
            {
                svg.Add(S("text", A("class", "tick year"), A("x", X(i)), A("y", Top + PlotHeight + 26), A("text-anchor", "middle"), m.Year.ToString(CultureInfo.InvariantCulture)));
            }
        }

        // The due date, placed within its month: the points stand for the end of each month.
        if (trend.Due is { } due && DuePosition(months, due) is { } position)
        {
            var x = months.Count == 1 ? X(0) : Left + (position * PlotWidth / (months.Count - 1));
            svg.Add(S("line", A("class", "due"), A("x1", x), A("x2", x), A("y1", Top - 4), A("y2", Top + PlotHeight)));
            svg.Add(S("text", A("class", "due-label"), A("x", x), A("y", Top - 8), A("text-anchor", x > Left + PlotWidth - 30 ? "end" : "middle"), "期限 " + due.ToString("MM-dd", CultureInfo.InvariantCulture)));
        }

        // Units: grey, the lowest few at the last month in orange and named.
        var last = months[^1];
        var lagging = trend.Units
            .Select(u => (Unit: u, Last: u.Points.LastOrDefault()))
            .Where(u => u.Last is not null && u.Last.Month == last && u.Last.Coverage < new Ratio(1, 1))
            .OrderBy(u => u.Last!.Coverage)
            .ThenBy(u => u.Unit.Unit.Code, StringComparer.Ordinal)
            .Take(Math.Clamp(labelled, 0, 16))
            .Select(u => u.Unit.Unit.Code)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var unit in trend.Units.OrderBy(u => lagging.Contains(u.Unit.Code)))
        {
            var css = lagging.Contains(unit.Unit.Code) ? "unit lag" : "unit";
            foreach (var segment in Segments(months, unit.Points))
            {
                svg.Add(Line(css, unit.Unit.Code, segment, XOf, Y));
            }
        }

        // The city.
        foreach (var segment in Segments(months, trend.City.Points))
        {
            svg.Add(Line("city", trend.City.Unit.Code, segment, XOf, Y));
        }

        foreach (var point in trend.City.Points)
        {
            svg.Add(S("circle", A("class", "pt city"), A("data-month", point.Month.ToString("uuuu-MM", CultureInfo.InvariantCulture)), A("cx", XOf(point.Month)), A("cy", Y(point.Coverage.ToDouble())), A("r", 3)));
        }

        // Labels at the right end: the city's last figure, then the named units, spread so they do not overlap.
        var labels = new List<(double Y, string Css, string Text)>();
        if (trend.City.Points.LastOrDefault() is { } cityLast && cityLast.Month == last)
        {
            labels.Add((Y(cityLast.Coverage.ToDouble()), "end-label city", "全市 " + Labels.Percent(cityLast.Coverage)));
        }

        foreach (var unit in trend.Units.Where(u => lagging.Contains(u.Unit.Code)))
        {
            var point = unit.Points[^1];
            labels.Add((Y(point.Coverage.ToDouble()), "end-label lag", $"{Short(unit.Unit.Name)} {Labels.Percent(point.Coverage)}"));
        }

        var placed = Spread(labels.Select(l => l.Y).ToArray(), 11, Top, Top + PlotHeight);
        for (var i = 0; i < labels.Count; i++)
        {
            svg.Add(S("text", A("class", labels[i].Css), A("x", Left + PlotWidth + 5), A("y", placed[i] + 3.5), labels[i].Text));
        }

        return svg;
    }

    /// <summary>Where a date falls on the month axis, in month steps from the first month (the end of month i is at i); null when outside.</summary>
    internal static double? DuePosition(IReadOnlyList<YearMonth> months, LocalDate due)
    {
        var month = new YearMonth(due.Year, due.Month);
        var index = IndexOf(months, month);
        if (index < 0)
        {
            return null;
        }

        var days = due.Calendar.GetDaysInMonth(due.Year, due.Month);
        var position = index - 1 + ((double)due.Day / days);
        return position < 0 ? null : position;
    }

    private static XElement Line(string css, string unitCode, IReadOnlyList<TrendPoint> points, Func<YearMonth, double> x, Func<double, double> y)
        => S("polyline",
            A("class", css),
            A("data-unit", unitCode),
            A("points", string.Join(" ", points.Select(p => $"{N(x(p.Month))},{N(y(p.Coverage.ToDouble()))}"))));

    /// <summary>Splits a line where a month has no point.</summary>
    private static IEnumerable<IReadOnlyList<TrendPoint>> Segments(IReadOnlyList<YearMonth> months, IReadOnlyList<TrendPoint> points)
    {
        var segment = new List<TrendPoint>();
        var previous = -2;
        foreach (var point in points)
        {
            var index = IndexOf(months, point.Month);
            if (index < 0)
            {
                continue;
            }

            if (index != previous + 1 && segment.Count > 0)
            {
                yield return segment;
                segment = [];
            }

            segment.Add(point);
            previous = index;
        }

        if (segment.Count > 0)
        {
            yield return segment;
        }
    }

    private static int IndexOf(IReadOnlyList<YearMonth> months, YearMonth month)
    {
        for (var i = 0; i < months.Count; i++)
        {
            if (months[i] == month)
            {
                return i;
            }
        }

        return -1;
    }

    private static double[] Spread(double[] ys, double gap, double min, double max)
    {
        var order = Enumerable.Range(0, ys.Length).OrderBy(i => ys[i]).ToArray();
        var result = (double[])ys.Clone();
        for (var k = 1; k < order.Length; k++)
        {
            result[order[k]] = Math.Max(result[order[k]], result[order[k - 1]] + gap);
        }

        // Pushed past the bottom: shift the stack up.
        if (order.Length > 0 && result[order[^1]] > max)
        {
            var shift = result[order[^1]] - max;
            foreach (var i in order)
            {
                result[i] = Math.Max(min, result[i] - shift);
            }
        }

        return result;
    }

    private static string Short(string name) => name.Length <= 5 ? name : name[..4] + "…";
}
