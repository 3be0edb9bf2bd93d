using System.Text.RegularExpressions;
using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting;

/// <summary>
/// Defines a form: tables, indicators and rules, checked when <see cref="Build"/> is called. A builder is
/// not thread-safe; the schema it builds is immutable.
/// </summary>
/// <example>
/// <code>
/// var schema = ReportSchema.CreateBuilder("sample-2019")
///     .AddTable("A", "校园")
///     .AddIndicator("A01", "全部校园数", "all campuses", "全部校园数", "所", IndicatorKind.Stock)
///     .Build();
/// </code>
/// </example>
public sealed partial class ReportSchemaBuilder
{
    private readonly string _id;
    private readonly int _version;
    private readonly List<(string Code, string Title)> _tables = [];
    private readonly List<PendingIndicator> _indicators = [];
    private readonly List<ConsistencyRule> _rules = [];
    private readonly List<MeasureUnit> _units = [.. MeasureUnit.Standard];
    private string _title = "校园安全工作进展报表";

    internal ReportSchemaBuilder(string id, int version)
    {
        Preconditions.CheckNotBlank(id);
        Preconditions.CheckArgument(IdPattern().IsMatch(id), nameof(id), $"Schema id '{id}' must be lower-case letters, digits and '-', for example 'zhengzhou-2017'.");
        Preconditions.CheckPositive(version);
        _id = id;
        _version = version;
    }

    /// <summary>Sets the form's printed title (default <c>校园安全工作进展报表</c>).</summary>
    /// <param name="title">The title.</param>
    public ReportSchemaBuilder WithTitle(string title)
    {
        _title = Preconditions.CheckNotBlank(title);
        return this;
    }

    /// <summary>Allows indicators to use a unit that is not among <see cref="MeasureUnit.Standard"/>.</summary>
    /// <param name="unit">The unit, from <see cref="MeasureUnit.Define(string, string)"/>.</param>
    public ReportSchemaBuilder AddUnit(MeasureUnit unit)
    {
        Preconditions.CheckNotNull(unit);
        if (!_units.Contains(unit))
        {
            _units.Add(unit);
        }

        return this;
    }

    /// <summary>Starts a table; the indicators added next belong to it.</summary>
    /// <param name="code">The table code, for example <c>A</c>.</param>
    /// <param name="title">What the table covers.</param>
    public ReportSchemaBuilder AddTable(string code, string title)
    {
        _tables.Add((Preconditions.CheckNotBlank(code), Preconditions.CheckNotBlank(title)));
        return this;
    }

    /// <summary>Adds an indicator to the table started last.</summary>
    /// <param name="code">A stable code, letters then digits, for example <c>A01</c>.</param>
    /// <param name="label">The Chinese label exactly as printed.</param>
    /// <param name="name">An English name.</param>
    /// <param name="group">The printed group label above the column, or <see langword="null"/> where none is printed.</param>
    /// <param name="unitSymbol">The unit's symbol as printed, for example <c>所</c>.</param>
    /// <param name="kind">Stock or flow.</param>
    /// <param name="labelInLowerRowOnly">For an indicator without a group: the label is printed in the lower heading row only (see <see cref="Indicator.LabelInLowerRowOnly"/>).</param>
    /// <exception cref="InvalidOperationException">No table has been started.</exception>
    public ReportSchemaBuilder AddIndicator(string code, string label, string name, string? group, string unitSymbol, IndicatorKind kind, bool labelInLowerRowOnly = false)
    {
        if (_tables.Count == 0)
        {
            throw new InvalidOperationException($"Indicator '{code}' comes before any table: call AddTable first.");
        }

        _indicators.Add(new PendingIndicator(code, label, name, group, _tables[^1].Code, unitSymbol, kind, labelInLowerRowOnly));
        return this;
    }

    /// <summary>Adds a consistency rule that reports of this form must obey.</summary>
    /// <param name="rule">The rule; its indicator codes must be in the schema.</param>
    public ReportSchemaBuilder AddRule(ConsistencyRule rule)
    {
        _rules.Add(Preconditions.CheckNotNull(rule));
        return this;
    }

    /// <summary>Checks the definition and builds the schema.</summary>
    /// <returns>The immutable schema.</returns>
    /// <exception cref="SchemaDefinitionException">
    /// The definition is refused: no table, an empty table, a duplicate table or indicator code, a malformed
    /// code, an unknown unit, a missing label, or a rule naming an unknown indicator or a duplicate rule code.
    /// All problems are listed at once.
    /// </exception>
    public ReportSchema Build()
    {
        var problems = new List<string>();
        if (_tables.Count == 0)
        {
            problems.Add("The schema has no table: add at least one with AddTable.");
        }

        foreach (var duplicate in _tables.GroupBy(t => t.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Table code '{duplicate.Key}' is used {duplicate.Count()} times: each table needs its own code.");
        }

        foreach (var table in _tables.Where(t => !_indicators.Any(i => i.Table == t.Code)))
        {
            problems.Add($"Table '{table.Code}' is empty: add its indicators after AddTable(\"{table.Code}\", …).");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var built = new List<Indicator>(_indicators.Count);
        foreach (var pending in _indicators)
        {
            if (string.IsNullOrWhiteSpace(pending.Code) || !CodePattern().IsMatch(pending.Code))
            {
                problems.Add($"Indicator code '{pending.Code}' is malformed: use letters then digits, for example 'A01'.");
                continue;
            }

            if (!seen.Add(pending.Code))
            {
                problems.Add($"Indicator code '{pending.Code}' is defined twice: codes must be unique in a schema.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(pending.Label) || string.IsNullOrWhiteSpace(pending.Name))
            {
                problems.Add($"Indicator '{pending.Code}' needs both its printed label and an English name.");
                continue;
            }

            var bare = pending.UnitSymbol?.Trim().Trim('(', ')', '（', '）').Trim();
            var unit = _units.FirstOrDefault(u => u.Symbol == bare);
            if (unit is null)
            {
                problems.Add($"Indicator '{pending.Code}' has unknown unit '{pending.UnitSymbol}': use one of {string.Join(" ", _units.Select(u => u.Symbol))}, or register it with AddUnit.");
                continue;
            }

            if (pending.LabelInLowerRowOnly && !string.IsNullOrWhiteSpace(pending.Group))
            {
                problems.Add($"Indicator '{pending.Code}' has group '{pending.Group}', so its label is printed under the group heading already: drop labelInLowerRowOnly, or the group.");
                continue;
            }

            built.Add(new Indicator(pending.Code, pending.Label, pending.Name, string.IsNullOrWhiteSpace(pending.Group) ? null : pending.Group, pending.Table, unit, pending.Kind, built.Count, pending.LabelInLowerRowOnly));
        }

        foreach (var duplicate in _rules.GroupBy(r => r.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Rule code '{duplicate.Key}' is used {duplicate.Count()} times: rule codes must be unique.");
        }

        foreach (var rule in _rules)
        {
            foreach (var code in rule.Indicators.Where(c => !seen.Contains(c)))
            {
                problems.Add($"Rule '{rule.Code}' names indicator '{code}', which the schema does not define.");
            }
        }

        if (problems.Count > 0)
        {
            throw new SchemaDefinitionException(_id, problems);
        }

        var tables = _tables
            .Select(t => new IndicatorTable(t.Code, t.Title, built.Where(i => i.Table == t.Code).ToArray()))
            .ToArray();

        // Indicators are numbered in table order, whatever order they were added in.
        var ordered = tables.SelectMany(t => t.Indicators).ToArray();
        if (!ordered.Select(i => i.Ordinal).SequenceEqual(Enumerable.Range(0, ordered.Length)))
        {
            var renumbered = ordered.Select((i, n) => new Indicator(i.Code, i.Label, i.Name, i.Group, i.Table, i.Unit, i.Kind, n, i.LabelInLowerRowOnly)).ToArray();
            tables = tables.Select(t => new IndicatorTable(t.Code, t.Title, renumbered.Where(i => i.Table == t.Code).ToArray())).ToArray();
        }

        return new ReportSchema(_id, _version, _title, tables, _rules.ToArray());
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z]+[0-9]+$")]
    private static partial Regex CodePattern();

    private sealed record PendingIndicator(string Code, string Label, string Name, string? Group, string Table, string UnitSymbol, IndicatorKind Kind, bool LabelInLowerRowOnly);
}
