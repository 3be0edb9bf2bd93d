using System.Text.Json;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;

namespace HuXiao.Cli.Commands;

/// <summary>
/// A finding as the tool prints it: a rule's finding or a problem reading the input, in the one finding shape
/// (<see cref="Reporting.Finding"/>), with the row the tool's JSON names.
/// </summary>
internal sealed record CliFinding(Finding Finding, string? Row)
{
    internal string Rule => Finding.Code;

    internal string Severity => Finding.Severity == FindingSeverity.Error ? "error" : "warning";

    internal IReadOnlyList<string> Indicators => Finding.Indicators;

    internal string Message => Finding.Message.Chinese;

    internal string? Location => Finding.Location;

    internal static CliFinding From(ValidationFinding f)
        => new(f.ToFinding(), f.Row switch { ReportRow.New => "new", ReportRow.Total => "total", _ => null });

    internal static CliFinding From(InputProblem p)
    {
        var row = p.Location switch
        {
            { } l when l.StartsWith("$.new", StringComparison.Ordinal) => "new",
            { } l when l.StartsWith("$.total", StringComparison.Ordinal) => "total",
            _ => null,
        };
        return new(p.ToFinding(), row);
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
