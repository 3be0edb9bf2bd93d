namespace HuXiao.Compliance.Internal;

/// <summary>One registered change to <see cref="ComplianceOptions"/>; all of them apply in registration order.</summary>
internal sealed class ComplianceOptionsConfiguration(Action<ComplianceOptions> configure)
{
    internal void Apply(ComplianceOptions options) => configure(options);
}
