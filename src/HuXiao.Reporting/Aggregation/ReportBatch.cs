using System.Runtime.CompilerServices;
using HuXiao.Reporting.Internal;
using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// Many units' reports on one form for one period, stored by column block: one contiguous <see cref="long"/>
/// array holding every report's cells (新增 row then 合计 row, in schema order, report after report) and one
/// array of filled bits. The bulk counterpart of <see cref="MonthlyReport"/>, for national-scale roll-ups and
/// validation. Immutable and thread-safe; build it with <see cref="CreateBuilder"/> or <see cref="FromReports"/>.
/// </summary>
/// <remarks>
/// <para>
/// A blank cell holds 0 with its filled bit clear, exactly as in <see cref="MonthlyReport"/>, so a blank is
/// never a silent zero. A stored report costs its raw values (cells × 8 bytes) plus a few words: its filled
/// bits, a reference to its unit, its filing and its cases, and an entry in the index by unit code.
/// </para>
/// <para>
/// Each unit appears once: <see cref="FromReports"/> keeps the highest revision of a unit's reports and lists
/// the others in <see cref="Superseded"/>, as <see cref="ReportRollUp.Combine"/> does.
/// </para>
/// </remarks>
public sealed class ReportBatch
{
    private readonly OrganisationUnit[] _units;
    private readonly long[] _values;
    private readonly ulong[] _filled;
    private readonly ReportFiling[] _filings;
    private readonly IReadOnlyList<CaseDetail>?[]? _cases;
    private readonly Dictionary<string, int> _index;
    private readonly ConditionalWeakTable<UnitHierarchy, RollUpPlan> _plans = new();

    internal ReportBatch(
        ReportSchema schema,
        YearMonth period,
        int count,
        OrganisationUnit[] units,
        long[] values,
        ulong[] filled,
        ReportFiling[] filings,
        IReadOnlyList<CaseDetail>?[]? cases,
        Dictionary<string, int> index,
        IReadOnlyList<SupersededReport> superseded)
    {
        Schema = schema;
        Period = period;
        Count = count;
        _units = units;
        _values = values;
        _filled = filled;
        _filings = filings;
        _cases = cases;
        _index = index;
        Superseded = superseded;
        CellsPerReport = schema.Count * 2;
        WordsPerReport = MonthlyReportBuilder.FilledWords(schema.Count);
    }

    /// <summary>The form every report in the batch is on.</summary>
    public ReportSchema Schema { get; }

    /// <summary>The month every report covers.</summary>
    public YearMonth Period { get; }

    /// <summary>The number of reports (one per unit).</summary>
    public int Count { get; }

    /// <summary>Cells per report: twice the schema's indicator count (新增 and 合计).</summary>
    public int CellsPerReport { get; }

    /// <summary>The reporting units, in the order their reports were added; a report's index is its position here.</summary>
    public IReadOnlyList<OrganisationUnit> Units => new ArraySegment<OrganisationUnit>(_units, 0, Count);

    /// <summary>Reports left out because the same unit filed a higher revision, in unit-code order.</summary>
    public IReadOnlyList<SupersededReport> Superseded { get; }

    internal int WordsPerReport { get; }

    internal ReadOnlySpan<long> AllValues => _values.AsSpan(0, Count * CellsPerReport);

    internal ReadOnlySpan<ulong> AllFilled => _filled.AsSpan(0, Count * WordsPerReport);

    internal OrganisationUnit[] UnitArray => _units;

    internal bool HasCases => _cases is not null;

    /// <summary>Starts a batch.</summary>
    /// <param name="schema">The form.</param>
    /// <param name="period">The month.</param>
    /// <param name="capacity">How many reports to make room for; the batch grows past it when needed.</param>
    public static ReportBatchBuilder CreateBuilder(ReportSchema schema, YearMonth period, int capacity = 0)
        => new(Preconditions.CheckNotNull(schema), period, capacity);

    /// <summary>
    /// A batch of reports. Where a unit filed several revisions the highest is kept and the others are listed
    /// in <see cref="Superseded"/>.
    /// </summary>
    /// <param name="schema">The form every report must be on.</param>
    /// <param name="period">The month every report must cover.</param>
    /// <param name="reports">The reports.</param>
    /// <exception cref="ReportingException">
    /// A report is of another schema (<see cref="ErrorCodes.RollUpSchemaMismatch"/>) or period
    /// (<see cref="ErrorCodes.RollUpPeriodMismatch"/>), or one unit filed two reports with the same revision
    /// (<see cref="ErrorCodes.DuplicateReport"/>).
    /// </exception>
    public static ReportBatch FromReports(ReportSchema schema, YearMonth period, IEnumerable<MonthlyReport> reports)
    {
        Preconditions.CheckNotNull(reports);
        var builder = CreateBuilder(schema, period, reports is ICollection<MonthlyReport> c ? c.Count : 0);
        foreach (var report in reports)
        {
            builder.Add(report);
        }

        return builder.Build();
    }

    /// <summary>Finds a unit's report.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="index">The report's index, when found.</param>
    /// <returns>Whether the batch holds a report of that unit.</returns>
    public bool TryGetIndex(string unitCode, out int index) => _index.TryGetValue(Preconditions.CheckNotNull(unitCode), out index);

    /// <summary>The index of a unit's report, or −1 when the batch holds none.</summary>
    /// <param name="unitCode">The unit's code.</param>
    public int IndexOf(string unitCode) => TryGetIndex(unitCode, out var index) ? index : -1;

    /// <summary>A value by report index, indicator position and row.</summary>
    /// <param name="index">The report's index, from 0 to <see cref="Count"/> − 1.</param>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The whole number, or <see langword="null"/> for a blank cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index or ordinal is out of range.</exception>
    public long? GetValue(int index, int ordinal, ReportRow row)
    {
        var cell = Cell(index, ordinal, row);
        return IsFilledCell(index, cell) ? _values[(index * CellsPerReport) + cell] : null;
    }

    /// <summary>Whether a cell is filled.</summary>
    /// <param name="index">The report's index.</param>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    public bool IsFilled(int index, int ordinal, ReportRow row) => IsFilledCell(index, Cell(index, ordinal, row));

    /// <summary>
    /// A report's cells as stored: 新增 row then 合计 row, in schema order, a blank holding 0 (see
    /// <see cref="GetFilledBits"/>). A view, not a copy.
    /// </summary>
    /// <param name="index">The report's index.</param>
    public ReadOnlySpan<long> GetRawValues(int index)
    {
        CheckIndex(index);
        return _values.AsSpan(index * CellsPerReport, CellsPerReport);
    }

    /// <summary>A report's filled bits: bit <c>c % 64</c> of word <c>c / 64</c> is set when cell <c>c</c> of <see cref="GetRawValues"/> is filled.</summary>
    /// <param name="index">The report's index.</param>
    public ReadOnlySpan<ulong> GetFilledBits(int index)
    {
        CheckIndex(index);
        return _filled.AsSpan(index * WordsPerReport, WordsPerReport);
    }

    /// <summary>The reporting unit of a report.</summary>
    /// <param name="index">The report's index.</param>
    public OrganisationUnit UnitAt(int index)
    {
        CheckIndex(index);
        return _units[index];
    }

    /// <summary>A report as a <see cref="MonthlyReport"/>, with its filing and cases.</summary>
    /// <param name="index">The report's index.</param>
    public MonthlyReport ToReport(int index)
    {
        CheckIndex(index);
        return MonthlyReportBuilder.FromArrays(
            Schema,
            _units[index],
            Period,
            _values.AsSpan(index * CellsPerReport, CellsPerReport).ToArray(),
            _filled.AsSpan(index * WordsPerReport, WordsPerReport).ToArray(),
            _filings[index],
            CasesAt(index));
    }

    /// <summary>Every report as a <see cref="MonthlyReport"/>, in index order.</summary>
    public IEnumerable<MonthlyReport> ToReports()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return ToReport(i);
        }
    }

    /// <summary>
    /// Rolls the batch up a hierarchy: each report is a leaf's; every unit with children gets the checked sum of
    /// its children, per cell how many of them filled it, and which of them reported. Equal, cell for cell, to
    /// <see cref="ReportRollUp.RollUp"/> over the same reports.
    /// </summary>
    /// <param name="hierarchy">The units. The first roll-up over a hierarchy maps reports to parents (one look-up per report) and keeps the mapping for later ones.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use at most; −1 for all cores, 1 for the calling thread only.</param>
    /// <returns>The totals of every unit with children.</returns>
    /// <exception cref="ReportingException">A report is from a unit that is not a leaf of the hierarchy (<see cref="ErrorCodes.HierarchyDefinition"/>).</exception>
    /// <exception cref="ReportOverflowException">A sum went past the 64-bit range.</exception>
    public ReportBatchRollUp RollUp(UnitHierarchy hierarchy, int maxDegreeOfParallelism = -1)
    {
        Preconditions.CheckNotNull(hierarchy);
        Preconditions.CheckArgument(maxDegreeOfParallelism == -1 || maxDegreeOfParallelism > 0, nameof(maxDegreeOfParallelism), "Use −1 for all cores or a positive thread count.");
        return ReportBatchRollUp.Compute(this, PlanFor(hierarchy), maxDegreeOfParallelism);
    }

    /// <summary>The count and form, for example <c>500000 reports zhengzhou-2017 v1 2017-05</c>.</summary>
    public override string ToString() => $"{Count} reports {Schema} {Period:uuuu-MM}";

    internal RollUpPlan PlanFor(UnitHierarchy hierarchy) => _plans.GetValue(hierarchy, h => RollUpPlan.Create(h, this));

    internal IReadOnlyList<CaseDetail> CasesAt(int index) => _cases?[index] ?? [];

    internal IReadOnlyList<CaseDetail>? CasesOrNull(int index) => _cases?[index];

    internal ReportFiling FilingAt(int index) => _filings[index];

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The batch holds reports 0–{Count - 1}.");
        }
    }

    private int Cell(int index, int ordinal, ReportRow row)
    {
        CheckIndex(index);
        if ((uint)ordinal >= (uint)Schema.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"Schema {Schema} has indicators 0–{Schema.Count - 1}.");
        }

        return row == ReportRow.New ? ordinal : Schema.Count + ordinal;
    }

    private bool IsFilledCell(int index, int cell) => (_filled[(index * WordsPerReport) + (cell >> 6)] & (1UL << cell)) != 0;
}
