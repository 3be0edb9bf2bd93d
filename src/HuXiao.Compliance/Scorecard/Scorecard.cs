
namespace HuXiao.Compliance;

/// <summary>
/// Units ranked by how far behind they are, for the city office deciding whom to notify or summon (通报、约谈):
/// first by not-met findings (most first), then by total shortfall in campuses over the deadline targets (most
/// first), then by unit code. Several results for one unit (a report and a register, say) are counted together.
/// Immutable and thread-safe.
/// </summary>
public sealed class Scorecard
{
    private Scorecard(IReadOnlyList<ScorecardRow> rows)
    {
        Rows = rows;
    }

    /// <summary>The units, furthest behind first.</summary>
    public IReadOnlyList<ScorecardRow> Rows { get; }

    /// <summary>Builds the scorecard from units' results.</summary>
    /// <param name="results">The results, typically <see cref="ComplianceChecker.CheckUnits"/>.</param>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.ArithmeticOverflow"/>: a unit's shortfall went past the 64-bit range.</exception>
    public static Scorecard Create(IEnumerable<ComplianceResult> results)
    {
        var rows = Preconditions.CheckNotNull(results)
            .GroupBy(r => r.Subject.Code, StringComparer.Ordinal)
            .Select(g =>
            {
                var findings = g.SelectMany(r => r.Findings).ToArray();
                long shortfall = 0;
                try
                {
                    foreach (var f in findings)
                    {
                        shortfall = checked(shortfall + (f.Shortfall ?? 0));
                    }
                }
                catch (OverflowException e)
                {
                    throw new ComplianceException(ComplianceErrorCodes.ArithmeticOverflow, $"The shortfall of unit {g.Key} went past the 64-bit range.", e);
                }

                return new ScorecardRow
                {
                    Unit = g.First().Subject,
                    Rank = 0,
                    Met = findings.Count(f => f.Status == ComplianceStatus.Met),
                    NotMet = findings.Count(f => f.Status == ComplianceStatus.NotMet),
                    CannotTell = findings.Count(f => f.Status == ComplianceStatus.CannotTell),
                    NotDue = findings.Count(f => f.Status == ComplianceStatus.NotDue),
                    NotApplicable = findings.Count(f => f.Status == ComplianceStatus.NotApplicable),
                    Shortfall = shortfall,
                    NotMetRules = findings.Where(f => f.Status == ComplianceStatus.NotMet).Select(f => f.RuleCode).Distinct(StringComparer.Ordinal).ToArray(),
                };
            })
            .OrderByDescending(r => r.NotMet)
            .ThenByDescending(r => r.Shortfall)
            .ThenBy(r => r.Unit.Code, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToArray();
        return new Scorecard(rows);
    }

    /// <summary>A unit's row.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public ScorecardRow? Find(string unitCode) => Rows.FirstOrDefault(r => string.Equals(r.Unit.Code, unitCode, StringComparison.Ordinal));
}
