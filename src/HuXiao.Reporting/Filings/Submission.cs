using System.Diagnostics.CodeAnalysis;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// One form as it reached the office for a month: what reading it gave — the report, or the problems that kept it
/// from being read together with whose form and which month it is where that could still be read — with a label
/// for where it came from (a file name, an upload id) and the date it was received, when known. A refused form was
/// still filed by its unit: it is never the same as a missing one. Immutable and thread-safe.
/// </summary>
public sealed class Submission
{
    private Submission(string source, MonthlyReport? report, IReadOnlyList<InputProblem> problems, OrganisationUnit? unit, YearMonth? period, LocalDate? receivedOn, IReportLocator? locator)
    {
        Source = source;
        Report = report;
        Problems = problems;
        Unit = report?.Unit ?? unit;
        Period = report?.Period ?? period;
        ReceivedOn = receivedOn;
        Locator = locator;
    }

    /// <summary>Where the form came from, for people: a file name, an upload id.</summary>
    public string Source { get; }

    /// <summary>The report, when the form was read without problems.</summary>
    public MonthlyReport? Report { get; }

    /// <summary>The problems that kept the form from being read; empty when it was read.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>Whose form it is: the report's unit, or for a refused form the unit it names when that could be read; otherwise <see langword="null"/>.</summary>
    public OrganisationUnit? Unit { get; }

    /// <summary>The month the form reports on: the report's, or for a refused form the month it names when that could be read; otherwise <see langword="null"/>.</summary>
    public YearMonth? Period { get; }

    /// <summary>
    /// The date the office received the form, when known (an upload's or a mail's date). Lateness is judged on it
    /// when given, otherwise on the date printed on the form (<see cref="ReportFiling.FiledOn"/>).
    /// </summary>
    public LocalDate? ReceivedOn { get; }

    /// <summary>Where each of the form's cells was in its input, so findings can point at it; <see langword="null"/> when not known.</summary>
    public IReportLocator? Locator { get; }

    /// <summary>Whether the form was read.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    public bool Succeeded => Report is not null;

    /// <summary>A form that was read.</summary>
    /// <param name="report">The report.</param>
    /// <param name="source">Where it came from; by default the unit code and month, such as <c>410102-2017-05</c>.</param>
    /// <param name="receivedOn">When the office received it, if known.</param>
    /// <param name="locator">Where its cells were, if known.</param>
    /// <returns>The submission.</returns>
    public static Submission Of(MonthlyReport report, string? source = null, LocalDate? receivedOn = null, IReportLocator? locator = null)
    {
        Preconditions.CheckNotNull(report);
        return new Submission(source ?? $"{report.Unit.Code}-{report.Period:uuuu-MM}", report, [], null, null, receivedOn, locator);
    }

    /// <summary>A form that could not be read.</summary>
    /// <param name="problems">Why: at least one problem.</param>
    /// <param name="source">Where it came from.</param>
    /// <param name="unit">Whose form it is, when that could be read.</param>
    /// <param name="period">The month it reports on, when that could be read.</param>
    /// <param name="receivedOn">When the office received it, if known.</param>
    /// <param name="locator">Where its cells were, if known, so the problems can be shown in place.</param>
    /// <returns>The submission.</returns>
    /// <exception cref="ArgumentException">No problem is given.</exception>
    public static Submission Refused(IEnumerable<InputProblem> problems, string source, OrganisationUnit? unit = null, YearMonth? period = null, LocalDate? receivedOn = null, IReportLocator? locator = null)
    {
        var list = Preconditions.CheckNotNull(problems).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A refused form needs at least one problem saying why.", nameof(problems));
        }

        return new Submission(Preconditions.CheckNotBlank(source), null, list, unit, period, receivedOn, locator);
    }

    /// <summary>A form as a reader returned it: the report, or its problems with whose form it is where known.</summary>
    /// <param name="result">The reading.</param>
    /// <param name="source">Where it came from.</param>
    /// <param name="receivedOn">When the office received it, if known.</param>
    /// <param name="locator">Where its cells were, if known; by default the reading's own <see cref="ReadResult{T}.Locator"/>.</param>
    /// <returns>The submission.</returns>
    public static Submission FromReadResult(ReadResult<MonthlyReport> result, string source, LocalDate? receivedOn = null, IReportLocator? locator = null)
    {
        Preconditions.CheckNotNull(result);
        return result.Value is { } report
            ? Of(report, Preconditions.CheckNotBlank(source), receivedOn, locator ?? result.Locator)
            : Refused(result.Problems, source, result.Unit, result.Period, receivedOn, locator ?? result.Locator);
    }

    /// <summary>The source and what it holds, on one line.</summary>
    public override string ToString()
        => Report is { } report ? $"{Source}: {report}" : $"{Source}: refused ({Problems.Count} problem(s)){(Unit is null ? string.Empty : $", unit {Unit.Code}")}";
}
