namespace HuXiao.Reporting;

/// <summary>
/// Where a unit stands with its monthly form (四(三): 每月1日前将上月工作数据…报市局). Every expected unit has exactly one; a
/// unit outside the expected list that sent a form is <see cref="Unexpected"/>. Wire names and Chinese labels:
/// <see cref="FilingStatusNames"/>; which statuses' figures go into a roll-up: <see cref="FilingStatusNames.IsCombined"/>.
/// </summary>
public enum FilingStatus
{
    /// <summary>
    /// Filed and read without errors, on time or with no date to judge lateness by (<c>filed</c>, 已报送); the unit's
    /// <see cref="UnitFiling.DaysLate"/> says which.
    /// </summary>
    Filed = 0,

    /// <summary>Filed and read without errors, after the due date (<c>late</c>, 逾期报送); <see cref="UnitFiling.DaysLate"/> says by how many days.</summary>
    Late = 1,

    /// <summary>
    /// Read, but the form's consistency rules found errors (<c>filed-with-errors</c>, 校验有错); its figures are
    /// combined as filed, and the errors listed. Takes precedence over <see cref="Late"/>: the days late are still in
    /// <see cref="UnitFiling.DaysLate"/>.
    /// </summary>
    FiledWithErrors = 2,

    /// <summary>
    /// Sent, but the form could not be read (<c>refused</c>, 报送有误): a bad cell, no form in the workbook, an
    /// unreadable file. It was filed — never counted as missing — and its figures are never combined.
    /// </summary>
    Refused = 3,

    /// <summary>
    /// Nothing received from an expected unit (<c>missing</c>, 未报送). Before the due date this is not yet a failing:
    /// <see cref="UnitFiling.IsNotYetDue"/> says so.
    /// </summary>
    Missing = 4,

    /// <summary>A form from a unit that is not in the expected list (<c>unexpected</c>, 不在应报名单); its figures are not combined.</summary>
    Unexpected = 5,
}
