namespace HuXiao.Reporting;

/// <summary>The wire names of <see cref="FindingKind"/> and <see cref="FindingSeverity"/>, as the JSON outputs and the roll-up workbook write them.</summary>
public static class FindingKindNames
{
    /// <summary>The kind's wire name: <c>input</c>, <c>definition</c>, <c>validation</c>, <c>compliance</c>, <c>filing</c> or <c>note</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this FindingKind kind) => kind switch
    {
        FindingKind.Input => "input",
        FindingKind.Definition => "definition",
        FindingKind.Validation => "validation",
        FindingKind.Compliance => "compliance",
        FindingKind.Filing => "filing",
        FindingKind.Note => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a finding kind."),
    };

    /// <summary>The severity's wire name: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        FindingSeverity.Information => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a severity."),
    };
}
