namespace HuXiao.Reporting;

/// <summary>
/// The wire names of <see cref="FilingStatus"/> (<c>filed</c>, <c>late</c>, <c>filed-with-errors</c>,
/// <c>refused</c>, <c>missing</c>, <c>unexpected</c> — a contract: the CLI's JSON, the roll-up workbook), their
/// Chinese labels, and which statuses' figures a roll-up combines.
/// </summary>
public static class FilingStatusNames
{
    /// <summary>The stable wire name.</summary>
    /// <param name="status">A status.</param>
    public static string ToWireName(this FilingStatus status) => status switch
    {
        FilingStatus.Filed => "filed",
        FilingStatus.Late => "late",
        FilingStatus.FiledWithErrors => "filed-with-errors",
        FilingStatus.Refused => "refused",
        FilingStatus.Missing => "missing",
        FilingStatus.Unexpected => "unexpected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown filing status."),
    };

    /// <summary>The Chinese label: 已报送, 逾期报送, 校验有错, 报送有误, 未报送, 不在应报名单.</summary>
    /// <param name="status">A status.</param>
    public static string ToChinese(this FilingStatus status) => status switch
    {
        FilingStatus.Filed => "已报送",
        FilingStatus.Late => "逾期报送",
        FilingStatus.FiledWithErrors => "校验有错",
        FilingStatus.Refused => "报送有误",
        FilingStatus.Missing => "未报送",
        FilingStatus.Unexpected => "不在应报名单",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown filing status."),
    };

    /// <summary>
    /// Whether a unit's figures go into the month's roll-up: <see cref="FilingStatus.Filed"/>,
    /// <see cref="FilingStatus.Late"/> and <see cref="FilingStatus.FiledWithErrors"/> (its errors are listed beside);
    /// never <see cref="FilingStatus.Refused"/> (there are no figures), <see cref="FilingStatus.Missing"/> or
    /// <see cref="FilingStatus.Unexpected"/> (a unit outside the list is not part of the total).
    /// </summary>
    /// <param name="status">A status.</param>
    public static bool IsCombined(this FilingStatus status)
        => status is FilingStatus.Filed or FilingStatus.Late or FilingStatus.FiledWithErrors;

    /// <summary>Parses a wire name.</summary>
    /// <param name="name">A wire name such as <c>filed-with-errors</c>.</param>
    /// <param name="status">The status, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out FilingStatus status)
    {
        foreach (var candidate in Enum.GetValues<FilingStatus>())
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
