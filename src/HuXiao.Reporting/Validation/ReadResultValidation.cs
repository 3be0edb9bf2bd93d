using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting.Validation;

/// <summary>Consistency rules over what a read gave, also when some cells were refused.</summary>
public static class ReadResultValidation
{
    /// <summary>
    /// Runs consistency rules over the cells that were read: over <see cref="ReadResult{T}.Value"/> when the report was
    /// read, else over <see cref="ReadResult{T}.Partial"/>, where each refused cell counts as blank. A finding that
    /// involves a refused cell says so in its message, and the blank-cell warning for a refused cell is left out (the
    /// refusal says more). Empty when the input could not be read that far.
    /// </summary>
    /// <param name="result">The read.</param>
    /// <param name="rules">The rules, of the report's schema.</param>
    /// <param name="previous">The same unit's report for the month before, for the 合计 chain; optional.</param>
    /// <returns>The findings, each located by <see cref="ReadResult{T}.Locator"/>.</returns>
    public static IReadOnlyList<ValidationFinding> ValidateReadCells(this ReadResult<MonthlyReport> result, RuleSet rules, MonthlyReport? previous = null)
    {
        Preconditions.CheckNotNull(result);
        Preconditions.CheckNotNull(rules);
        var report = result.Succeeded ? result.Value : result.Partial;
        if (report is null)
        {
            return [];
        }

        var findings = rules.Validate(report, previous, result.Locator).Findings;
        // A read that succeeded has no refused cell (RefusedCells is empty whenever Value is set).
        // Stryker disable once Block : equivalent, a shortcut: with no refused cell the loop below keeps every finding as it is
        if (result.RefusedCells.Count == 0)
        {
            return findings;
        }

        var output = new List<ValidationFinding>(findings.Count);
        foreach (var finding in findings)
        {
            var rows = finding.Row is { } only ? [only] : new[] { ReportRow.New, ReportRow.Total };
            var refused = finding.Indicators
                .SelectMany(code => rows.Select(row => result.RefusedCells.TryGetValue((code, row), out var at) ? at : null))
                .OfType<string>()
                .Distinct()
                .ToArray();
            if (refused.Length == 0)
            {
                output.Add(finding);
                continue;
            }

            if (rules.Find(finding.RuleCode) is BlankCellRule)
            {
                // The blank-cell warning of a refused cell: the refusal already says what is there.
                continue;
            }

            output.Add(finding with
            {
                Message = $"{finding.Message}（{string.Join("、", refused)} 的值被拒绝，此处按空白计）",
                EnglishMessage = $"{finding.EnglishMessage} ({string.Join(", ", refused)} was refused and counts as blank here)",
            });
        }

        return output;
    }
}
