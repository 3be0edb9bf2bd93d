namespace HuXiao.Compliance;

/// <summary>A rule that judges a campus register (per-campus data) at an as-of date.</summary>
public interface IRegisterRule
{
    /// <summary>Judges one register. Never throws for data that falls short: that is a finding.</summary>
    /// <param name="context">The register and the as-of date.</param>
    /// <returns>The finding.</returns>
    ComplianceFinding Judge(RegisterCheckContext context);
}
