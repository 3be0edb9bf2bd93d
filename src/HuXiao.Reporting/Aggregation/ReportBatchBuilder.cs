using HuXiao.Reporting.Internal;
using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// Fills a <see cref="ReportBatch"/> report by report, either from <see cref="MonthlyReport"/>s or cell by
/// cell straight into the batch's arrays. Not thread-safe. <see cref="Build"/> hands the arrays over without
/// copying them, so the builder cannot be used afterwards.
/// </summary>
public sealed class ReportBatchBuilder
{
    private readonly int _cells;
    private readonly int _words;
    private readonly Dictionary<string, int> _index;
    private readonly List<SupersededReport> _superseded = [];
    private OrganisationUnit[] _units;
    private long[] _values;
    private ulong[] _filled;
    private ReportFiling[] _filings;
    private IReadOnlyList<CaseDetail>?[]? _cases;
    private bool _built;

    internal ReportBatchBuilder(ReportSchema schema, YearMonth period, int capacity)
    {
        Preconditions.CheckArgument(capacity >= 0, nameof(capacity), "The capacity cannot be negative.");
        Schema = schema;
        Period = period;
        _cells = schema.Count * 2;
        _words = MonthlyReportBuilder.FilledWords(schema.Count);
        _units = new OrganisationUnit[capacity];
        _values = new long[checked(capacity * _cells)];
        _filled = new ulong[capacity * _words];
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
            throw new ReportingException(ErrorCodes.RollUpSchemaMismatch, $"Report {report} is on form {report.Schema}, but this batch holds form {Schema}. Keep each form in its own batch.");
        }

        if (report.Period != Period)
        {
            throw new ReportingException(ErrorCodes.RollUpPeriodMismatch, $"Report {report} is for {report.Period:uuuu-MM}, but this batch is for {Period:uuuu-MM}. Keep each month in its own batch.");
        }

        if (_index.TryGetValue(report.Unit.Code, out var existing))
        {
            var held = _filings[existing].Revision;
            if (held == report.Revision)
            {
                throw new ReportingException(ErrorCodes.DuplicateReport, $"Unit {report.Unit} filed two reports for {Period:uuuu-MM} with revision {report.Revision}. A correction must carry a higher revision; remove one of the two.");
            }

            if (report.Revision < held)
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
        Preconditions.CheckArgument(values.Length == _cells, nameof(values), $"A report of {Schema} has {_cells} cells; {values.Length} values were given.");
        var index = Add(unit);
        values.CopyTo(_values.AsSpan(index * _cells, _cells));
        var filled = _filled.AsSpan(index * _words, _words);
        for (var cell = 0; cell < _cells; cell++)
        {
            filled[cell >> 6] |= 1UL << cell;
        }

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
        if ((uint)ordinal >= (uint)Schema.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"Schema {Schema} has indicators 0–{Schema.Count - 1}.");
        }

        var cell = row == ReportRow.New ? ordinal : Schema.Count + ordinal;
        ref var word = ref _filled[(index * _words) + (cell >> 6)];
        if (value is { } v)
        {
            _values[(index * _cells) + cell] = v;
            word |= 1UL << cell;
        }
        else
        {
            _values[(index * _cells) + cell] = 0;
            word &= ~(1UL << cell);
        }

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
        return this;
    }

    /// <summary>Builds the immutable batch. The builder hands its arrays over and cannot be used afterwards.</summary>
    /// <exception cref="InvalidOperationException">The batch was already built.</exception>
    public ReportBatch Build()
    {
        CheckUsable();
        _built = true;
        if (_units.Length != Count)
        {
            Resize(Count);
        }

        // A superseded revision might itself have replaced an earlier one: report the final replacement.
        var superseded = _superseded
            .Select(s => s with { ReplacedBy = _filings[_index[s.Unit.Code]].Revision })
            .OrderBy(s => s.Unit.Code, StringComparer.Ordinal)
            .ThenBy(s => s.Revision)
            .ToArray();
        return new ReportBatch(Schema, Period, Count, _units, _values, _filled, _filings, _cases, _index, superseded);
    }

    private void Store(int index, MonthlyReport report)
    {
        report.RawValues.CopyTo(_values.AsSpan(index * _cells, _cells));
        report.FilledBits.CopyTo(_filled.AsSpan(index * _words, _words));
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
    }

    private int Append(OrganisationUnit unit)
    {
        if (Count == _units.Length)
        {
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
        Array.Resize(ref _units, capacity);
        Array.Resize(ref _values, checked(capacity * _cells));
        Array.Resize(ref _filled, capacity * _words);
        Array.Resize(ref _filings, capacity);
        if (_cases is not null)
        {
            Array.Resize(ref _cases, capacity);
        }
    }

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
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
