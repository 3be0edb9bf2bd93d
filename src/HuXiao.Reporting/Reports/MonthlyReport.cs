using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// One unit's monthly progress form (校园安全工作进展报表) for one period: for every indicator of its schema a
/// 新增 and a 合计, each a whole number or blank, plus the filing lines and case details.
/// Immutable and thread-safe. Equal when schema, unit, period, values, filing and cases are equal.
/// </summary>
/// <remarks>
/// A blank means "not filled", never zero. Values are held in one flat array per report (新增 row then 合计
/// row, in schema order) with a bit per cell saying whether it is filled, so roll-ups run over contiguous
/// memory with no boxing.
/// </remarks>
public sealed class MonthlyReport : IEquatable<MonthlyReport>
{
    // Laid out by the schema's CellLayout; a blank cell holds 0 and has its bit clear in _filled.
    private readonly long[] _values;
    private readonly ulong[] _filled;

    internal MonthlyReport(ReportSchema schema, OrganisationUnit unit, YearMonth period, long[] values, ulong[] filled, ReportFiling filing, IReadOnlyList<CaseDetail> cases)
    {
        Schema = schema;
        Unit = unit;
        Period = period;
        _values = values;
        _filled = filled;
        Filing = filing;
        Cases = cases;
    }

    /// <summary>The form this report is filed on.</summary>
    public ReportSchema Schema { get; }

    /// <summary>The reporting unit (填表单位).</summary>
    public OrganisationUnit Unit { get; }

    /// <summary>The month the data covers.</summary>
    public YearMonth Period { get; }

    /// <summary>The filing lines, date and revision.</summary>
    public ReportFiling Filing { get; }

    /// <summary>The revision, from <see cref="Filing"/>.</summary>
    public int Revision => Filing.Revision;

    /// <summary>The case details attached to the counts, in the order given.</summary>
    public IReadOnlyList<CaseDetail> Cases { get; }

    /// <summary>How many of the report's cells (both rows) are filled.</summary>
    public int FilledCount => CellLayout.CountFilled(_filled);

    /// <summary>Whether every cell is blank.</summary>
    public bool IsAllBlank => Array.TrueForAll(_filled, w => w == 0);

    internal ReadOnlySpan<long> RawValues => _values;

    internal ReadOnlySpan<ulong> FilledBits => _filled;

    /// <summary>A value by indicator code and row.</summary>
    /// <param name="code">An indicator code, for example <c>A01</c>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The whole number, or <see langword="null"/> for a blank cell.</returns>
    /// <exception cref="KeyNotFoundException">The schema has no such indicator.</exception>
    public long? this[string code, ReportRow row] => GetValue(Schema[code].Ordinal, row);

    /// <summary>A value by indicator and row.</summary>
    /// <param name="indicator">An indicator of this report's schema.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The whole number, or <see langword="null"/> for a blank cell.</returns>
    public long? this[Indicator indicator, ReportRow row] => GetValue(Preconditions.CheckNotNull(indicator).Ordinal, row);

    /// <summary>The 新增 of an indicator, or <see langword="null"/> when blank.</summary>
    /// <param name="code">An indicator code.</param>
    public long? New(string code) => this[code, ReportRow.New];

    /// <summary>The 合计 of an indicator, or <see langword="null"/> when blank.</summary>
    /// <param name="code">An indicator code.</param>
    public long? Total(string code) => this[code, ReportRow.Total];

    /// <summary>A value by position in form order and row.</summary>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The whole number, or <see langword="null"/> for a blank cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The ordinal is outside the schema.</exception>
    public long? GetValue(int ordinal, ReportRow row)
    {
        var cell = Cell(ordinal, row);
        return IsFilledCell(cell) ? _values[cell] : null;
    }

    /// <summary>Whether a cell is filled.</summary>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    public bool IsFilled(int ordinal, ReportRow row) => IsFilledCell(Cell(ordinal, row));

    /// <summary>Starts a report.</summary>
    /// <param name="schema">The form.</param>
    /// <param name="unit">The reporting unit.</param>
    /// <param name="period">The month the data covers.</param>
    public static MonthlyReportBuilder CreateBuilder(ReportSchema schema, OrganisationUnit unit, YearMonth period)
        => new(Preconditions.CheckNotNull(schema), Preconditions.CheckNotNull(unit), period);

    /// <summary>A report with every cell blank: the identity of a roll-up.</summary>
    /// <param name="schema">The form.</param>
    /// <param name="unit">The reporting unit.</param>
    /// <param name="period">The month.</param>
    public static MonthlyReport Blank(ReportSchema schema, OrganisationUnit unit, YearMonth period)
        => CreateBuilder(schema, unit, period).Build();

    /// <summary>A builder holding a copy of this report, to make a changed copy (a correction, say).</summary>
    public MonthlyReportBuilder ToBuilder() => new(this);

    /// <inheritdoc />
    public bool Equals(MonthlyReport? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Schema.IsSameForm(other.Schema)
                   && Unit.Equals(other.Unit)
                   && string.Equals(Unit.Name, other.Unit.Name, StringComparison.Ordinal)
                   && Period == other.Period
                   && _values.AsSpan().SequenceEqual(other._values)
                   && _filled.AsSpan().SequenceEqual(other._filled)
                   && Filing.Equals(other.Filing)
                   && Cases.SequenceEqual(other.Cases)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MonthlyReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Schema.Id, Unit, Period, Revision);

    /// <summary>The unit, period and revision, for example <c>410102 中原区 2017-05 r1</c>.</summary>
    public override string ToString() => $"{Unit} {Period:uuuu-MM} r{Revision}";

    internal int Cell(int ordinal, ReportRow row) => Schema.Layout.Cell(ordinal, row);

    private bool IsFilledCell(int cell) => CellLayout.IsFilled(_filled, cell);

    internal long[] CopyValues() => (long[])_values.Clone();

    internal ulong[] CopyFilled() => (ulong[])_filled.Clone();
}
