using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// Fills a <see cref="ReportBatch"/> report by report, either from <see cref="MonthlyReport"/>s or cell by
/// cell straight into the batch's rows. Not thread-safe. <see cref="Build"/> hands the arrays over without
/// copying them, so the builder cannot be used afterwards.
/// </summary>
public sealed class ReportBatchBuilder
{
    private readonly CellLayout _layout;
    private readonly Dictionary<string, int> _index;
    private readonly List<SupersededReport> _superseded = [];
    private readonly ReportRows _rows;
    private readonly bool _keepSources;
    private OrganisationUnit[] _units;
    private ReportFiling[] _filings;
    private IReadOnlyList<CaseDetail>?[]? _cases;
    private MonthlyReport?[]? _sources;
    private bool _built;

    internal ReportBatchBuilder(ReportSchema schema, YearMonth period, int capacity, bool keepSources = false)
    {
        Preconditions.CheckArgument(capacity >= 0, nameof(capacity), "The capacity cannot be negative.");
        Schema = schema;
        Period = period;
        _layout = schema.Layout;
        _keepSources = keepSources;
        _rows = new ReportRows(_layout, capacity);
        _units = new OrganisationUnit[capacity];
        _filings = new ReportFiling[capacity];
        _index = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
    }

    /// <summary>The form of the batch being built.</summary>
    public ReportSchema Schema { get; }

    /// <summary>The month of the batch being built.</summary>
    public YearMonth Period { get; }

    /// <summary>How many reports have been added.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds a report. If the batch already holds one from the same unit, the higher revision is kept and the
    /// lower one is recorded as superseded.
    /// </summary>
    /// <param name="report">The report, on the batch's form and period.</param>
    /// <returns>The index of the unit's report in the batch.</returns>
    /// <exception cref="ReportingException">
    /// Another schema (<see cref="ErrorCodes.RollUpSchemaMismatch"/>) or period
    /// (<see cref="ErrorCodes.RollUpPeriodMismatch"/>), or the same unit's report with the same revision
    /// (<see cref="ErrorCodes.DuplicateReport"/>).
    /// </exception>
    public int Add(MonthlyReport report)
    {
        CheckUsable();
        Preconditions.CheckNotNull(report);
        if (!report.Schema.IsSameForm(Schema))
        {
            throw new ReportingException(ErrorCodes.RollUpSchemaMismatch, $"Report {report} is on form {report.Schema}, but the reports combined here are on form {Schema}. Keep each form apart.");
        }

        if (report.Period != Period)
        {
            throw new ReportingException(ErrorCodes.RollUpPeriodMismatch, $"Report {report} is for {report.Period:uuuu-MM}, but the reports combined here are for {Period:uuuu-MM}. Keep each month apart.");
        }

        if (_index.TryGetValue(report.Unit.Code, out var existing))
        {
            var held = _filings[existing].Revision;
            if (!RevisionRule.Replaces(report.Unit, Period, held, report.Revision))
            {
                _superseded.Add(new SupersededReport(report.Unit, report.Revision, held));
                return existing;
            }

            _superseded.Add(new SupersededReport(_units[existing], held, report.Revision));
            Store(existing, report);
            return existing;
        }

        var index = Append(report.Unit);
        Store(index, report);
        return index;
    }

    /// <summary>Adds a unit's report with every cell blank, to be filled with <see cref="Set"/>.</summary>
    /// <param name="unit">The reporting unit.</param>
    /// <returns>The report's index.</returns>
    /// <exception cref="ReportingException">The batch already holds a report of the unit (<see cref="ErrorCodes.DuplicateReport"/>).</exception>
    public int Add(OrganisationUnit unit)
    {
        CheckUsable();
        Preconditions.CheckNotNull(unit);
        if (_index.ContainsKey(unit.Code))
        {
            throw new ReportingException(ErrorCodes.DuplicateReport, $"The batch already holds a report of unit {unit} for {Period:uuuu-MM}: each unit reports once per month.");
        }

        return Append(unit);
    }

    /// <summary>Adds a unit's report with every cell filled from <paramref name="values"/>.</summary>
    /// <param name="unit">The reporting unit.</param>
    /// <param name="values">Every cell: the 新增 row then the 合计 row, in schema order (<see cref="ReportBatch.CellsPerReport"/> values).</param>
    /// <returns>The report's index.</returns>
    /// <exception cref="ArgumentException">The number of values is not <see cref="ReportBatch.CellsPerReport"/>.</exception>
    /// <exception cref="ReportingException">The batch already holds a report of the unit (<see cref="ErrorCodes.DuplicateReport"/>).</exception>
    public int Add(OrganisationUnit unit, ReadOnlySpan<long> values)
    {
        Preconditions.CheckArgument(values.Length == _layout.Cells, nameof(values), $"A report of {Schema} has {_layout.Cells} cells; {values.Length} values were given.");
        var index = Add(unit);
        _rows.WriteAllFilled(index, values);
        return index;
    }

    /// <summary>Sets a cell of an added report, or blanks it.</summary>
    /// <param name="index">The report's index.</param>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <param name="value">The whole number, or <see langword="null"/> for blank.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index or ordinal is out of range.</exception>
    public ReportBatchBuilder Set(int index, int ordinal, ReportRow row, long? value)
    {
        CheckUsable();
        CheckIndex(index);
        _rows.Set(index, _layout.Cell(ordinal, row), value);
        _sources?[index] = null;
        return this;
    }

    /// <summary>Sets the filing of an added report.</summary>
    /// <param name="index">The report's index.</param>
    /// <param name="filing">The filing lines, date and revision.</param>
    public ReportBatchBuilder WithFiling(int index, ReportFiling filing)
    {
        CheckUsable();
        CheckIndex(index);
        _filings[index] = Preconditions.CheckNotNull(filing);
        _sources?[index] = null;
        return this;
    }

    /// <summary>Attaches a case detail to an added report.</summary>
    /// <param name="index">The report's index.</param>
    /// <param name="detail">The case; its indicator must be in the schema.</param>
    /// <exception cref="KeyNotFoundException">The schema has no indicator with the case's code.</exception>
    public ReportBatchBuilder AddCase(int index, CaseDetail detail)
    {
        CheckUsable();
        CheckIndex(index);
        Preconditions.CheckNotNull(detail);
        _ = Schema[detail.IndicatorCode];
        _cases ??= new IReadOnlyList<CaseDetail>?[_units.Length];
        _cases[index] = [.. _cases[index] ?? [], detail];
        _sources?[index] = null;
        return this;
    }

    /// <summary>Builds the immutable batch. The builder hands its arrays over and cannot be used afterwards.</summary>
    /// <exception cref="InvalidOperationException">The batch was already built.</exception>
    public ReportBatch Build()
    {
        CheckUsable();
        _built = true;
        // Stryker disable once Equality : equivalent, trimming the arrays to the count only saves memory; the batch reads only its count of them
        if (_units.Length != Count)
        {
            // Stryker disable once Statement : equivalent, trimming the arrays to the count only saves memory; the batch reads only its count of them
            Resize(Count);
        }

        var superseded = RevisionRule.Settle(_superseded, code => _filings[_index[code]].Revision);
        return new ReportBatch(Schema, Period, Count, _units, _rows, _filings, _cases, _sources, _index, superseded);
    }

    private void Store(int index, MonthlyReport report)
    {
        _rows.Write(index, report.RawValues, report.FilledBits);
        _units[index] = report.Unit;
        _filings[index] = report.Filing;
        if (report.Cases.Count > 0)
        {
            _cases ??= new IReadOnlyList<CaseDetail>?[_units.Length];
            _cases[index] = report.Cases;
        }
        else if (_cases is not null)
        {
            _cases[index] = null;
        }

        if (_keepSources)
        {
            _sources ??= new MonthlyReport?[_units.Length];
            _sources[index] = report;
        }
    }

    private int Append(OrganisationUnit unit)
    {
        if (Count == _units.Length)
        {
            // Stryker disable once Checked : a capacity that overflows needs more than 2³⁰ reports; not tested
            Resize(Math.Max(16, checked(_units.Length * 2)));
        }

        var index = Count++;
        _units[index] = unit;
        _filings[index] = ReportFiling.Unfiled;
        _index[unit.Code] = index;
        return index;
    }

    private void Resize(int capacity)
    {
        _rows.Resize(capacity, Count);
        Array.Resize(ref _units, capacity);
        Array.Resize(ref _filings, capacity);
        if (_cases is not null)
        {
            Array.Resize(ref _cases, capacity);
        }

        if (_sources is not null)
        {
            Array.Resize(ref _sources, capacity);
        }
    }

    private void CheckIndex(int index)
    {
        if (index < 0 || index >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The builder holds reports 0–{Count - 1}.");
        }
    }

    private void CheckUsable()
    {
        if (_built)
        {
            throw new InvalidOperationException("The batch was already built; its arrays now belong to it. Start a new builder.");
        }
    }
}
