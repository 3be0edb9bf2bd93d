namespace HuXiao.Compliance;

/// <summary>The wire names of <see cref="ComplianceStatus"/> (<c>met</c>, <c>not-met</c>, <c>cannot-tell</c>, <c>not-due</c>, <c>not-applicable</c>) and their Chinese labels.</summary>
public static class ComplianceStatusNames
{
    /// <summary>The stable wire name, as used in the CLI's JSON.</summary>
    /// <param name="status">A status.</param>
    public static string ToWireName(this ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "met",
        ComplianceStatus.NotMet => "not-met",
        ComplianceStatus.CannotTell => "cannot-tell",
        ComplianceStatus.NotDue => "not-due",
        ComplianceStatus.NotApplicable => "not-applicable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>The Chinese label: 达标, 未达标, 无法判定, 未到期, 不适用.</summary>
    /// <param name="status">A status.</param>
    public static string ToChinese(this ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "达标",
        ComplianceStatus.NotMet => "未达标",
        ComplianceStatus.CannotTell => "无法判定",
        ComplianceStatus.NotDue => "未到期",
        ComplianceStatus.NotApplicable => "不适用",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>Parses a wire name.</summary>
    /// <param name="name">A wire name such as <c>not-met</c>.</param>
    /// <param name="status">The status, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out ComplianceStatus status)
    {
        foreach (var candidate in Enum.GetValues<ComplianceStatus>())
        {
            if (string.Equals(candidate.ToWireName(), name, StringComparison.Ordinal))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
