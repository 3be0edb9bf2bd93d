namespace HuXiao.Compliance;

/// <summary>
/// A figure a rule computed as evidence, with a stable name, for example <c>shortfall</c> = 5 or
/// <c>required-guards</c> = 2. Immutable.
/// </summary>
/// <param name="Name">A stable kebab-case name.</param>
/// <param name="Value">The whole number.</param>
public sealed record Figure(string Name, long Value)
{
    /// <summary>The name and value, for example <c>shortfall=5</c>.</summary>
    public override string ToString() => $"{Name}={Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
