namespace HuXiao.Compliance;

/// <summary>
/// Bounds on a rate that the data can only bound, with the target they are judged against and the data they
/// come from. Compare with <see cref="Ratio"/>'s exact operators; <see cref="LowerValue"/> and
/// <see cref="UpperValue"/> are for display. Immutable.
/// </summary>
/// <param name="Lower">The least the rate can be.</param>
/// <param name="Upper">The most the rate can be.</param>
/// <param name="Target">The target, for example 85/100.</param>
/// <param name="Basis">Which data the bounds come from.</param>
public sealed record RateBounds(Ratio Lower, Ratio Upper, Ratio Target, BoundsBasis Basis)
{
    /// <summary>The lower bound as a double, for display (the CLI's <c>lower</c>).</summary>
    public double LowerValue => Lower.ToDouble();

    /// <summary>The upper bound as a double, for display (the CLI's <c>upper</c>).</summary>
    public double UpperValue => Upper.ToDouble();

    /// <summary>Whether the bounds settle the rate exactly (lower = upper).</summary>
    public bool IsExact => Lower == Upper;

    /// <summary>The status the bounds give once due: met if lower ≥ target, not-met if upper &lt; target, otherwise cannot-tell.</summary>
    public ComplianceStatus Judge() => Lower >= Target ? ComplianceStatus.Met : Upper < Target ? ComplianceStatus.NotMet : ComplianceStatus.CannotTell;

    /// <summary>The bounds, target and basis on one line.</summary>
    public override string ToString() => $"[{Lower}, {Upper}] vs {Target} ({Basis})";
}
