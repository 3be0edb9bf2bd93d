using System.Xml.Linq;
using static HuXiao.Briefing.Html.Markup;

namespace HuXiao.Briefing.Html;

/// <summary>A small inline bar for a target's coverage in the targets table, filled to the coverage (capped at 100%).</summary>
internal static class CoverageBar
{
    private const double Width = 110;
    private const double Height = 10;

    internal static XElement Render(TargetLine line)
    {
        var value = line.Coverage is { } c ? Math.Clamp(c.ToDouble(), 0, 1) : 0;
        return S("svg",
            A("class", "bar"),
            A("viewBox", $"0 0 {N(Width)} {N(Height)}"),
            A("width", Width),
            A("height", Height),
            A("aria-hidden", "true"),
            S("rect", A("class", "bar-bg"), A("x", 0), A("y", 0), A("width", Width), A("height", Height), A("rx", 2)),
            S("rect", A("class", "bar-fill " + Labels.StatusClass(line.Status)), A("x", 0), A("y", 0), A("width", value * Width), A("height", Height), A("rx", 2)));
    }
}
