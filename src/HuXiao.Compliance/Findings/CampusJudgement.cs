namespace HuXiao.Compliance;

/// <summary>
/// One campus's part in a register finding: its code, its status under the rule, and why. A register finding
/// lists the campuses that are not met or cannot be told, so the office knows where to look. Immutable.
/// </summary>
/// <param name="CampusCode">The campus's code in the register.</param>
/// <param name="Status">The campus's status under the rule.</param>
/// <param name="Message">What was found, in Chinese.</param>
/// <param name="EnglishMessage">The same in English.</param>
public sealed record CampusJudgement(string CampusCode, ComplianceStatus Status, string Message, string EnglishMessage)
{
    /// <summary>The campus, status and English message.</summary>
    public override string ToString() => $"{CampusCode} {Status.ToWireName()}: {EnglishMessage}";
}
