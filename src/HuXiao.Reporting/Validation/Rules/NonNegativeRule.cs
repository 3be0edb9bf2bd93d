namespace HuXiao.Reporting.Validation.Rules;

/// <summary>Every 合计 ≥ 0, and every flow's 新增 ≥ 0 (a stock's 新增 may fall: see <see cref="StockDecreaseRule"/>).</summary>
public sealed class NonNegativeRule : ConsistencyRule
{
    private readonly IndicatorKind[] _kinds;

    /// <summary>Creates the rule over the given indicators.</summary>
    /// <param name="indicators">The indicators to check; their kinds say which 新增 may be negative.</param>
    /// <param name="code">The rule's code.</param>
    public NonNegativeRule(IEnumerable<Indicator> indicators, string code = "non-negative")
        : this(indicators.ToArray(), code)
    {
    }

    private NonNegativeRule(Indicator[] indicators, string code)
        : base(code, FindingSeverity.Error, indicators.Select(i => i.Code), "合计不得为负；流量指标新增不得为负", "Totals are never negative; a flow's monthly value is never negative")
    {
        _kinds = indicators.Select(i => i.Kind).ToArray();
    }

    /// <inheritdoc />
    public override void Check(in RuleContext context)
    {
        for (var i = 0; i < context.Count; i++)
        {
            if (context.Value(i, ReportRow.Total) is < 0 and var total)
            {
                var indicator = context.Indicator(i);
                context.Fail(ReportRow.Total, $"合计：{indicator.Label}({indicator.Code}) 为 {total}，不得为负数。", $"Total: {indicator.Code} ({indicator.Name}) is {total}; it cannot be negative.", i);
            }

            if (_kinds[i] == IndicatorKind.Flow && context.Value(i, ReportRow.New) is < 0 and var added)
            {
                var indicator = context.Indicator(i);
                context.Fail(ReportRow.New, $"新增：{indicator.Label}({indicator.Code}) 为 {added}；该指标计数事件，新增不得为负数。", $"New this month: {indicator.Code} ({indicator.Name}) is {added}; it counts events, so it cannot be negative.", i);
            }
        }
    }

    /// <summary>Screens for a negative 合计, or a negative 新增 of a flow.</summary>
    internal override BatchRuleFilter Screen(int[] ordinals, ReportSchema schema)
    {
        var layout = schema.Layout;
        var cells = ordinals.Select(o => layout.Cell(o, ReportRow.Total))
            .Concat(ordinals.Where((_, i) => _kinds[i] == IndicatorKind.Flow).Select(o => layout.Cell(o, ReportRow.New)));
        return BatchRuleFilter.AnyNegative(cells, layout);
    }
}
