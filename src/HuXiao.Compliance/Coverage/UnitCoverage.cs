using HuXiao.Reporting.Aggregation;

namespace HuXiao.Compliance;

/// <summary>
/// How many of the units a total should cover went into it, and which did not (a unit that did not file, or whose
/// form was refused): the coverage of a roll-up. A verdict on a total that lacks units is stated only where it holds
/// whatever the missing units hold (<see cref="MissingUnitsLaw"/>). Immutable and thread-safe.
/// </summary>
public sealed class UnitCoverage
{
    private UnitCoverage(int expected, IReadOnlyList<string> missing)
    {
        Expected = expected;
        Missing = missing;
    }

    /// <summary>How many units the total should cover.</summary>
    public int Expected { get; }

    /// <summary>How many of them went into it.</summary>
    public int Reported => Expected - Missing.Count;

    /// <summary>The codes of the expected units that did not go into the total, in the order they were expected.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Whether every expected unit went into the total.</summary>
    public bool IsComplete => Missing.Count == 0;

    /// <summary>The coverage of a total over some units.</summary>
    /// <param name="expectedUnitCodes">The units the total should cover; a code given twice counts once.</param>
    /// <param name="reportedUnitCodes">The units whose figures went into it; a code not expected is not counted (it is not part of the coverage).</param>
    /// <returns>The coverage.</returns>
    public static UnitCoverage Of(IEnumerable<string> expectedUnitCodes, IEnumerable<string> reportedUnitCodes)
    {
        var expected = Preconditions.CheckNotNull(expectedUnitCodes).Distinct(StringComparer.Ordinal).ToArray();
        var reported = Preconditions.CheckNotNull(reportedUnitCodes).ToHashSet(StringComparer.Ordinal);
        return new UnitCoverage(expected.Length, expected.Where(c => !reported.Contains(c)).ToArray());
    }

    /// <summary>
    /// The coverage of a roll-up: its expected units (those reported and those missing; unexpected units are not
    /// part of it). A roll-up made without a list of expected units covers what it used, completely.
    /// </summary>
    /// <param name="rollUp">The roll-up.</param>
    /// <returns>The coverage.</returns>
    public static UnitCoverage Of(IRollUpResult rollUp)
    {
        Preconditions.CheckNotNull(rollUp);
        var unexpected = rollUp.Unexpected.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var reported = rollUp.Used.Select(r => r.Unit.Code).Where(c => !unexpected.Contains(c)).ToArray();
        return Of(reported.Concat(rollUp.Missing), reported);
    }

    /// <summary><c>partial: 3 of 16 units</c>, or <c>complete: 16 of 16 units</c>.</summary>
    public override string ToString() => $"{(IsComplete ? "complete" : "partial")}: {Reported} of {Expected} units";
}
