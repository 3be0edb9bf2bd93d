
namespace HuXiao.Reporting;

/// <summary>
/// The 合计 a unit starts the campaign from: zero for a flow, the pre-campaign level for a stock. Immutable
/// and thread-safe; <see cref="WithLevel"/> returns a changed copy.
/// </summary>
public sealed class OpeningBalance
{
    private readonly long?[] _levels;

    private OpeningBalance(ReportSchema schema, long?[] levels)
    {
        Schema = schema;
        _levels = levels;
    }

    /// <summary>The form.</summary>
    public ReportSchema Schema { get; }

    /// <summary>
    /// Flows at zero, stocks unknown (blank) until set with <see cref="WithLevel"/>: an unknown stock level stays
    /// unknown in the totals built from it, rather than being taken as zero.
    /// </summary>
    /// <param name="schema">The form.</param>
    public static OpeningBalance FlowsAtZero(ReportSchema schema)
    {
        Preconditions.CheckNotNull(schema);
        return new(schema, schema.Indicators.Select(i => i.Kind == IndicatorKind.Flow ? 0L : (long?)null).ToArray());
    }

    /// <summary>Every indicator at zero: a unit that had nothing before the campaign.</summary>
    /// <param name="schema">The form.</param>
    public static OpeningBalance Zero(ReportSchema schema)
    {
        Preconditions.CheckNotNull(schema);
        return new(schema, schema.Indicators.Select(_ => (long?)0L).ToArray());
    }

    /// <summary>The 合计 row of a report, such as the month before the campaign, as the opening balance.</summary>
    /// <param name="report">The report.</param>
    public static OpeningBalance FromTotals(MonthlyReport report)
    {
        Preconditions.CheckNotNull(report);
        return new(report.Schema, report.Schema.Indicators.Select(i => report.GetValue(i.Ordinal, ReportRow.Total)).ToArray());
    }

    /// <summary>The opening level of an indicator, or <see langword="null"/> when unknown.</summary>
    /// <param name="code">An indicator code.</param>
    public long? this[string code] => _levels[Schema[code].Ordinal];

    internal long? Level(int ordinal) => _levels[ordinal];

    /// <summary>A copy with one indicator's opening level set.</summary>
    /// <param name="code">An indicator code.</param>
    /// <param name="level">The level, or <see langword="null"/> for unknown.</param>
    public OpeningBalance WithLevel(string code, long? level)
    {
        var copy = (long?[])_levels.Clone();
        copy[Schema[code].Ordinal] = level;
        return new(Schema, copy);
    }
}
