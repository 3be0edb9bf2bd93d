namespace HuXiao.Reporting;

/// <summary>
/// One column of the form: a stable code, the label exactly as printed, and what it counts.
/// Immutable and thread-safe; created by <see cref="ReportSchemaBuilder"/>.
/// </summary>
public sealed class Indicator
{
    internal Indicator(string code, string label, string name, string? group, string table, MeasureUnit unit, IndicatorKind kind, int ordinal, bool labelInLowerRowOnly = false)
    {
        LabelInLowerRowOnly = labelInLowerRowOnly;
        Code = code;
        Label = label;
        Name = name;
        Group = group;
        Table = table;
        Unit = unit;
        Kind = kind;
        Ordinal = ordinal;
    }

    /// <summary>
    /// Whether the form prints the label in the lower of the table's two heading rows only, with nothing above it,
    /// although the indicator has no group (the 2017 form prints A19 so). By default a label without a group spans
    /// both heading rows; a label with a group sits under its group heading.
    /// </summary>
    public bool LabelInLowerRowOnly { get; }

    /// <summary>The stable code used in the wire formats, for example <c>A01</c>.</summary>
    public string Code { get; }

    /// <summary>The Chinese label exactly as printed on the form, for example <c>全部校园数</c>.</summary>
    public string Label { get; }

    /// <summary>An English name, for example <c>all campuses</c>.</summary>
    public string Name { get; }

    /// <summary>The printed group label above this column, or <see langword="null"/> where the form prints none.</summary>
    public string? Group { get; }

    /// <summary>The code of the table the indicator belongs to, for example <c>A</c>.</summary>
    public string Table { get; }

    /// <summary>The unit it is counted in.</summary>
    public MeasureUnit Unit { get; }

    /// <summary>Whether it is a stock (a level) or a flow (events).</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Its position in the schema, from 0, in form order.</summary>
    public int Ordinal { get; }

    /// <summary>The code and label, for example <c>A01 全部校园数</c>.</summary>
    public override string ToString() => $"{Code} {Label}";
}
