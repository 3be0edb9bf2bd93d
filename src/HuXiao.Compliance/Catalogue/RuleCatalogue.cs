using HuXiao.Calendar;
using HuXiao.Reporting;
using System.Collections.Frozen;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// The rules an instance judges with: list them, switch them off and on, change their parameters, add your own.
/// Immutable and thread-safe: every change returns a new catalogue, so each caller configures its own and no
/// setting is global.
/// </summary>
/// <example>
/// <code>
/// var catalogue = RuleCatalogue.CreateDefault()
///     .Disable(BuiltInRules.TrafficFacilities)
///     .Configure&lt;StaffingNormRule&gt;(StaffingNormRule.DefaultId, r =&gt; r with { Preset = StaffingPreset.GbT29315_2022 });
/// </code>
/// </example>
public sealed class RuleCatalogue
{
    private readonly ComplianceRule[] _rules;
    private readonly FrozenSet<string> _disabled;

    private RuleCatalogue(ComplianceRule[] rules, FrozenSet<string> disabled)
    {
        _rules = rules;
        _disabled = disabled;
    }

    /// <summary>An empty catalogue, to build one rule by rule.</summary>
    public static RuleCatalogue Empty { get; } = new([], FrozenSet<string>.Empty);

    /// <summary>Every rule, switched on or off, in catalogue order.</summary>
    public IReadOnlyList<ComplianceRule> Rules => _rules;

    /// <summary>The rules switched on, in catalogue order.</summary>
    public IReadOnlyList<ComplianceRule> EnabledRules => _rules.Where(r => !_disabled.Contains(r.Id)).ToArray();

    /// <summary>The ids of the rules switched off.</summary>
    public IReadOnlySet<string> DisabledIds => _disabled;

    /// <summary>A catalogue of the built-in rules (<see cref="BuiltInRules.Create"/>), all switched on.</summary>
    public static RuleCatalogue CreateDefault() => Create(BuiltInRules.Create());

    /// <summary>
    /// The rules that judge a campaign's targets (<see cref="Campaign.Targets"/>), read from its definition: ids,
    /// titles, clauses, due dates and parameters all come from the targets, so a campaign of another year is judged
    /// against its own deadlines.
    /// </summary>
    /// <param name="campaign">The campaign, such as one read with <see cref="CampaignJson.Parse(string, HuXiao.Reporting.ReportSchema?)"/>.</param>
    /// <returns>The catalogue, every rule enabled.</returns>
    /// <exception cref="ComplianceException">A target cannot be judged (an unknown kind, a missing parameter); the message lists every problem with its JSON path.</exception>
    public static RuleCatalogue For(Campaign campaign)
    {
        Preconditions.CheckNotNull(campaign);
        var problems = new List<DefinitionProblem>();
        var rules = TargetInterpreter.Rules(campaign, problems);
        return problems.Count == 0
            ? Create(rules)
            : throw new ComplianceException(ComplianceErrorCodes.RuleDefinition, $"Campaign '{campaign.Id}' has targets that cannot be judged: {string.Join(" ", problems)}");
    }

    /// <summary>
    /// Checks that every target of a campaign can be judged, listing each problem with its JSON path
    /// (<c>$.targets[2].atLeast</c>) instead of throwing.
    /// </summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>Every problem; empty when <see cref="For"/> would succeed.</returns>
    public static IReadOnlyList<DefinitionProblem> CheckTargets(Campaign campaign)
    {
        Preconditions.CheckNotNull(campaign);
        var problems = new List<DefinitionProblem>();
        _ = TargetInterpreter.Rules(campaign, problems);
        return problems;
    }

    /// <summary>A catalogue of chosen rules, all switched on.</summary>
    /// <param name="rules">The rules; ids must be unique.</param>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.RuleDefinition"/>: an id repeats or a rule is null.</exception>
    public static RuleCatalogue Create(IEnumerable<ComplianceRule> rules)
    {
        var array = Preconditions.CheckNotNull(rules).ToArray();
        if (array.Any(r => r is null))
        {
            throw new ComplianceException(ComplianceErrorCodes.RuleDefinition, "A rule in the list is null.");
        }

        var repeated = array.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ComplianceException(ComplianceErrorCodes.RuleDefinition, $"Rule id '{repeated.Key}' appears twice; give each rule its own id.");
        }

        return new(array, FrozenSet<string>.Empty);
    }

    /// <summary>Whether the catalogue holds a rule.</summary>
    /// <param name="id">The rule id.</param>
    public bool Contains(string id) => Find(id) is not null;

    /// <summary>Whether a rule is held and switched on.</summary>
    /// <param name="id">The rule id.</param>
    public bool IsEnabled(string id) => Contains(id) && !_disabled.Contains(id);

    /// <summary>Finds a rule by id.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public ComplianceRule? Find(string id) => Array.Find(_rules, r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>Gets a rule by id.</summary>
    /// <param name="id">The rule id.</param>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.UnknownRule"/>: no such rule.</exception>
    public ComplianceRule Get(string id) => Find(id) ?? throw Unknown(id);

    /// <summary>A copy with rules switched off; they stay listed.</summary>
    /// <param name="ids">The ids to switch off.</param>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.UnknownRule"/>: an id names no rule (a typo would otherwise switch nothing off).</exception>
    public RuleCatalogue Disable(params IEnumerable<string> ids)
    {
        var off = Preconditions.CheckNotNull(ids).ToArray();
        foreach (var id in off)
        {
            _ = Get(id);
        }

        return new(_rules, _disabled.Union(off, StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>A copy with rules switched back on.</summary>
    /// <param name="ids">The ids to switch on.</param>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.UnknownRule"/>: an id names no rule.</exception>
    public RuleCatalogue Enable(params IEnumerable<string> ids)
    {
        var on = Preconditions.CheckNotNull(ids).ToArray();
        foreach (var id in on)
        {
            _ = Get(id);
        }

        return new(_rules, _disabled.Except(on, StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>A copy with a rule added at the end, or replacing the rule with the same id in place (to change its parameters).</summary>
    /// <param name="rule">The rule.</param>
    public RuleCatalogue With(ComplianceRule rule)
    {
        Preconditions.CheckNotNull(rule);
        var index = Array.FindIndex(_rules, r => string.Equals(r.Id, rule.Id, StringComparison.Ordinal));
        if (index >= 0)
        {
            var copy = (ComplianceRule[])_rules.Clone();
            copy[index] = rule;
            return new(copy, _disabled);
        }

        return new([.. _rules, rule], _disabled);
    }

    /// <summary>A copy with one rule changed, typically its parameters through <c>with</c>.</summary>
    /// <typeparam name="TRule">The rule's type.</typeparam>
    /// <param name="id">The rule id.</param>
    /// <param name="change">Makes the changed rule, for example <c>r =&gt; r with { Target = Ratio.FromPercent(90) }</c>; it must keep the id.</param>
    /// <exception cref="ComplianceException">
    /// <see cref="ComplianceErrorCodes.UnknownRule"/>: no such rule; <see cref="ComplianceErrorCodes.RuleDefinition"/>: the rule is of
    /// another type, or the change altered its id.
    /// </exception>
    public RuleCatalogue Configure<TRule>(string id, Func<TRule, TRule> change)
        where TRule : ComplianceRule
    {
        Preconditions.CheckNotNull(change);
        var rule = Get(id);
        if (rule is not TRule typed)
        {
            throw new ComplianceException(ComplianceErrorCodes.RuleDefinition, $"Rule '{id}' is a {rule.GetType().Name}, not a {typeof(TRule).Name}.");
        }

        var changed = change(typed) ?? throw new ComplianceException(ComplianceErrorCodes.RuleDefinition, $"The change to rule '{id}' returned null.");
        if (!string.Equals(changed.Id, id, StringComparison.Ordinal))
        {
            throw new ComplianceException(ComplianceErrorCodes.RuleDefinition, $"The change to rule '{id}' renamed it to '{changed.Id}'; add a renamed copy with With instead.");
        }

        return With(changed);
    }

    /// <summary>A copy with one rule's due date changed (a setting such as the 85% target's 2017-10-31).</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="due">The new due date, or <see langword="null"/> for none.</param>
    /// <param name="dueSource">Where the new date comes from; by default "setting".</param>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.UnknownRule"/>: no such rule.</exception>
    public RuleCatalogue WithDue(string id, LocalDate? due, string dueSource = "setting")
        => With(Get(id) with { Due = due, DueSource = dueSource });

    /// <summary>The catalogue as a Markdown table (id, titles, source clause, due date, what it judges, parameters, on/off), for the docs site.</summary>
    public string ToMarkdown() => CatalogueMarkdown.Write(this);

    private ComplianceException Unknown(string id)
        => new(ComplianceErrorCodes.UnknownRule, $"No rule '{id}' in the catalogue; the rules are: {string.Join(", ", _rules.Select(r => r.Id))}.");
}
