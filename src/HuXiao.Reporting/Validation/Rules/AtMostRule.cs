
namespace HuXiao.Reporting.Validation.Rules;

/// <summary>
/// Each lesser indicator is at most its greater one, such as A05 ≤ A01 (campuses with guards cannot exceed
/// all campuses) or A04 ≥ A05 (a campus counted as having guards has at least one guard).
/// </summary>
public sealed class AtMostRule : ConsistencyRule
{
    private readonly ReportRow[] _rows;

    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="severity">How serious a breach is.</param>
    /// <param name="pairs">Each pair: the code that must be less or equal, then the code it is bounded by.</param>
    /// <param name="rows">The rows it applies to.</param>
    /// <param name="title">The rule in Chinese.</param>
    /// <param name="englishTitle">The rule in English.</param>
    public AtMostRule(string code, FindingSeverity severity, IReadOnlyList<(string Lesser, string Greater)> pairs, IReadOnlyList<ReportRow> rows, string title, string englishTitle)
        : base(code, severity, pairs.SelectMany(p => new[] { p.Lesser, p.Greater }), title, englishTitle)
    {
        Preconditions.CheckArgument(pairs.Count > 0, nameof(pairs), "An at-most rule needs at least one pair.");
        Preconditions.CheckArgument(rows.Count > 0, nameof(rows), "A rule needs at least one row.");
        _rows = rows.ToArray();
        Pairs = pairs.ToArray();
    }

    /// <summary>The pairs: lesser, then greater.</summary>
    public IReadOnlyList<(string Lesser, string Greater)> Pairs { get; }

    internal ReportRow[] Rows => _rows;

    /// <inheritdoc />
    public override void Check(in RuleContext context)
    {
        foreach (var row in _rows)
        {
            for (var p = 0; p < context.Count; p += 2)
            {
                var lesser = context.Value(p, row);
                var greater = context.Value(p + 1, row);
                if (lesser is null || greater is null)
                {
                    context.NotChecked(row, p, p + 1);
                }
                else if (lesser > greater)
                {
                    var l = context.Indicator(p);
                    var g = context.Indicator(p + 1);
                    context.Fail(
                        row,
                        $"{RowText.Chinese(row)}：{l.Label}({l.Code})={lesser} 大于 {g.Label}({g.Code})={greater}。",
                        $"{RowText.English(row)}: {l.Code} ({l.Name}) = {lesser} exceeds {g.Code} ({g.Name}) = {greater}.",
                        p,
                        p + 1);
                }
            }
        }
    }

    /// <summary>Screens for a blank among the cells, or a lesser value above its greater.</summary>
    internal override BatchRuleFilter Screen(int[] ordinals, ReportSchema schema) => new Filter(ordinals, _rows, schema.Layout);

    private sealed class Filter : BatchRuleFilter
    {
        // Cell pairs: lesser, greater, lesser, greater, ...
        private readonly int[] _pairs;

        internal Filter(int[] ordinals, ReportRow[] rows, CellLayout layout)
            : base(Mask(rows.SelectMany(r => ordinals.Select(o => layout.Cell(o, r))), layout))
        {
            _pairs = rows.SelectMany(r => ordinals.Select(o => layout.Cell(o, r))).ToArray();
        }

        internal override bool MayFind(in BatchRow row)
        {
            if (!AllNeededFilled(row.Filled))
            {
                return true;
            }

            var values = row.Values;
            var pairs = _pairs;
            // Stryker disable once Equality : equivalent, the cells come in pairs (an even count), so p + 1 <= Length and p + 1 < Length agree for an even p
            for (var p = 0; p + 1 < pairs.Length; p += 2)
            {
                if (values[pairs[p]] > values[pairs[p + 1]])
                {
                    return true;
                }
            }

            return false;
        }
    }
}
