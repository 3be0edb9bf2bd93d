namespace HuXiao.Reporting.Validation;

/// <summary>Locates cells of a report read from the JSON interchange format: <c>$.new.A05</c>, <c>$.total.A05</c>.</summary>
public sealed class JsonPathLocator : IReportLocator
{
    private JsonPathLocator()
    {
    }

    /// <summary>The one instance; it holds no state.</summary>
    public static JsonPathLocator Instance { get; } = new();

    /// <inheritdoc />
    public string? Locate(string indicatorCode, ReportRow row)
        => row == ReportRow.New ? $"$.new.{indicatorCode}" : $"$.total.{indicatorCode}";
}
