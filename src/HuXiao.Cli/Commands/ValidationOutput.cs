using System.Text.Json;
using HuXiao.Cli.Infrastructure;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;

namespace HuXiao.Cli.Commands;

/// <summary>A finding as the tool prints it: a rule's finding, or a problem reading the input.</summary>
internal sealed record CliFinding(string Rule, string Severity, string? Row, IReadOnlyList<string> Indicators, string Message, string? Location)
{
    internal static CliFinding From(ValidationFinding f)
        => new(f.RuleCode, f.Severity == FindingSeverity.Error ? "error" : "warning", f.Row switch { ReportRow.New => "new", ReportRow.Total => "total", _ => null }, f.Indicators, f.Message, f.Location);

    internal static CliFinding From(InputProblem p)
    {
        var row = p.Location switch
        {
            { } l when l.StartsWith("$.new", StringComparison.Ordinal) => "new",
            { } l when l.StartsWith("$.total", StringComparison.Ordinal) => "total",
            _ => null,
        };
        return new(p.Code, "error", row, p.IndicatorCode is null ? [] : [p.IndicatorCode], p.Message, p.Location);
    }

    internal bool IsError => Severity == "error";

    internal void WriteJson(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("rule", Rule);
        json.WriteString("severity", Severity);
        json.StringOrNull("row", Row);
        json.StringArray("indicators", Indicators);
        json.WriteString("message", Message);
        json.StringOrNull("location", Location);
        json.WriteEndObject();
    }

    public override string ToString() => $"{Severity} {Rule}{(Location is null ? string.Empty : " " + Location)}: {Message}";
}
