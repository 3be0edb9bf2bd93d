using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.DependencyInjection;

/// <summary>The validated reporting settings as registered in a service provider: the options and the rule set they built. Immutable.</summary>
/// <param name="Options">The options as configured.</param>
/// <param name="Rules">The rule set they describe.</param>
public sealed record ConfiguredReporting(ReportingOptions Options, RuleSet Rules);
