namespace HuXiao.Reporting;

/// <summary>One of the form's tables: a code and its indicators in printed order. Immutable and thread-safe.</summary>
public sealed class IndicatorTable
{
    internal IndicatorTable(string code, string title, IReadOnlyList<Indicator> indicators)
    {
        Code = code;
        Title = title;
        Indicators = indicators;
    }

    /// <summary>The table's code, for example <c>A</c>.</summary>
    public string Code { get; }

    /// <summary>A short description of what the table covers.</summary>
    public string Title { get; }

    /// <summary>The table's indicators in printed order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <inheritdoc />
    public override string ToString() => $"Table {Code} ({Indicators.Count} indicators)";
}
