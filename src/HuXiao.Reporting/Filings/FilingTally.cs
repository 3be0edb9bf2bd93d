namespace HuXiao.Reporting;

/// <summary>
/// How many units stand where in a month: the expected units by status (they add up to <see cref="Expected"/>),
/// how many of the missing are not yet due, and the unexpected units beside. Immutable value.
/// </summary>
/// <param name="Expected">The units expected to file.</param>
/// <param name="Filed">Expected units with <see cref="FilingStatus.Filed"/>.</param>
/// <param name="Late">Expected units with <see cref="FilingStatus.Late"/>.</param>
/// <param name="FiledWithErrors">Expected units with <see cref="FilingStatus.FiledWithErrors"/>.</param>
/// <param name="Refused">Expected units with <see cref="FilingStatus.Refused"/>.</param>
/// <param name="Missing">Expected units with <see cref="FilingStatus.Missing"/>, not yet due or not.</param>
/// <param name="NotYetDue">Of <paramref name="Missing"/>, those whose form is not yet due.</param>
/// <param name="Unexpected">Units outside the expected list that sent a form.</param>
public sealed record FilingTally(int Expected, int Filed, int Late, int FiledWithErrors, int Refused, int Missing, int NotYetDue, int Unexpected)
{
    /// <summary>Expected units whose figures are combined (filed, late, filed with errors).</summary>
    public int Combined => Filed + Late + FiledWithErrors;

    /// <summary>Expected units that sent a form, read or not (everything but missing).</summary>
    public int Received => Expected - Missing;

    /// <summary>Counts units' filings.</summary>
    /// <param name="units">Every unit's filing for one month.</param>
    /// <returns>The tally.</returns>
    public static FilingTally Of(IEnumerable<UnitFiling> units)
    {
        int filed = 0, late = 0, errors = 0, refused = 0, missing = 0, notYetDue = 0, unexpected = 0;
        foreach (var unit in Preconditions.CheckNotNull(units))
        {
            switch (unit.Status)
            {
                case FilingStatus.Filed: filed++; break;
                case FilingStatus.Late: late++; break;
                case FilingStatus.FiledWithErrors: errors++; break;
                case FilingStatus.Refused: refused++; break;
                case FilingStatus.Missing:
                    missing++;
                    notYetDue += unit.IsNotYetDue ? 1 : 0;
                    break;
                default: unexpected++; break;
            }
        }

        return new FilingTally(filed + late + errors + refused + missing, filed, late, errors, refused, missing, notYetDue, unexpected);
    }

    /// <summary>The counts on one line, in English.</summary>
    public override string ToString()
        => $"{Expected} expected: {Filed} filed, {Late} late, {FiledWithErrors} filed with errors, {Refused} refused, {Missing} missing{(NotYetDue > 0 ? $" ({NotYetDue} not yet due)" : string.Empty)}{(Unexpected > 0 ? $"; {Unexpected} unexpected" : string.Empty)}";
}
