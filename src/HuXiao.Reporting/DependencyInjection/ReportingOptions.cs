using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.DependencyInjection;

/// <summary>
/// Settings for the reporting services registered by <c>AddHuXiaoReporting</c>. Mutable while being
/// configured (it binds from configuration: <c>DisabledRules</c>, <c>MaxJsonInputBytes</c>); <see cref="Validate"/> runs
/// when the options are validated, and the services built from them are immutable snapshots.
/// </summary>
public sealed class ReportingOptions
{
    /// <summary>The form reports are filed on; default <see cref="ReportSchema.Zhengzhou2017"/>.</summary>
    public ReportSchema Schema { get; set; } = ReportSchema.Zhengzhou2017;

    /// <summary>Further forms the JSON reader accepts (other years or cities).</summary>
    public IList<ReportSchema> AdditionalSchemas { get; } = [];

    /// <summary>Codes of consistency rules to switch off, such as <c>blank-cell</c>.</summary>
    public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Rules of the integrator's own, added to (or replacing by code) the form's rules.</summary>
    public IList<ConsistencyRule> AdditionalRules { get; } = [];

    /// <summary>The largest JSON input accepted, in bytes.</summary>
    public int MaxJsonInputBytes { get; set; } = Json.ReportJsonSerializer.DefaultMaxInputBytes;

    /// <summary>Checks the settings and builds the rule set they describe.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="InvalidOperationException">A setting is invalid: no schema, an unknown rule code, a non-positive size limit.</exception>
    public RuleSet Validate()
    {
        if (Schema is null)
        {
            throw new InvalidOperationException("ReportingOptions.Schema is null: set it to a form, such as ReportSchema.Zhengzhou2017.");
        }

        if (MaxJsonInputBytes <= 0)
        {
            throw new InvalidOperationException($"ReportingOptions.MaxJsonInputBytes is {MaxJsonInputBytes}: it must be positive.");
        }

        var rules = RuleSet.For(Schema);
        var unknown = DisabledRules.Where(code => rules.Find(code) is null).ToArray();
        if (unknown.Length > 0)
        {
            var known = string.Join(", ", rules.Select(r => r.Code));
            throw new InvalidOperationException($"ReportingOptions.DisabledRules 中有本表没有的一致性规则：{string.Join(", ", unknown)}；本表的一致性规则为：{known}。 ReportingOptions.DisabledRules names consistency rules the form does not have: {string.Join(", ", unknown)}. The consistency rules are: {known}.");
        }

        try
        {
            rules = DisabledRules.Count > 0 ? rules.Without(DisabledRules) : rules;
            foreach (var rule in AdditionalRules)
            {
                rules = rules.With(rule);
            }
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ReportingOptions.AdditionalRules: {e.Message}", e);
        }

        return rules;
    }
}
