using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// One unit's figures over a range of months (a quarter, a semester, the campaign to date): 新增 is the sum of
/// the months' 新增, and 合计 is the last month's 合计, for stocks and flows alike. Immutable and thread-safe.
/// </summary>
public sealed class ReportSummary
{
    private readonly long?[] _new;
    private readonly long?[] _total;

    internal ReportSummary(ReportSchema schema, OrganisationUnit unit, PeriodRange range, long?[] added, long?[] total, IReadOnlyList<YearMonth> included, IReadOnlyList<YearMonth> missing)
    {
        Schema = schema;
        Unit = unit;
        Range = range;
        _new = added;
        _total = total;
        IncludedMonths = included;
        MissingMonths = missing;
    }

    /// <summary>The form.</summary>
    public ReportSchema Schema { get; }

    /// <summary>The unit.</summary>
    public OrganisationUnit Unit { get; }

    /// <summary>The months summarised.</summary>
    public PeriodRange Range { get; }

    /// <summary>The months of the range that had a report.</summary>
    public IReadOnlyList<YearMonth> IncludedMonths { get; }

    /// <summary>The months of the range with no report. When the last month is missing, every 合计 is blank.</summary>
    public IReadOnlyList<YearMonth> MissingMonths { get; }

    /// <summary>The sum of the months' 新增, or <see langword="null"/> when no month filled it.</summary>
    /// <param name="code">An indicator code.</param>
    public long? New(string code) => _new[Schema[code].Ordinal];

    /// <summary>The last month's 合计, or <see langword="null"/> when blank or when the last month is missing.</summary>
    /// <param name="code">An indicator code.</param>
    public long? Total(string code) => _total[Schema[code].Ordinal];
}
