using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Validation.Rules;

/// <summary>合计(month) = 合计(previous month) + 新增(month), checked when the previous month's report is known.</summary>
public sealed class TotalChainRule : ConsistencyRule
{
    /// <summary>Creates the rule over the given indicators.</summary>
    /// <param name="indicators">The codes of the indicators to check.</param>
    /// <param name="code">The rule's code.</param>
    public TotalChainRule(IEnumerable<string> indicators, string code = "total-chain")
        : base(code, FindingSeverity.Error, indicators, "本月合计 = 上月合计 + 本月新增", "This month's total = last month's total + this month's new")
    {
    }

    /// <inheritdoc />
    public override bool NeedsPrevious => true;

    /// <inheritdoc />
    public override void Check(in RuleContext context)
    {
        if (context.Previous is null)
        {
            return;
        }

        for (var i = 0; i < context.Count; i++)
        {
            var total = context.Value(i, ReportRow.Total);
            var added = context.Value(i, ReportRow.New);
            var before = context.PreviousValue(i, ReportRow.Total);
            if (total is null || added is null || before is null)
            {
                if (total is null && added is null && before is null)
                {
                    continue;
                }

                var blanks = new List<string>(3);
                var englishBlanks = new List<string>(3);
                if (before is null)
                {
                    blanks.Add("上月合计");
                    englishBlanks.Add("last month's total");
                }

                if (added is null)
                {
                    blanks.Add("本月新增");
                    englishBlanks.Add("this month's new");
                }

                if (total is null)
                {
                    blanks.Add("本月合计");
                    englishBlanks.Add("this month's total");
                }

                var ind = context.Indicator(i);
                context.Record(
                    FindingSeverity.Warning,
                    ReportRow.Total,
                    $"{ind.Label}({ind.Code})：{string.Join("、", blanks)}未填，合计衔接未检查。",
                    $"{ind.Code} ({ind.Name}): {string.Join(", ", englishBlanks)} blank, so the total chain was not checked.",
                    i);
                continue;
            }

            if (!CheckedMath.TryAdd(before.Value, added.Value, out var expected))
            {
                var ind = context.Indicator(i);
                context.Fail(
                    ReportRow.Total,
                    $"合计：{ind.Label}({ind.Code})={total}，但上月合计 {before} + 本月新增 {added} 超出范围。",
                    $"Total: {ind.Code} ({ind.Name}) = {total}, but last month's total {before} + this month's new {added} is more than the 64-bit range.",
                    i);
            }
            else if (expected != total)
            {
                var ind = context.Indicator(i);
                context.Fail(
                    ReportRow.Total,
                    $"合计：{ind.Label}({ind.Code})={total}，但上月合计 {before} + 本月新增 {added} = {expected}。",
                    $"Total: {ind.Code} ({ind.Name}) = {total}, but last month's total {before} + this month's new {added} = {expected}.",
                    i);
            }
        }
    }

    /// <summary>Screens, when last month is known, for a blank among the cells of either month, or a 合计 that does not chain.</summary>
    internal override BatchRuleFilter Screen(int[] ordinals, ReportSchema schema) => new Filter(ordinals, schema.Layout);

    private sealed class Filter : BatchRuleFilter
    {
        private readonly int[] _newCells;
        private readonly int[] _totalCells;
        private readonly ulong[] _previousNeed;

        internal Filter(int[] ordinals, CellLayout layout)
            : base(Mask(ordinals.SelectMany(o => Both(o, layout)), layout))
        {
            _newCells = ordinals.Select(o => layout.Cell(o, ReportRow.New)).ToArray();
            _totalCells = ordinals.Select(o => layout.Cell(o, ReportRow.Total)).ToArray();
            _previousNeed = Mask(_totalCells, layout);
        }

        internal override bool MayFind(in BatchRow row)
        {
            if (!row.HasPrevious)
            {
                // Stryker disable once Boolean : equivalent, RuleSet asks this screen only when last month's report is known, and a screen may always say yes
                return false;
            }

            if (!AllNeededFilled(row.Filled) || !AllFilled(row.PreviousFilled, _previousNeed))
            {
                return true;
            }

            var values = row.Values;
            var before = row.PreviousValues;
            for (var i = 0; i < _newCells.Length; i++)
            {
                var total = _totalCells[i];
                if (!CheckedMath.TryAdd(before[total], values[_newCells[i]], out var expected) || expected != values[total])
                {
                    return true;
                }
            }

            return false;
        }
    }
}
