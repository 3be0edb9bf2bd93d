using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// One unit's roll-up: its combined figures, which units reported and which are missing, reports replaced by
/// higher revisions, and per cell how many units filled it. The result every roll-up gives (see
/// <see cref="IRollUpResult"/>). Immutable and thread-safe; <see cref="Report"/>, <see cref="Used"/> and the lists
/// are built on first use.
/// </summary>
public sealed class RollUpResult : IRollUpResult
{
    private readonly RollUpTotals _totals;
    private readonly int _slot;
    private IReadOnlyList<string>? _missing;
    private IReadOnlyList<OrganisationUnit>? _unexpected;
    private IReadOnlyList<SupersededReport>? _superseded;
    private IReadOnlyList<OrganisationUnit>? _reported;
    private IReadOnlyList<MonthlyReport>? _used;
    private MonthlyReport? _report;

    internal RollUpResult(RollUpTotals totals, int slot, IReadOnlyList<string>? missing = null, IReadOnlyList<OrganisationUnit>? unexpected = null)
    {
        _totals = totals;
        _slot = slot;
        _missing = missing;
        _unexpected = unexpected;
    }

    /// <inheritdoc />
    public OrganisationUnit Unit => _totals.Plan.SlotUnits[_slot];

    /// <inheritdoc />
    public ReportSchema Schema => _totals.State.Schema;

    /// <inheritdoc />
    public YearMonth Period => _totals.State.Batch.Period;

    /// <summary>The parent's report: every cell the sum of the children's filled cells, blank where none filled it.</summary>
    public MonthlyReport Report => Once(ref _report, () => _totals.ToReport(_slot));

    /// <summary>The children's reports that were added, one per unit, in unit-code order.</summary>
    public IReadOnlyList<MonthlyReport> Used => Once(ref _used, () => _totals.Used(_slot));

    /// <summary>The units that reported, in unit-code order.</summary>
    public IReadOnlyList<OrganisationUnit> Reported => Once(ref _reported, () => _totals.ReportedChildren(_slot).Select(c => c.Unit).ToArray());

    /// <summary>How many units reported (the length of <see cref="Reported"/>, without building it).</summary>
    public int ReportedCount => _totals.State.Reported[_slot];

    /// <summary>Codes of the expected units that did not report, in the order they were expected.</summary>
    public IReadOnlyList<string> Missing => Once(ref _missing, () => _totals.Missing(_slot));

    /// <summary>Units that reported but were not among the expected ones (empty when no expectation was given).</summary>
    public IReadOnlyList<OrganisationUnit> Unexpected => Once(ref _unexpected, () => []);

    /// <summary>Reports replaced by a higher revision from the same unit.</summary>
    public IReadOnlyList<SupersededReport> Superseded => Once(ref _superseded, () => _totals.Superseded(_slot));

    /// <inheritdoc />
    public long? GetValue(int ordinal, ReportRow row) => _totals.State.GetValue(_slot, ordinal, row);

    /// <inheritdoc />
    public long? GetValue(string code, ReportRow row) => GetValue(Schema[code].Ordinal, row);

    /// <summary>How many of the used reports filled a cell.</summary>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    public int FilledCount(int ordinal, ReportRow row) => _totals.State.FilledCount(_slot, ordinal, row);

    /// <summary>How many of the used reports filled a cell.</summary>
    /// <param name="code">An indicator code.</param>
    /// <param name="row">新增 or 合计.</param>
    public int FilledCount(string code, ReportRow row) => FilledCount(Schema[code].Ordinal, row);

    /// <summary>The unit, period and how many units reported, for example <c>410100 郑州市 2017-05: 13 reported, 3 missing</c>.</summary>
    public override string ToString() => $"{Unit} {Period:uuuu-MM}: {ReportedCount} reported, {Missing.Count} missing";

    private static T Once<T>(ref T? field, Func<T> create)
        where T : class
        // Stryker disable once NullCoalescing : equivalent, a value made twice by two threads is the same; one is kept
        => field ?? Interlocked.CompareExchange(ref field, create(), null) ?? field!;
}
