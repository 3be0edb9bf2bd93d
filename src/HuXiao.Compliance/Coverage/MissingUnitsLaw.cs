namespace HuXiao.Compliance;

/// <summary>
/// What a rule's verdict on a total can still say when some of the units the total should cover are missing (did
/// not file, or their forms were refused): the rule's own law, from what it measures. The checker applies it to
/// every finding on a total with partial <see cref="UnitCoverage"/>; the reasoning, rule kind by rule kind, is in
/// the compliance article.
/// </summary>
public enum MissingUnitsLaw
{
    /// <summary>
    /// Neither met nor not-met holds while a unit is missing: a rate over all units, or a rule that does not say how
    /// it adds up. A missing unit with enough campuses could move the total to either side of the target. Its
    /// met, not-met and not-applicable become cannot-tell (<see cref="FindingReason.PartialCoverage"/>). The default.
    /// </summary>
    NothingHolds = 0,

    /// <summary>
    /// Every campus must reach the target (a coverage target such as A05 = A01 or A12 ≥ A11, a per-campus register
    /// rule): a campus short in a unit that reported is short whatever the missing units hold, so not-met holds;
    /// met needs every unit, so it becomes cannot-tell, as does not-applicable. Assumes what the form's consistency
    /// rules say of a unit's figures: the campuses counted as achieved are among those counted in the target
    /// (A05 ≤ A01, A12 ≤ A11).
    /// </summary>
    ShortfallHolds = 1,
}
