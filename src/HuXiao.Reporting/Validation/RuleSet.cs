using System.Collections;
using HuXiao.Reporting.Aggregation;

namespace HuXiao.Reporting.Validation;

/// <summary>
/// The consistency rules applied to reports of one schema, resolved to columns once. Immutable and
/// thread-safe: <see cref="Without"/> and <see cref="With"/> return new sets, so every caller configures its
/// own instance and no setting is global.
/// </summary>
public sealed class RuleSet : IReadOnlyList<ConsistencyRule>
{
    private readonly ConsistencyRule[] _rules;
    private readonly int[][] _ordinals;
    private BatchRuleFilter[]? _filters;

    private RuleSet(ReportSchema schema, ConsistencyRule[] rules)
    {
        Schema = schema;
        _rules = rules;
        _ordinals = new int[rules.Length][];
        for (var r = 0; r < rules.Length; r++)
        {
            var codes = rules[r].Indicators;
            var ordinals = new int[codes.Count];
            for (var i = 0; i < ordinals.Length; i++)
            {
                if (!schema.TryGetIndicator(codes[i], out var indicator))
                {
                    throw new ArgumentException($"Rule '{rules[r].Code}' names indicator '{codes[i]}', which schema {schema} does not define.", nameof(rules));
                }

                ordinals[i] = indicator.Ordinal;
            }

            _ordinals[r] = ordinals;
        }
    }

    /// <summary>The schema whose reports these rules check.</summary>
    public ReportSchema Schema { get; }

    /// <inheritdoc />
    public int Count => _rules.Length;

    /// <inheritdoc />
    public ConsistencyRule this[int index] => _rules[index];

    /// <summary>The rules defined with a schema (<see cref="ReportSchema.Rules"/>).</summary>
    /// <param name="schema">The schema.</param>
    public static RuleSet For(ReportSchema schema) => new(Preconditions.CheckNotNull(schema), [.. schema.Rules]);

    /// <summary>A set of chosen rules for a schema.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="rules">The rules; codes must be unique and indicators in the schema.</param>
    /// <exception cref="ArgumentException">A rule code repeats, or a rule names an indicator the schema lacks.</exception>
    public static RuleSet Create(ReportSchema schema, IEnumerable<ConsistencyRule> rules)
    {
        var array = Preconditions.CheckNotNull(rules).ToArray();
        var duplicate = array.GroupBy(r => r.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(rules), $"Rule code '{duplicate?.Key}' appears twice.");
        return new(Preconditions.CheckNotNull(schema), array);
    }

    /// <summary>Finds a rule by code.</summary>
    /// <param name="code">The rule's code.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public ConsistencyRule? Find(string code) => Array.Find(_rules, r => r.Code == code);

    /// <summary>A copy without the named rules.</summary>
    /// <param name="codes">Codes of rules to switch off.</param>
    /// <exception cref="ArgumentException">A code names no rule in this set (a typo would otherwise switch nothing off).</exception>
    public RuleSet Without(params IEnumerable<string> codes)
    {
        var off = Preconditions.CheckNotNull(codes).ToHashSet(StringComparer.Ordinal);
        foreach (var code in off)
        {
            Preconditions.CheckArgument(Find(code) is not null, nameof(codes), $"No rule '{code}' to switch off; the rules are: {string.Join(", ", _rules.Select(r => r.Code))}.");
        }

        return new(Schema, _rules.Where(r => !off.Contains(r.Code)).ToArray());
    }

    /// <summary>A copy with a rule added, or replacing the rule with the same code (to change its parameters).</summary>
    /// <param name="rule">The rule.</param>
    public RuleSet With(ConsistencyRule rule)
    {
        Preconditions.CheckNotNull(rule);
        var index = Array.FindIndex(_rules, r => r.Code == rule.Code);
        var rules = (ConsistencyRule[])_rules.Clone();
        if (index >= 0)
        {
            rules[index] = rule;
            return new(Schema, rules);
        }

        return new(Schema, [.. rules, rule]);
    }

    /// <summary>Checks one report against every rule.</summary>
    /// <param name="report">The report; it must be of this set's schema.</param>
    /// <param name="previous">The same unit's report for the month before, to check 合计 chains; optional.</param>
    /// <param name="locator">Where the report's cells came from, so findings can point at them; optional.</param>
    /// <returns>Every finding; errors and warnings alike are data, not exceptions.</returns>
    /// <exception cref="ArgumentException">The report, or the previous one, is of another schema, or the previous one is not the same unit's preceding month.</exception>
    public ValidationResult Validate(MonthlyReport report, MonthlyReport? previous = null, IReportLocator? locator = null)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckArgument(report.Schema.IsSameForm(Schema), nameof(report), $"Report {report} is on form {report.Schema}, but these rules are for {Schema}.");
        if (previous is not null)
        {
            Preconditions.CheckArgument(previous.Schema.IsSameForm(Schema), nameof(previous), $"Previous report {previous} is on form {previous.Schema}, but these rules are for {Schema}.");
            Preconditions.CheckArgument(previous.Unit.Equals(report.Unit), nameof(previous), $"Previous report is unit {previous.Unit.Code}'s, not {report.Unit.Code}'s.");
            Preconditions.CheckArgument(previous.Period.PlusMonths(1) == report.Period, nameof(previous), $"Previous report is for {previous.Period:uuuu-MM}; the month before {report.Period:uuuu-MM} is {report.Period.PlusMonths(-1):uuuu-MM}.");
        }

        var findings = new List<ValidationFinding>();
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            if (rule.NeedsPrevious && previous is null)
            {
                continue;
            }

            rule.Check(new RuleContext(report, previous, _ordinals[r], rule, locator, findings));
        }

        return new ValidationResult(report, findings);
    }

    /// <summary>
    /// Checks every report of a batch against every rule: the same findings, report by report, as
    /// <see cref="Validate"/>, in report order. Reports are screened in place without allocating; only a report
    /// that may have a finding is materialised and checked the ordinary way. Runs on all cores by default.
    /// </summary>
    /// <param name="batch">The reports; the batch must be of this set's schema.</param>
    /// <param name="previous">The same units' reports for the month before, to check 合计 chains; a unit missing from it has its chain skipped, as <see cref="Validate"/> does without a previous report.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use at most; −1 for all cores, 1 for the calling thread only.</param>
    /// <returns>Every finding; errors and warnings alike are data, not exceptions.</returns>
    /// <exception cref="ArgumentException">A batch is of another schema, or <paramref name="previous"/> is not for the month before.</exception>
    public BatchValidationResult ValidateBatch(ReportBatch batch, ReportBatch? previous = null, int maxDegreeOfParallelism = -1)
    {
        Preconditions.CheckNotNull(batch);
        Preconditions.CheckArgument(batch.Schema.IsSameForm(Schema), nameof(batch), $"The batch is on form {batch.Schema}, but these rules are for {Schema}.");
        Preconditions.CheckArgument(maxDegreeOfParallelism == -1 || maxDegreeOfParallelism > 0, nameof(maxDegreeOfParallelism), "Use −1 for all cores or a positive thread count.");
        if (previous is not null)
        {
            Preconditions.CheckArgument(previous.Schema.IsSameForm(Schema), nameof(previous), $"The previous batch is on form {previous.Schema}, but these rules are for {Schema}.");
            Preconditions.CheckArgument(previous.Period.PlusMonths(1) == batch.Period, nameof(previous), $"The previous batch is for {previous.Period:uuuu-MM}; the month before {batch.Period:uuuu-MM} is {batch.Period.PlusMonths(-1):uuuu-MM}.");
        }

        // Stryker disable once Assignment : equivalent, a cache; filters made afresh on every call screen alike
        var filters = _filters ??= CreateFilters();
        const int ChunkSize = 4_096;
        var chunks = (batch.Count + ChunkSize - 1) / ChunkSize;
        var found = new List<ValidationFinding>?[chunks];
        var reportsWithFindings = new int[chunks];
        // Stryker disable once Conditional,Equality,Unary : equivalent, only chooses how many threads run the chunks; every chunk writes its own slots, so any count gives the same findings
        var threads = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        // Stryker disable once Equality,Logical : equivalent, only chooses between the serial and the parallel path, which give the same findings in chunk order
        var serial = threads <= 1 || chunks <= 1;
        // Stryker disable once Boolean : equivalent, the serial and the parallel path give the same findings in chunk order
        if (serial)
        {
            for (var chunk = 0; chunk != chunks; chunk++)
            {
                ValidateChunk(chunk);
            }
        }
        else
        {
            // Stryker disable once Initializer : equivalent, without the cap Parallel.For uses more threads for the same findings
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, ValidateChunk);
        }

        var findings = new List<ValidationFinding>();
        foreach (var list in found)
        {
            if (list is not null)
            {
                findings.AddRange(list);
            }
        }

        return new BatchValidationResult(batch, findings, reportsWithFindings.Sum());

        void ValidateChunk(int chunk)
        {
            var end = Math.Min(batch.Count, (chunk + 1) * ChunkSize);
            var units = batch.UnitArray;
            var cells = batch.CellsPerReport;
            var scratch = new long[cells * 2];
            for (var i = chunk * ChunkSize; i < end; i++)
            {
                var p = -1;
                if (previous is not null)
                {
                    // The same unit at the same index, as in consecutive months of one campaign, needs no look-up.
                    if (i < previous.Count && string.Equals(previous.UnitArray[i].Code, units[i].Code, StringComparison.Ordinal))
                    {
                        p = i;
                    }
                    else
                    {
                        p = previous.IndexOf(units[i].Code);
                    }
                }

                // The rows as 64-bit cells, widened into scratch (a batch keeps them 32 bits wide where they fit).
                var current = scratch.AsSpan(0, cells);
                batch.Rows.CopyValues(i, current);
                var before = scratch.AsSpan(cells, cells);
                if (p >= 0)
                {
                    previous!.Rows.CopyValues(p, before);
                }

                var row = p >= 0
                    ? new BatchRow(current, batch.Rows.Filled(i), before, previous!.Rows.Filled(p), true, batch.CasesOrNull(i))
                    : new BatchRow(current, batch.Rows.Filled(i), batch.CasesOrNull(i));
                // Stryker disable once Boolean : equivalent, starting at "may find" skips the screens and checks every report the ordinary way, with the same findings
                var mayFind = false;
                for (var r = 0; r < filters.Length && !mayFind; r++)
                {
                    // A rule that needs last month is skipped without it, as Validate skips it.
                    if (p >= 0 || !_rules[r].NeedsPrevious)
                    {
                        mayFind = filters[r].MayFind(row);
                    }
                }

                if (!mayFind)
                {
                    // Stryker disable once Statement : equivalent, checking a screened-out report the ordinary way finds nothing either
                    continue;
                }

                var result = Validate(batch.ToReport(i), p >= 0 ? previous!.ToReport(p) : null);
                if (result.Findings.Count > 0)
                {
                    (found[chunk] ??= []).AddRange(result.Findings);
                    reportsWithFindings[chunk]++;
                }
            }
        }
    }

    private BatchRuleFilter[] CreateFilters()
    {
        var filters = new BatchRuleFilter[_rules.Length];
        for (var r = 0; r < _rules.Length; r++)
        {
            filters[r] = _rules[r].Screen(_ordinals[r], Schema);
        }

        return filters;
    }

    /// <inheritdoc />
    public IEnumerator<ConsistencyRule> GetEnumerator() => ((IEnumerable<ConsistencyRule>)_rules).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
