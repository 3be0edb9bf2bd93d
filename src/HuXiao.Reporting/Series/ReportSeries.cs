using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Aggregation.Kernels;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting;

/// <summary>
/// One unit's reports over time: 合计 built from an opening balance and a series of 新增, the 合计 chain
/// checked month to month, and a range of months summarised. Stateless and thread-safe. This package knows
/// nothing of calendars: the calendar package turns "a semester" into a <see cref="PeriodRange"/>.
/// </summary>
public static class ReportSeries
{
    /// <summary>
    /// Fills every month's 合计 from the opening balance and the months' 新增: 合计(M) = 合计(M−1) + 新增(M).
    /// A blank 新增 adds nothing; an unknown opening level stays unknown (blank) in every month.
    /// </summary>
    /// <param name="opening">The 合计 before the first month.</param>
    /// <param name="months">One unit's reports for consecutive months, in any order.</param>
    /// <returns>The reports, in month order, with 合计 replaced.</returns>
    /// <exception cref="ReportingException">The reports are not one unit's consecutive months on the opening balance's form (<see cref="ErrorCodes.SeriesMismatch"/>).</exception>
    /// <exception cref="ReportOverflowException">A running total went past the 64-bit range.</exception>
    public static IReadOnlyList<MonthlyReport> BuildTotals(OpeningBalance opening, IEnumerable<MonthlyReport> months)
    {
        Preconditions.CheckNotNull(opening);
        var ordered = OrderSeries(opening.Schema, months, requireConsecutive: true);
        var schema = opening.Schema;
        var running = new long?[schema.Count];
        for (var i = 0; i < running.Length; i++)
        {
            running[i] = opening.Level(i);
        }

        var result = new MonthlyReport[ordered.Length];
        for (var m = 0; m < ordered.Length; m++)
        {
            var builder = ordered[m].ToBuilder();
            for (var i = 0; i < schema.Count; i++)
            {
                if (running[i] is { } before && ordered[m].GetValue(i, ReportRow.New) is { } added)
                {
                    if (!CheckedMath.TryAdd(before, added, out var sum))
                    {
                        throw new ReportOverflowException(schema[i], ReportRow.Total, $"in {ordered[m].Unit}'s running total for {ordered[m].Period:uuuu-MM}");
                    }

                    running[i] = sum;
                }

                builder.Set(i, ReportRow.Total, running[i]);
            }

            result[m] = builder.Build();
        }

        return result;
    }

    /// <summary>Checks a month's filed 合计 against the month before: 合计 = previous 合计 + 新增, for every indicator.</summary>
    /// <param name="previous">The unit's report for the month before.</param>
    /// <param name="current">The unit's report for the month.</param>
    /// <param name="locator">Where <paramref name="current"/>'s cells came from; optional.</param>
    /// <returns>The chain findings only.</returns>
    /// <exception cref="ArgumentException">The reports are not the same unit's consecutive months on one form.</exception>
    public static ValidationResult CheckChain(MonthlyReport previous, MonthlyReport current, IReportLocator? locator = null)
    {
        Preconditions.CheckNotNull(current);
        var rules = RuleSet.Create(current.Schema, [new TotalChainRule(current.Schema.Indicators.Select(i => i.Code))]);
        return rules.Validate(current, Preconditions.CheckNotNull(previous), locator);
    }

    /// <summary>
    /// Summarises one unit's reports over a range of months: 新增 summed (blank where no month filled it), 合计
    /// from the range's last month. Reports outside the range are ignored.
    /// </summary>
    /// <param name="months">The unit's reports.</param>
    /// <param name="range">The months to summarise.</param>
    /// <returns>The summary, naming any months of the range without a report.</returns>
    /// <exception cref="ReportingException">The reports are not one unit's, on one form, one per month (<see cref="ErrorCodes.SeriesMismatch"/>).</exception>
    /// <exception cref="ArgumentException">No report is given (the unit and form would be unknown).</exception>
    /// <exception cref="ReportOverflowException">A sum went past the 64-bit range.</exception>
    public static ReportSummary Summarise(IEnumerable<MonthlyReport> months, PeriodRange range)
    {
        var all = Preconditions.CheckNotNull(months).ToArray();
        Preconditions.CheckArgument(all.Length > 0, nameof(months), "Summarise needs at least one report, to know the unit and the form.");
        var schema = all[0].Schema;
        var ordered = OrderSeries(schema, all.Where(r => range.Contains(r.Period)), requireConsecutive: false);
        var added = new long?[schema.Count];
        foreach (var report in ordered)
        {
            for (var i = 0; i < schema.Count; i++)
            {
                if (report.GetValue(i, ReportRow.New) is { } value)
                {
                    if (!CheckedMath.TryAdd(added[i] ?? 0, value, out var sum))
                    {
                        throw new ReportOverflowException(schema[i], ReportRow.New, $"in the sum of {report.Unit}'s months {range}");
                    }

                    added[i] = sum;
                }
            }
        }

        var last = ordered.LastOrDefault(r => r.Period == range.End);
        var total = schema.Indicators.Select(i => last?.GetValue(i.Ordinal, ReportRow.Total)).ToArray();
        var included = ordered.Select(r => r.Period).ToArray();
        var missing = range.Where(p => !included.Contains(p)).ToArray();
        return new ReportSummary(schema, all[0].Unit, range, added, total, included, missing);
    }

    private static MonthlyReport[] OrderSeries(ReportSchema schema, IEnumerable<MonthlyReport> months, bool requireConsecutive)
    {
        var ordered = Preconditions.CheckNotNull(months).OrderBy(r => r.Period).ToArray();
        if (ordered.Length == 0)
        {
            return ordered;
        }

        var unit = ordered[0].Unit;
        for (var m = 0; m < ordered.Length; m++)
        {
            var report = ordered[m];
            if (!report.Schema.IsSameForm(schema))
            {
                throw new ReportingException(ErrorCodes.SeriesMismatch, $"Report {report} is on form {report.Schema}, not {schema}: a series is one form's.");
            }

            if (!report.Unit.Equals(unit))
            {
                throw new ReportingException(ErrorCodes.SeriesMismatch, $"Report {report} is unit {report.Unit.Code}'s, but the series is {unit.Code}'s: a series is one unit's.");
            }

            if (m > 0 && report.Period == ordered[m - 1].Period)
            {
                throw new ReportingException(ErrorCodes.SeriesMismatch, $"Unit {unit} has two reports for {report.Period:uuuu-MM} in the series: keep only the latest revision.");
            }

            if (requireConsecutive && m > 0 && ordered[m - 1].Period.PlusMonths(1) != report.Period)
            {
                throw new ReportingException(ErrorCodes.SeriesMismatch, $"Unit {unit}'s series jumps from {ordered[m - 1].Period:uuuu-MM} to {report.Period:uuuu-MM}: every month in between is needed to build totals.");
            }
        }

        return ordered;
    }
}
