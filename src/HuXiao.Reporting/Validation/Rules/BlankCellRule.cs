
namespace HuXiao.Reporting.Validation.Rules;

/// <summary>A cell left blank: "not filled", never zero. Always a warning, never an error.</summary>
public sealed class BlankCellRule : ConsistencyRule
{
    /// <summary>Creates the rule over the given indicators.</summary>
    /// <param name="indicators">The codes of the indicators.</param>
    /// <param name="code">The rule's code.</param>
    public BlankCellRule(IEnumerable<string> indicators, string code = "blank-cell")
        : base(code, FindingSeverity.Warning, indicators, "单元格未填（不按 0 计）", "A cell is blank (not filled, not zero)")
    {
    }

    /// <inheritdoc />
    public override void Check(in RuleContext context)
    {
        if (context.Report.IsAllBlank)
        {
            context.Record(FindingSeverity.Warning, null, "报表全部未填。", "Every cell of the report is blank.");
            return;
        }

        foreach (var row in (ReadOnlySpan<ReportRow>)[ReportRow.New, ReportRow.Total])
        {
            for (var i = 0; i < context.Count; i++)
            {
                if (context.Value(i, row) is null)
                {
                    var ind = context.Indicator(i);
                    context.Fail(row, $"{RowText.Chinese(row)}：{ind.Label}({ind.Code}) 未填。", $"{RowText.English(row)}: {ind.Code} ({ind.Name}) is blank.", i);
                }
            }
        }
    }

    /// <summary>Screens for a blank among the cells, or a report with every cell blank.</summary>
    internal override BatchRuleFilter Screen(int[] ordinals, ReportSchema schema)
        => new Filter(ordinals.SelectMany(o => BatchRuleFilter.Both(o, schema.Layout)), schema.Layout);

    private sealed class Filter : BatchRuleFilter
    {
        internal Filter(IEnumerable<int> cells, CellLayout layout)
            : base(Mask(cells, layout))
        {
        }

        internal override bool MayFind(in BatchRow row)
        {
            if (!AllNeededFilled(row.Filled))
            {
                return true;
            }

            // A report with every cell blank is a finding of its own, whatever the rule's indicators.
            foreach (var word in row.Filled)
            {
                if (word != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
