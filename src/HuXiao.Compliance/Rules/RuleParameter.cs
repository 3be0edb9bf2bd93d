namespace HuXiao.Compliance;

/// <summary>One parameter of a rule as shown to people: name, value as text, what it means, and where the value comes from. Immutable.</summary>
/// <param name="Name">The parameter's name, matching the rule's property, for example <c>Target</c>.</param>
/// <param name="Value">The current value as text, for example <c>85/100</c>.</param>
/// <param name="Description">What it means.</param>
/// <param name="Source">Where the value comes from: a clause, a norm, or "setting" and why.</param>
public sealed record RuleParameter(string Name, string Value, string Description, string Source)
{
    /// <summary>Name and value, for example <c>Target=85/100</c>.</summary>
    public override string ToString() => $"{Name}={Value}";
}
