namespace HuXiao.Compliance;

/// <summary>One indicator read as evidence: its code and its 合计, or <see langword="null"/> where blank. Immutable.</summary>
/// <param name="Code">The indicator code, for example <c>A08</c>.</param>
/// <param name="Value">The value read, or <see langword="null"/> for a blank cell.</param>
public sealed record IndicatorValue(string Code, long? Value)
{
    /// <summary>The code and value, for example <c>A08=95</c> or <c>A08=blank</c>.</summary>
    public override string ToString() => $"{Code}={(Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "blank")}";
}
