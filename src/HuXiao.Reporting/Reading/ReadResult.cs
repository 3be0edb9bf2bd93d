using System.Diagnostics.CodeAnalysis;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// The outcome of reading an input, the one read result of every HuXiao reader (JSON reports, Excel forms): the value,
/// or every problem found, each with its code and location. A read never throws for bad content: a damaged file, a
/// form of another schema, a cell that cannot be read are all problems here. Whose input it is (<see cref="Unit"/>,
/// <see cref="Period"/>) is kept also when it was refused, because a refused form is a filed form with errors, not a
/// missing one. <see cref="GetValueOrThrow"/> is there for callers that want an exception. Immutable and thread-safe.
/// </summary>
/// <typeparam name="T">What is read, such as <see cref="MonthlyReport"/>.</typeparam>
public sealed class ReadResult<T>
    where T : class
{
    private static readonly IReadOnlyDictionary<(string IndicatorCode, ReportRow Row), string> s_none = new Dictionary<(string, ReportRow), string>();

    private ReadResult(
        T? value,
        IReadOnlyList<InputProblem> problems,
        OrganisationUnit? unit,
        YearMonth? period,
        IReportLocator? locator,
        bool isRefused,
        T? partial,
        IReadOnlyDictionary<(string IndicatorCode, ReportRow Row), string>? refusedCells)
    {
        Value = value;
        Problems = problems;
        Unit = unit;
        Period = period;
        Locator = locator;
        IsRefused = isRefused;
        Partial = value is null ? partial : null;
        RefusedCells = value is null ? refusedCells ?? s_none : s_none;
    }

    /// <summary>The value, when the input was read without problems.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in the order of the input; empty on success.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>Whether a value was read.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>
    /// Whether the input was refused as a whole — not a readable document or workbook, no form, two forms, another
    /// schema, a missing or changed table, no unit or month, or sources that disagree on them — rather than for bad
    /// values in some of its cells. False on success.
    /// </summary>
    public bool IsRefused { get; }

    /// <summary>
    /// Whose input it is, when that could be read, also when the input was refused for its values. Null when the unit
    /// could not be told.
    /// </summary>
    public OrganisationUnit? Unit { get; }

    /// <summary>The month the input is for, when that could be read, also when it was refused for its values.</summary>
    public YearMonth? Period { get; }

    /// <summary>
    /// Where each cell of the input was (<c>Sheet!C9</c>, <c>$.total.A05</c>), when the reader knows: pass it to the
    /// consistency rules so findings point at cells. Also kept on failure, so problems can be shown in place.
    /// </summary>
    public IReportLocator? Locator { get; }

    /// <summary>
    /// When the input was refused for some of its cells but its unit, month and tables were read: the value as far as
    /// it was read, every refused cell left blank. Never a report to file; it lets the consistency rules run over the
    /// cells that were read (<see cref="ReadResultValidation.ValidateReadCells"/>), so a clerk sees every error in one
    /// round. Null when <see cref="Value"/> is set, and when the input could not be read that far.
    /// </summary>
    public T? Partial { get; }

    /// <summary>The cells refused (and left blank in <see cref="Partial"/>), each with where it was; empty on success.</summary>
    public IReadOnlyDictionary<(string IndicatorCode, ReportRow Row), string> RefusedCells { get; }

    /// <summary>A successful result.</summary>
    /// <param name="value">The value read.</param>
    /// <param name="locator">Where each cell was, if the reader knows.</param>
    /// <returns>The result.</returns>
    public static ReadResult<T> Success(T value, IReportLocator? locator = null)
    {
        Preconditions.CheckNotNull(value);
        return new(value, [], (value as MonthlyReport)?.Unit, (value as MonthlyReport)?.Period, locator, false, null, null);
    }

    /// <summary>
    /// A result refused as a whole (see <see cref="IsRefused"/>), still saying whose input it is where that could be
    /// read.
    /// </summary>
    /// <param name="problems">At least one problem.</param>
    /// <param name="unit">The unit the input names, or <see langword="null"/> when it could not be read.</param>
    /// <param name="period">The month the input names, or <see langword="null"/> when it could not be read.</param>
    /// <param name="locator">Where each cell was, if the reader got that far.</param>
    /// <returns>The result.</returns>
    public static ReadResult<T> Refused(IEnumerable<InputProblem> problems, OrganisationUnit? unit = null, YearMonth? period = null, IReportLocator? locator = null)
        => new(null, AtLeastOne(problems), unit, period, locator, true, null, null);

    /// <summary>
    /// A result refused for some of its values, or (with <paramref name="refused"/>) as a whole. It counts as refused as
    /// a whole (<see cref="IsRefused"/>) also when the unit or the month could not be read.
    /// </summary>
    /// <param name="problems">At least one problem.</param>
    /// <param name="unit">The unit the input names, or <see langword="null"/> when it could not be read.</param>
    /// <param name="period">The month the input names, or <see langword="null"/> when it could not be read.</param>
    /// <param name="locator">Where each cell was, if the reader got that far.</param>
    /// <param name="partial">The value as far as it was read, refused cells blank; see <see cref="Partial"/>.</param>
    /// <param name="refusedCells">The refused cells and where each was; see <see cref="RefusedCells"/>.</param>
    /// <param name="refused">Whether the input was refused as a whole whatever was read of it; see <see cref="IsRefused"/>.</param>
    /// <returns>The result.</returns>
    public static ReadResult<T> Failure(
        IEnumerable<InputProblem> problems,
        OrganisationUnit? unit = null,
        YearMonth? period = null,
        IReportLocator? locator = null,
        T? partial = null,
        IReadOnlyDictionary<(string IndicatorCode, ReportRow Row), string>? refusedCells = null,
        bool refused = false)
        => new(null, AtLeastOne(problems), unit, period, locator, refused || unit is null || period is null, partial, refusedCells);

    /// <summary>Whether a cell of the input was refused (and counts as blank in <see cref="Partial"/>).</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>Whether it was refused.</returns>
    public bool IsRefusedCell(string indicatorCode, ReportRow row) => RefusedCells.ContainsKey((indicatorCode, row));

    /// <summary>The value, or an exception listing every problem.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ReportReadException">The input had problems (<see cref="HuXiaoException.Code"/> is the first one's).</exception>
    public T GetValueOrThrow() => Value ?? throw new ReportReadException(Problems);

    /// <summary>Gets the value when there is one.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether there is one.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = Value;
        return value is not null;
    }

    /// <summary>Every problem in the one finding shape (<see cref="InputProblem.ToFinding"/>), with whose input it was and its month.</summary>
    /// <returns>The findings, in the order of <see cref="Problems"/>.</returns>
    public IReadOnlyList<Finding> ToFindings() => Problems.Select(p => p.ToFinding(Unit?.Code, Period)).ToArray();

    /// <summary>The value, or how many problems were found and whose input it was.</summary>
    /// <returns>One line.</returns>
    public override string ToString()
        => Value is { } value ? $"read: {value}" : $"{(IsRefused ? "refused" : "failed")} ({Problems.Count} problem(s)){(Unit is null ? string.Empty : $", unit {Unit.Code}")}";

    private static InputProblem[] AtLeastOne(IEnumerable<InputProblem> problems)
    {
        var list = Preconditions.CheckNotNull(problems).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A failure needs at least one problem.", nameof(problems));
        }

        return list;
    }
}
