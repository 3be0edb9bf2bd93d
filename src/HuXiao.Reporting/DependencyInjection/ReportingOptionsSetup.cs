namespace HuXiao.Reporting.DependencyInjection;

/// <summary>One call's settings for <see cref="ReportingOptions"/>, kept in the container and applied in registration order.</summary>
/// <param name="Configure">Sets the options.</param>
public sealed record ReportingOptionsSetup(Action<ReportingOptions> Configure);
