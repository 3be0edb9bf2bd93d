namespace HuXiao.Reporting.Validation.Rules;

/// <summary>
/// A 新增 above zero for a case count needs its cases attached, as the form's note asks
/// (打击涉校违法犯罪和防范案事件情况，要报送具体情况, 附件). A warning, never an error: the counts stand on their own.
/// </summary>
/// <remarks>
/// <para>
/// For an indicator counted in cases (起: B05, B06, B17, B18 of the 2017 form) the case sheet has one row per case
/// (每起一行), so the rule expects as many details as the 新增: fewer draws a warning naming how many are missing,
/// and more draws one too (a count that is too low, or a detail put under the wrong indicator).
/// </para>
/// <para>
/// For any other unit (B19 抓获违法犯罪嫌疑人 counts persons, 人) the count says nothing about how many cases there
/// were — one case may bring in several suspects — so a 新增 above zero needs at least one detail.
/// </para>
/// <para>A blank 新增 asks for nothing (the blank-cell rule reports the blank).</para>
/// </remarks>
public sealed class CaseDetailsRequiredRule : ConsistencyRule
{
    /// <summary>Creates the rule over the given case-count indicators.</summary>
    /// <param name="indicators">The codes, for example B05, B06, B17, B18, B19.</param>
    /// <param name="code">The rule's code.</param>
    public CaseDetailsRequiredRule(IEnumerable<string> indicators, string code = "case-details-required")
        : base(code, FindingSeverity.Warning, indicators, "打击涉校违法犯罪和防范案事件情况，要报送具体情况", "Enforcement and prevention counts need their cases reported (one per case counted in 起)")
    {
    }

    /// <inheritdoc />
    public override void Check(in RuleContext context)
    {
        for (var i = 0; i < context.Count; i++)
        {
            if (context.Value(i, ReportRow.New) is not { } added)
            {
                continue;
            }

            var ind = context.Indicator(i);
            var attached = 0L;
            foreach (var detail in context.Report.Cases)
            {
                if (detail.IndicatorCode == ind.Code)
                {
                    attached++;
                }
            }

            var oneRowPerCase = OneRowPerCase(ind);
            if (Complete(oneRowPerCase, added, attached))
            {
                continue;
            }

            if (attached == 0)
            {
                context.Fail(ReportRow.New, $"新增：{ind.Label}({ind.Code}) 为 {added}，但未报送具体情况。", $"New this month: {ind.Code} ({ind.Name}) is {added}, but no case details are attached.", i);
            }
            else if (attached < added)
            {
                context.Fail(ReportRow.New, $"新增：{ind.Label}({ind.Code}) 为 {added} 起，只报送了 {attached} 起具体情况（每起一行），缺 {added - attached} 起。", $"New this month: {ind.Code} ({ind.Name}) is {added} case(s), but only {attached} are detailed (one row per case); {added - attached} missing.", i);
            }
            else
            {
                context.Fail(ReportRow.New, $"新增：{ind.Label}({ind.Code}) 为 {added} 起，但报送了 {attached} 起具体情况，多于新增数；请核对新增数或具体情况所属的指标。", $"New this month: {ind.Code} ({ind.Name}) is {added} case(s), but {attached} case details are attached, more than the count; check the count or the indicator each detail is under.", i);
            }
        }
    }

    /// <summary>Whether an indicator's 新增 counts cases one to a row of the case sheet: its unit is 起.</summary>
    internal static bool OneRowPerCase(Indicator indicator) => indicator.Unit.Equals(MeasureUnit.Cases);

    /// <summary>Whether the details attached answer a 新增: as many as the count for a case count, at least one otherwise.</summary>
    internal static bool Complete(bool oneRowPerCase, long added, long attached)
        => oneRowPerCase ? attached == added || added < 0 : added <= 0 || attached > 0;

    /// <summary>Screens for a 新增 whose attached details are not <see cref="Complete"/>.</summary>
    internal override BatchRuleFilter Screen(int[] ordinals, ReportSchema schema) => new Filter(ordinals, schema);

    private sealed class Filter : BatchRuleFilter
    {
        private readonly int[] _newCells;
        private readonly string[] _codes;
        private readonly bool[] _oneRowPerCase;

        internal Filter(int[] ordinals, ReportSchema schema)
            : base([])
        {
            _newCells = ordinals.Select(o => schema.Layout.Cell(o, ReportRow.New)).ToArray();
            _codes = ordinals.Select(o => schema[o].Code).ToArray();
            _oneRowPerCase = ordinals.Select(o => OneRowPerCase(schema[o])).ToArray();
        }

        internal override bool MayFind(in BatchRow row)
        {
            for (var i = 0; i < _newCells.Length; i++)
            {
                var cell = _newCells[i];
                var bit = 1UL << cell;
                // Stryker disable once Bitwise : equivalent, a blank 新增 reads as 0, which Complete accepts unless details are attached, and there a screen may say yes
                if ((row.Filled[cell / 64] & bit) == 0)
                {
                    // Stryker disable once Statement : equivalent, a blank 新增 reads as 0, which Complete accepts unless details are attached, where a screen may say yes
                    continue; // a blank 新增 asks for nothing (a 新增 of 0 with details attached has too many)
                }

                var added = row.Values[cell];

                var attached = 0L;
                if (row.Cases is { } cases)
                {
                    foreach (var detail in cases)
                    {
                        if (detail.IndicatorCode == _codes[i])
                        {
                            attached++;
                        }
                    }
                }

                if (!Complete(_oneRowPerCase[i], added, attached))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
