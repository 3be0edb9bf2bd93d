
namespace HuXiao.Compliance;

/// <summary>
/// Restates a rule's finding on a total for the total's <see cref="UnitCoverage"/>: with every unit in, the finding
/// stands; with units missing, a status is kept only where it holds whatever the missing units hold
/// (<see cref="ComplianceRule.WhenUnitsMissing"/>), and becomes cannot-tell ("partial: N of M units") otherwise.
/// </summary>
internal static class PartialVerdict
{
    private const int NamedInMessage = 5;

    internal static ComplianceFinding Apply(ComplianceRule rule, ComplianceFinding finding, UnitCoverage coverage)
    {
        if (coverage.IsComplete)
        {
            return finding with { Coverage = coverage };
        }

        var law = rule.WhenUnitsMissing;
        var (zhMissing, enMissing) = (MissingZh(coverage), MissingEn(coverage));
        var partial = $"partial: {coverage.Reported} of {coverage.Expected} units";
        switch (finding.Status)
        {
            case ComplianceStatus.NotMet when law == MissingUnitsLaw.ShortfallHolds:
                return finding with
                {
                    Coverage = coverage,
                    Message = Append(finding.Message, $"（已报{coverage.Reported}/{coverage.Expected}个单位，{zhMissing}；已报单位已差{Text.N(finding.Shortfall)}所，未报单位无论数据如何都不能弥补）"),
                    EnglishMessage = Append(finding.EnglishMessage, $" ({partial}; {enMissing}; the units that reported are already {Text.En(finding.Shortfall)} short, which no missing unit can make up)"),
                };
            case ComplianceStatus.Met or ComplianceStatus.NotMet or ComplianceStatus.NotApplicable:
                return finding with
                {
                    Status = ComplianceStatus.CannotTell,
                    Reason = FindingReason.PartialCoverage,
                    Coverage = coverage,
                    Shortfall = law == MissingUnitsLaw.ShortfallHolds ? finding.Shortfall : null,
                    Message = $"{rule.Title}：无法判定，只有{coverage.Reported}/{coverage.Expected}个单位的数据（{zhMissing}）；已报单位：{Detail(finding.Message, rule.Title + "：")}",
                    EnglishMessage = $"{rule.EnglishTitle}: cannot tell, {partial} ({enMissing}); the units that reported: {Detail(finding.EnglishMessage, rule.EnglishTitle + ": ")}",
                };
            default:
                // Not due, or cannot tell already: the status holds; say what the total lacks.
                return finding with
                {
                    Coverage = coverage,
                    Shortfall = law == MissingUnitsLaw.ShortfallHolds ? finding.Shortfall : null,
                    Message = Append(finding.Message, $"（已报{coverage.Reported}/{coverage.Expected}个单位，{zhMissing}）"),
                    EnglishMessage = Append(finding.EnglishMessage, $" ({partial}; {enMissing})"),
                };
        }
    }

    private static string MissingZh(UnitCoverage coverage)
        => $"缺{string.Join("、", coverage.Missing.Take(NamedInMessage))}{(coverage.Missing.Count > NamedInMessage ? $"等{coverage.Missing.Count}个单位" : string.Empty)}";

    private static string MissingEn(UnitCoverage coverage)
        => $"missing {string.Join(", ", coverage.Missing.Take(NamedInMessage))}{(coverage.Missing.Count > NamedInMessage ? $" and {coverage.Missing.Count - NamedInMessage} more" : string.Empty)}";

    /// <summary>A message without its rule title, for quoting after a new head.</summary>
    private static string Detail(string message, string head)
        => message.StartsWith(head, StringComparison.Ordinal) ? message[head.Length..] : message;

    /// <summary>Appends a note before the message's closing full stop.</summary>
    private static string Append(string message, string note)
    {
        var trimmed = message.TrimEnd();
        return trimmed.EndsWith('。') ? trimmed[..^1] + note + "。"
            : trimmed.EndsWith('.') ? trimmed[..^1] + note + "."
            : trimmed + note;
    }
}
