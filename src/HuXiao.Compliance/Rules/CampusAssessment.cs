namespace HuXiao.Compliance;

/// <summary>How one campus stands under a <see cref="PerCampusRule"/>: met, not-met or cannot-tell, and why. Immutable.</summary>
/// <param name="Status"><see cref="ComplianceStatus.Met"/>, <see cref="ComplianceStatus.NotMet"/> (short in the data) or <see cref="ComplianceStatus.CannotTell"/>.</param>
/// <param name="Message">What was found, in Chinese.</param>
/// <param name="EnglishMessage">The same in English.</param>
/// <param name="Reason">Why it cannot be told, when it cannot.</param>
public readonly record struct CampusAssessment(ComplianceStatus Status, string Message, string EnglishMessage, FindingReason Reason = FindingReason.None)
{
    /// <summary>A met campus.</summary>
    public static CampusAssessment Met { get; } = new(ComplianceStatus.Met, "达标", "met");
}
