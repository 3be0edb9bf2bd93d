using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.DependencyInjection;

/// <summary>
/// The reporting services as built from the validated <see cref="ReportingOptions"/>: a snapshot taken once, so
/// changing the options object afterwards changes nothing. Immutable.
/// </summary>
/// <param name="Schema">The form.</param>
/// <param name="Rules">The rule set the options describe.</param>
/// <param name="Serializer">The JSON serializer for the form and the further forms.</param>
internal sealed record ConfiguredReporting(ReportSchema Schema, RuleSet Rules, ReportJsonSerializer Serializer)
{
    /// <summary>Validates the options and builds the services from them.</summary>
    /// <exception cref="InvalidOperationException">A setting is invalid (see <see cref="ReportingOptions.Validate"/>).</exception>
    internal static ConfiguredReporting From(ReportingOptions options)
    {
        var rules = options.Validate();
        var serializer = new ReportJsonSerializer(options.AdditionalSchemas.Prepend(options.Schema).DistinctBy(s => (s.Id, s.Version)), maxInputBytes: options.MaxJsonInputBytes);
        return new ConfiguredReporting(options.Schema, rules, serializer);
    }
}
