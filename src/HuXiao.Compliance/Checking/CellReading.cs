namespace HuXiao.Compliance;

/// <summary>
/// One 合计 read from a report for a rule: the value, or why it cannot be used (no such indicator on the form,
/// blank, blank in some units of a roll-up, negative). Immutable.
/// </summary>
/// <param name="Code">The indicator code.</param>
/// <param name="Value">The value as filed; <see langword="null"/> when blank, partly blank or missing.</param>
/// <param name="Problem"><see cref="FindingReason.None"/> when usable; otherwise <see cref="FindingReason.MissingIndicator"/>, <see cref="FindingReason.BlankCell"/> or <see cref="FindingReason.InvalidValue"/>.</param>
/// <param name="BlankUnits">In a roll-up, the codes of the units that left the cell blank.</param>
public sealed record CellReading(string Code, long? Value, FindingReason Problem, IReadOnlyList<string> BlankUnits)
{
    /// <summary>Whether the value can be used.</summary>
    public bool IsUsable => Problem == FindingReason.None && Value is not null;

    /// <summary>The reading as evidence.</summary>
    public IndicatorValue ToIndicatorValue() => new(Code, Value);
}
