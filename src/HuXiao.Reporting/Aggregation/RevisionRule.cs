using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// Which of a unit's reports for a month counts: a higher revision replaces a lower one, and two reports with the
/// same revision are refused. Written once, here: every roll-up selects through <see cref="ReportBatchBuilder.Add(MonthlyReport)"/>,
/// which applies it.
/// </summary>
internal static class RevisionRule
{
    /// <summary>Whether a newly received report replaces the one held for its unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The month.</param>
    /// <param name="held">The revision held.</param>
    /// <param name="received">The revision received.</param>
    /// <returns><see langword="true"/> when the received report replaces the held one; <see langword="false"/> when the held one stays and the received is superseded.</returns>
    /// <exception cref="ReportingException">The two have the same revision (<see cref="ErrorCodes.DuplicateReport"/>).</exception>
    internal static bool Replaces(OrganisationUnit unit, YearMonth period, int held, int received)
    {
        if (held == received)
        {
            throw new ReportingException(ErrorCodes.DuplicateReport, $"Unit {unit} filed two reports for {period:uuuu-MM} with revision {received}. A correction must carry a higher revision; remove one of the two.");
        }

        // Stryker disable once Equality : equivalent, equal revisions are refused just above
        return received > held;
    }

    /// <summary>
    /// The superseded reports as finally settled, in unit-code then revision order: a superseded revision may itself
    /// have replaced an earlier one, so each names the revision finally kept.
    /// </summary>
    /// <param name="superseded">Every report left out, as it was left out.</param>
    /// <param name="kept">The revision kept for a unit code.</param>
    internal static SupersededReport[] Settle(IEnumerable<SupersededReport> superseded, Func<string, int> kept)
        => superseded
            .Select(s => s with { ReplacedBy = kept(s.Unit.Code) })
            .OrderBy(s => s.Unit.Code, StringComparer.Ordinal)
            .ThenBy(s => s.Revision)
            .ToArray();
}
