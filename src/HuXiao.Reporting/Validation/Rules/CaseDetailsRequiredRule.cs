namespace HuXiao.Reporting.Validation.Rules;

/// <summary>
/// A 新增 above zero for a case count needs its cases attached, as the form's note asks
/// (打击涉校违法犯罪和防范案事件情况，要报送具体情况).
/// </summary>
public sealed class CaseDetailsRequiredRule : ConsistencyRule
{
    /// <summary>Creates the rule over the given case-count indicators.</summary>
    /// <param name="indicators">The codes, for example B05, B06, B17, B18, B19.</param>
    /// <param name="code">The rule's code.</param>
    public CaseDetailsRequiredRule(IEnumerable<string> indicators, string code = "case-details-required")
        : base(code, FindingSeverity.Warning, indicators, "打击涉校违法犯罪和防范案事件情况，要报送具体情况", "Enforcement and prevention counts need their cases reported")
    {
    }

    /// <inheritdoc />
    public override void Check(in RuleContext context)
    {
        for (var i = 0; i < context.Count; i++)
        {
            if (context.Value(i, ReportRow.New) is > 0 and var added)
            {
                var ind = context.Indicator(i);
                var attached = 0;
                foreach (var detail in context.Report.Cases)
                {
                    if (detail.IndicatorCode == ind.Code)
                    {
                        attached++;
                    }
                }

                if (attached == 0)
                {
                    context.Fail(ReportRow.New, $"新增：{ind.Label}({ind.Code}) 为 {added}，但未报送具体情况。", $"New this month: {ind.Code} ({ind.Name}) is {added}, but no case details are attached.", i);
                }
            }
        }
    }
}
