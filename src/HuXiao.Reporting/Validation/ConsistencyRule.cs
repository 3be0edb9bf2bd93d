
namespace HuXiao.Reporting.Validation;

/// <summary>
/// A named check that a correct report obeys: a stable code, a severity, the indicators it involves, and a
/// title in Chinese and English. Subclass it to add a rule of your own. Immutable and thread-safe.
/// </summary>
/// <example>
/// A rule that campuses with guards never exceed campuses under closed management would declare
/// <c>["A05", "A08"]</c> and compare <c>context.Value(0, ReportRow.Total)</c> with <c>context.Value(1, ReportRow.Total)</c>.
/// </example>
public abstract class ConsistencyRule
{
    /// <summary>Initialises the rule's description.</summary>
    /// <param name="code">A stable code, for example <c>urban-plus-rural</c>.</param>
    /// <param name="severity">How serious a breach is.</param>
    /// <param name="indicators">The codes of the indicators the rule reads, in the order <see cref="Check"/> addresses them.</param>
    /// <param name="title">What the rule says, in Chinese.</param>
    /// <param name="englishTitle">What the rule says, in English.</param>
    protected ConsistencyRule(string code, FindingSeverity severity, IEnumerable<string> indicators, string title, string englishTitle)
    {
        Code = Preconditions.CheckNotBlank(code);
        Severity = severity;
        Indicators = Preconditions.CheckNotNull(indicators).ToArray();
        Title = Preconditions.CheckNotBlank(title);
        EnglishTitle = Preconditions.CheckNotBlank(englishTitle);
    }

    /// <summary>The rule's stable code.</summary>
    public string Code { get; }

    /// <summary>How serious a breach is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The codes of the indicators the rule reads.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>What the rule says, in Chinese.</summary>
    public string Title { get; }

    /// <summary>What the rule says, in English.</summary>
    public string EnglishTitle { get; }

    /// <summary>Whether the rule needs the previous month's report; without one it is skipped.</summary>
    public virtual bool NeedsPrevious => false;

    /// <summary>Checks one report and records findings through the context.</summary>
    /// <param name="context">The report and the means to record findings.</param>
    public abstract void Check(in RuleContext context);

    /// <summary>
    /// The screen bulk validation runs for this rule before <see cref="Check"/>: whether a report of a batch may give
    /// a finding. It may say yes where <see cref="Check"/> finds nothing, never no where it finds something. A rule
    /// without a screen of its own may find something in every report.
    /// </summary>
    /// <param name="ordinals">The ordinals of <see cref="Indicators"/> in the schema.</param>
    /// <param name="schema">The schema of the reports.</param>
    internal virtual BatchRuleFilter Screen(int[] ordinals, ReportSchema schema) => BatchRuleFilter.Always;

    /// <summary>The code and English title.</summary>
    public override string ToString() => $"{Code}: {EnglishTitle}";
}
