using System.Globalization;

namespace HuXiao.Compliance;

/// <summary>Invariant-culture text for messages.</summary>
internal static class Text
{
    internal static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string N(long? value) => value is { } v ? N(v) : "空";

    internal static string En(long? value) => value is { } v ? N(v) : "blank";

    internal static string Pct(Ratio r) => r.FloorPercent(1).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    internal static string Problem(CellReading r) => r.Problem switch
    {
        FindingReason.MissingIndicator => $"报表无指标{r.Code}",
        FindingReason.BlankCell when r.BlankUnits.Count > 0 => $"{r.Code}有{r.BlankUnits.Count}个单位未填（{string.Join("、", r.BlankUnits.Take(5))}{(r.BlankUnits.Count > 5 ? "等" : string.Empty)}）",
        FindingReason.BlankCell => $"{r.Code}未填",
        FindingReason.InvalidValue => $"{r.Code}为负数（{N(r.Value)}），请先校验报表",
        _ => string.Empty,
    };

    internal static string EnProblem(CellReading r) => r.Problem switch
    {
        FindingReason.MissingIndicator => $"the form has no {r.Code}",
        FindingReason.BlankCell when r.BlankUnits.Count > 0 => $"{r.Code} is blank in {r.BlankUnits.Count} unit(s) ({string.Join(", ", r.BlankUnits.Take(5))}{(r.BlankUnits.Count > 5 ? ", …" : string.Empty)})",
        FindingReason.BlankCell => $"{r.Code} is blank",
        FindingReason.InvalidValue => $"{r.Code} is negative ({N(r.Value)}); validate the report first",
        _ => string.Empty,
    };
}
