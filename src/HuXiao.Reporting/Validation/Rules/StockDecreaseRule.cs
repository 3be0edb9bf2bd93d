namespace HuXiao.Reporting.Validation.Rules;

/// <summary>A stock's 新增 below zero (a campus closed, a guard left): possible, so a warning.</summary>
public sealed class StockDecreaseRule : ConsistencyRule
{
    /// <summary>Creates the rule over the given stock indicators.</summary>
    /// <param name="indicators">The codes of the stock indicators.</param>
    /// <param name="code">The rule's code.</param>
    public StockDecreaseRule(IEnumerable<string> indicators, string code = "stock-decrease")
        : base(code, FindingSeverity.Warning, indicators, "存量指标新增为负（减少），请核实", "A stock fell this month; check it")
    {
    }

    /// <inheritdoc />
    public override void Check(in RuleContext context)
    {
        for (var i = 0; i < context.Count; i++)
        {
            if (context.Value(i, ReportRow.New) is < 0 and var added)
            {
                var ind = context.Indicator(i);
                var fall = unchecked(0UL - (ulong)added); // the size of the fall, long.MinValue's too
                context.Fail(ReportRow.New, $"新增：{ind.Label}({ind.Code}) 为 {added}，本月减少，请核实。", $"New this month: {ind.Code} ({ind.Name}) fell by {fall}; check it.", i);
            }
        }
    }

    /// <summary>Screens for a negative 新增.</summary>
    internal override BatchRuleFilter Screen(int[] ordinals, ReportSchema schema)
        => BatchRuleFilter.AnyNegative(ordinals.Select(o => schema.Layout.Cell(o, ReportRow.New)), schema.Layout);
}
