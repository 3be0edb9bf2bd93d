using System.Runtime.CompilerServices;
using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// Many units' reports on one form for one period, stored as rows: one contiguous array holding every report's
/// cells (新增 row then 合计 row, in schema order, then the filled bits, report after report), each cell 32 bits
/// wide unless the report holds a wider value. The bulk counterpart of <see cref="MonthlyReport"/>, for
/// national-scale roll-ups and validation. Immutable and thread-safe; build it with <see cref="CreateBuilder"/> or
/// <see cref="FromReports"/>.
/// </summary>
/// <remarks>
/// <para>
/// A blank cell holds 0 with its filled bit clear, exactly as in <see cref="MonthlyReport"/>, so a blank is
/// never a silent zero. A stored report costs 4 bytes per cell plus its filled bits, padded to whole 64-byte
/// cache lines (384 bytes for the Zhengzhou form), plus a few words: a reference to its unit, its filing and its
/// cases, and an entry in the index by unit code. A report holding a value outside the 32-bit range is kept
/// exactly in a 64-bit row of its own; nothing is ever truncated.
/// </para>
/// <para>
/// Each unit appears once: <see cref="FromReports"/> keeps the highest revision of a unit's reports and lists
/// the others in <see cref="Superseded"/>, as every roll-up does.
/// </para>
/// </remarks>
public sealed class ReportBatch
{
    private readonly OrganisationUnit[] _units;
    private readonly ReportRows _rows;
    private readonly ReportFiling[] _filings;
    private readonly IReadOnlyList<CaseDetail>?[]? _cases;
    private readonly MonthlyReport?[]? _sources;
    private readonly Dictionary<string, int> _index;
    private readonly ConditionalWeakTable<UnitHierarchy, RollUpPlan> _plans = new();

    internal ReportBatch(
        ReportSchema schema,
        YearMonth period,
        int count,
        OrganisationUnit[] units,
        ReportRows rows,
        ReportFiling[] filings,
        IReadOnlyList<CaseDetail>?[]? cases,
        MonthlyReport?[]? sources,
        Dictionary<string, int> index,
        IReadOnlyList<SupersededReport> superseded)
    {
        Schema = schema;
        Period = period;
        Count = count;
        _units = units;
        _rows = rows;
        _filings = filings;
        _cases = cases;
        // Stryker disable once Equality : equivalent, a fast path: a batch marked as having cases is walked for them and the same are found
        HasCases = cases is not null && Array.Exists(cases, c => c is { Count: > 0 });
        _sources = sources;
        _index = index;
        Superseded = superseded;
    }

    /// <summary>The form every report in the batch is on.</summary>
    public ReportSchema Schema { get; }

    /// <summary>The month every report covers.</summary>
    public YearMonth Period { get; }

    /// <summary>The number of reports (one per unit).</summary>
    public int Count { get; }

    /// <summary>Cells per report: twice the schema's indicator count (新增 and 合计).</summary>
    public int CellsPerReport => Layout.Cells;

    /// <summary>The reporting units, in the order their reports were added; a report's index is its position here.</summary>
    public IReadOnlyList<OrganisationUnit> Units => new ArraySegment<OrganisationUnit>(_units, 0, Count);

    /// <summary>Reports left out because the same unit filed a higher revision, in unit-code order.</summary>
    public IReadOnlyList<SupersededReport> Superseded { get; }

    internal CellLayout Layout => _rows.Layout;

    internal ReportRows Rows => _rows;

    internal OrganisationUnit[] UnitArray => _units;

    /// <summary>Whether any report of the batch carries case details.</summary>
    internal bool HasCases { get; }

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
        // Stryker disable once Boolean : equivalent, keeping the reports only saves rebuilding equal ones
        => Collect(schema, period, reports, keepReports: false);

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
        return _rows.IsFilled(index, cell) ? _rows.Get(index, cell) : null;
    }

    /// <summary>Whether a cell is filled.</summary>
    /// <param name="index">The report's index.</param>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    public bool IsFilled(int index, int ordinal, ReportRow row) => _rows.IsFilled(index, Cell(index, ordinal, row));

    /// <summary>
    /// Copies a report's cells as 64-bit values: 新增 row then 合计 row, in schema order, a blank holding 0 (see
    /// <see cref="GetFilledBits"/>).
    /// </summary>
    /// <param name="index">The report's index.</param>
    /// <param name="destination">At least <see cref="CellsPerReport"/> values.</param>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="CellsPerReport"/>.</exception>
    public void CopyRawValues(int index, Span<long> destination)
    {
        CheckIndex(index);
        Preconditions.CheckArgument(destination.Length >= CellsPerReport, nameof(destination), $"A report of {Schema} has {CellsPerReport} cells; the destination holds {destination.Length}.");
        _rows.CopyValues(index, destination);
    }

    /// <summary>A report's filled bits: bit <c>c % 64</c> of word <c>c / 64</c> is set when cell <c>c</c> (as <see cref="CopyRawValues"/> orders them) is filled. A view, not a copy.</summary>
    /// <param name="index">The report's index.</param>
    public ReadOnlySpan<ulong> GetFilledBits(int index)
    {
        CheckIndex(index);
        return _rows.Filled(index);
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
        if (_sources?[index] is { } source)
        {
            return source;
        }

        var values = new long[CellsPerReport];
        _rows.CopyValues(index, values);
        return MonthlyReportBuilder.FromArrays(Schema, _units[index], Period, values, _rows.Filled(index).ToArray(), _filings[index], CasesAt(index));
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
    /// <see cref="ReportRollUp.RollUp"/> over the same reports (which runs this same roll-up).
    /// </summary>
    /// <param name="hierarchy">The units. The first roll-up over a hierarchy maps reports to parents (one look-up per report) and keeps the mapping for later ones.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use at most; −1 for all cores, 1 for the calling thread only.</param>
    /// <returns>The totals of every unit with children.</returns>
    /// <exception cref="ReportingException">A report is from a unit that is not a leaf of the hierarchy (<see cref="ErrorCodes.HierarchyDefinition"/>).</exception>
    /// <exception cref="ReportOverflowException">A total went past the 64-bit range.</exception>
    public HierarchyRollUp RollUp(UnitHierarchy hierarchy, int maxDegreeOfParallelism = -1)
    {
        Preconditions.CheckNotNull(hierarchy);
        Preconditions.CheckArgument(maxDegreeOfParallelism == -1 || maxDegreeOfParallelism > 0, nameof(maxDegreeOfParallelism), "Use −1 for all cores or a positive thread count.");
        var state = new RollUpState(this, PlanFor(hierarchy));
        state.Compute(maxDegreeOfParallelism);
        return new HierarchyRollUp(new RollUpTotals(state, new LeafReports(this)));
    }

    /// <summary>The count and form, for example <c>500000 reports zhengzhou-2017 v1 2017-05</c>.</summary>
    public override string ToString() => $"{Count} reports {Schema} {Period:uuuu-MM}";

    /// <summary>A batch of reports as <see cref="FromReports"/>; with <paramref name="keepReports"/>, reading one back returns the instance it was built from.</summary>
    internal static ReportBatch Collect(ReportSchema schema, YearMonth period, IEnumerable<MonthlyReport> reports, bool keepReports)
    {
        Preconditions.CheckNotNull(schema);
        Preconditions.CheckNotNull(reports);
        var builder = new ReportBatchBuilder(schema, period, reports is ICollection<MonthlyReport> c ? c.Count : 0, keepReports);
        foreach (var report in reports)
        {
            builder.Add(report);
        }

        return builder.Build();
    }

    internal RollUpPlan PlanFor(UnitHierarchy hierarchy) => _plans.GetValue(hierarchy, h => RollUpPlan.Create(h, this));

    internal IReadOnlyList<CaseDetail> CasesAt(int index) => _cases?[index] ?? [];

    internal IReadOnlyList<CaseDetail>? CasesOrNull(int index) => _cases?[index];

    internal ReportFiling FilingAt(int index) => _filings[index];

    private void CheckIndex(int index)
    {
        if (index < 0 || index >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The batch holds reports 0–{Count - 1}.");
        }
    }

    private int Cell(int index, int ordinal, ReportRow row)
    {
        CheckIndex(index);
        return Layout.Cell(ordinal, row);
    }
}
