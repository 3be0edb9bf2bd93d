using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// One unit's roll-up for one month: the combined figures of the units below it and what went into them. The one
/// result every roll-up gives (<see cref="ReportRollUp.Combine"/>, <see cref="ReportRollUp.RollUp"/>,
/// <see cref="ReportBatch.RollUp"/>, <see cref="IncrementalRollUp.Snapshot"/>); accept this interface to take
/// any of them.
/// </summary>
/// <remarks>
/// A cell is blank when no unit filled it, never zero; <see cref="FilledCount(int, ReportRow)"/> says how many of
/// the units that reported filled it, so a total over units with blanks can be told apart from a complete one.
/// Implementations are immutable and thread-safe.
/// </remarks>
public interface IRollUpResult
{
    /// <summary>The unit the figures are combined for.</summary>
    OrganisationUnit Unit { get; }

    /// <summary>The form.</summary>
    ReportSchema Schema { get; }

    /// <summary>The month.</summary>
    YearMonth Period { get; }

    /// <summary>The combined report: every cell the sum of the units' filled cells, blank where none filled it; the units' case details; no filing.</summary>
    MonthlyReport Report { get; }

    /// <summary>The reports added, one per unit that reported, in unit-code order: a leaf's own report, or the combined report of a unit with units below it.</summary>
    IReadOnlyList<MonthlyReport> Used { get; }

    /// <summary>The units that reported, in unit-code order (the units of <see cref="Used"/>).</summary>
    IReadOnlyList<OrganisationUnit> Reported { get; }

    /// <summary>Codes of the expected units that did not report, in the order they were expected.</summary>
    IReadOnlyList<string> Missing { get; }

    /// <summary>Units that reported but were not expected (always empty for a roll-up over a hierarchy, which refuses them).</summary>
    IReadOnlyList<OrganisationUnit> Unexpected { get; }

    /// <summary>Reports left out because the same unit filed a higher revision.</summary>
    IReadOnlyList<SupersededReport> Superseded { get; }

    /// <summary>A combined value, without building <see cref="Report"/>.</summary>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The sum of the units' filled cells, or <see langword="null"/> where none filled it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The ordinal is outside the schema.</exception>
    long? GetValue(int ordinal, ReportRow row);

    /// <summary>A combined value by indicator code, without building <see cref="Report"/>.</summary>
    /// <param name="code">An indicator code.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The sum, or <see langword="null"/> where no unit filled the cell.</returns>
    /// <exception cref="KeyNotFoundException">The schema has no such indicator.</exception>
    long? GetValue(string code, ReportRow row);

    /// <summary>How many of the units that reported filled a cell.</summary>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    int FilledCount(int ordinal, ReportRow row);

    /// <summary>How many of the units that reported filled a cell.</summary>
    /// <param name="code">An indicator code.</param>
    /// <param name="row">新增 or 合计.</param>
    int FilledCount(string code, ReportRow row);
}
