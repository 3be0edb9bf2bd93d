using System.Globalization;
using System.Xml.Linq;
using HuXiao.Compliance;
using static HuXiao.Briefing.Html.Markup;

namespace HuXiao.Briefing.Html;

/// <summary>
/// The urban tech-defence rate as an inline SVG: the interval the reports allow (lower to upper bound), drawn
/// against the target line (85%). An exact rate is a single mark.
/// </summary>
internal static class RateChart
{
    private const double Width = 680;
    private const double Height = 104;
    private const double Left = 20;
    private const double Right = 20;
    private const double BarY = 36;
    private const double BarHeight = 26;

    internal static XElement Render(RateLine rate)
    {
        var bounds = rate.Bounds!;
        var lower = bounds.LowerValue;
        var target = bounds.Target.ToDouble();

        // The axis starts at the 10% step below the lower bound and the target, so the interval is wide enough to read.
        var from = Math.Max(0, (Math.Floor(Math.Min(lower, target) * 10) - 1) / 10);
        const double to = 1.0;
        var plot = Width - Left - Right;
        double X(double v) => Left + ((Math.Clamp(v, from, to) - from) / (to - from) * plot);

        var svg = S("svg",
            A("class", "chart rate"),
            A("viewBox", $"0 0 {N(Width)} {N(Height)}"),
            A("width", Width),
            A("height", Height),
            A("role", "img"),
            A("aria-label", "城市校园技防达标率区间"));

        svg.Add(S("line", A("class", "axis"), A("x1", Left), A("x2", Left + plot), A("y1", BarY + BarHeight + 8), A("y2", BarY + BarHeight + 8)));
        var step = (to - from) > 0.5 ? 0.1 : 0.05;
        for (var tick = from; tick <= to + 1e-9; tick += step)
        {
            var x = X(tick);
            svg.Add(S("line", A("class", "axis"), A("x1", x), A("x2", x), A("y1", BarY + BarHeight + 8), A("y2", BarY + BarHeight + 12)));
            svg.Add(S("text", A("class", "tick"), A("x", x), A("y", BarY + BarHeight + 24), A("text-anchor", "middle"), (tick * 100).ToString("0", CultureInfo.InvariantCulture) + "%"));
        }

        var css = "interval " + Labels.StatusClass(rate.Status);
        var x1 = X(lower);
        var x2 = X(bounds.UpperValue);
        svg.Add(bounds.IsExact
            ? S("rect", A("class", css), A("x", x1 - 3), A("y", BarY - 2), A("width", 6), A("height", BarHeight + 4))
            : S("rect", A("class", css), A("x", x1), A("y", BarY), A("width", Math.Max(2, x2 - x1)), A("height", BarHeight), A("rx", 3)));

        var xt = X(target);
        svg.Add(S("line", A("class", "target"), A("x1", xt), A("x2", xt), A("y1", 14), A("y2", BarY + BarHeight + 8)));
        svg.Add(S("text", A("class", "target-label"), A("x", xt), A("y", 10), A("text-anchor", "middle"), "目标 " + Labels.Percent(bounds.Target)));

        if (bounds.IsExact)
        {
            svg.Add(S("text", A("class", "bound"), A("x", x1), A("y", BarY - 6), A("text-anchor", "middle"), Labels.Percent(bounds.Lower)));
        }
        else
        {
            svg.Add(S("text", A("class", "bound"), A("x", x1 - 4), A("y", BarY + 17.5), A("text-anchor", "end"), "下限 " + Labels.Percent(bounds.Lower)));
            var roomRight = x2 < Width - 90;
            svg.Add(S("text", A("class", roomRight ? "bound" : "bound inside"), A("x", roomRight ? x2 + 4 : x2 - 4), A("y", BarY + 17.5), A("text-anchor", roomRight ? "start" : "end"), "上限 " + Labels.Percent(bounds.Upper)));
        }

        return svg;
    }
}
