using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// Fills a <see cref="MonthlyReport"/> cell by cell. Not thread-safe; the report it builds is immutable and
/// does not change when the builder is used again.
/// </summary>
public sealed class MonthlyReportBuilder
{
    private readonly ReportSchema _schema;
    private readonly long[] _values;
    private readonly ulong[] _filled;
    private readonly List<CaseDetail> _cases = [];
    private OrganisationUnit _unit;
    private YearMonth _period;
    private ReportFiling _filing = ReportFiling.Unfiled;

    internal MonthlyReportBuilder(ReportSchema schema, OrganisationUnit unit, YearMonth period)
    {
        _schema = schema;
        _unit = unit;
        _period = period;
        _values = new long[schema.Layout.Cells];
        _filled = new ulong[schema.Layout.Words];
    }

    internal MonthlyReportBuilder(MonthlyReport report)
    {
        _schema = report.Schema;
        _unit = report.Unit;
        _period = report.Period;
        _values = report.CopyValues();
        _filled = report.CopyFilled();
        _filing = report.Filing;
        _cases.AddRange(report.Cases);
    }

    /// <summary>The schema of the report being built.</summary>
    public ReportSchema Schema => _schema;

    /// <summary>Sets a cell, or blanks it.</summary>
    /// <param name="code">An indicator code, for example <c>A01</c>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <param name="value">The whole number, or <see langword="null"/> to leave the cell blank.</param>
    /// <exception cref="KeyNotFoundException">The schema has no such indicator.</exception>
    public MonthlyReportBuilder Set(string code, ReportRow row, long? value) => Set(_schema[code].Ordinal, row, value);

    /// <summary>Sets a cell by indicator position, or blanks it.</summary>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <param name="value">The whole number, or <see langword="null"/> for blank.</param>
    /// <exception cref="ArgumentOutOfRangeException">The ordinal is outside the schema.</exception>
    public MonthlyReportBuilder Set(int ordinal, ReportRow row, long? value)
    {
        var cell = _schema.Layout.Cell(ordinal, row);
        _values[cell] = value ?? 0;
        CellLayout.SetFilled(_filled, cell, value is not null);
        return this;
    }

    /// <summary>Sets the 新增 of an indicator.</summary>
    /// <param name="code">An indicator code.</param>
    /// <param name="value">The value, or <see langword="null"/> for blank.</param>
    public MonthlyReportBuilder SetNew(string code, long? value) => Set(code, ReportRow.New, value);

    /// <summary>Sets the 合计 of an indicator.</summary>
    /// <param name="code">An indicator code.</param>
    /// <param name="value">The value, or <see langword="null"/> for blank.</param>
    public MonthlyReportBuilder SetTotal(string code, long? value) => Set(code, ReportRow.Total, value);

    /// <summary>Sets both rows of an indicator.</summary>
    /// <param name="code">An indicator code.</param>
    /// <param name="newValue">新增, or <see langword="null"/> for blank.</param>
    /// <param name="totalValue">合计, or <see langword="null"/> for blank.</param>
    public MonthlyReportBuilder SetBoth(string code, long? newValue, long? totalValue)
        => SetNew(code, newValue).SetTotal(code, totalValue);

    /// <summary>Changes the reporting unit.</summary>
    /// <param name="unit">The unit.</param>
    public MonthlyReportBuilder WithUnit(OrganisationUnit unit)
    {
        _unit = Preconditions.CheckNotNull(unit);
        return this;
    }

    /// <summary>Changes the period.</summary>
    /// <param name="period">The month the data covers.</param>
    public MonthlyReportBuilder WithPeriod(YearMonth period)
    {
        _period = period;
        return this;
    }

    /// <summary>Sets the filing lines, date and revision.</summary>
    /// <param name="filing">The filing.</param>
    public MonthlyReportBuilder WithFiling(ReportFiling filing)
    {
        _filing = Preconditions.CheckNotNull(filing);
        return this;
    }

    /// <summary>Attaches a case detail.</summary>
    /// <param name="detail">The case; its indicator must be in the schema.</param>
    /// <exception cref="KeyNotFoundException">The schema has no indicator with the case's code.</exception>
    public MonthlyReportBuilder AddCase(CaseDetail detail)
    {
        Preconditions.CheckNotNull(detail);
        _ = _schema[detail.IndicatorCode];
        _cases.Add(detail);
        return this;
    }

    /// <summary>Removes every case detail.</summary>
    public MonthlyReportBuilder ClearCases()
    {
        _cases.Clear();
        return this;
    }

    /// <summary>Builds the immutable report; the builder's later changes do not reach it.</summary>
    public MonthlyReport Build()
        => new(_schema, _unit, _period, (long[])_values.Clone(), (ulong[])_filled.Clone(), _filing, _cases.ToArray());

    // Used by trusted internal producers (roll-ups, readers) that built arrays themselves.
    internal static MonthlyReport FromArrays(ReportSchema schema, OrganisationUnit unit, YearMonth period, long[] values, ulong[] filled, ReportFiling filing, IReadOnlyList<CaseDetail> cases)
        => new(schema, unit, period, values, filled, filing, cases);
}
