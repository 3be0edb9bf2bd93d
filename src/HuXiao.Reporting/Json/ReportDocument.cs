using System.Text.Json;
using System.Text.Json.Serialization;

namespace HuXiao.Reporting.Json;

// The wire shapes of the JSON interchange format. Reading keeps the cells as JsonElement so that every bad
// value can be reported with its path; writing uses plain numbers.
internal sealed class ReportDocumentIn
{
    [JsonPropertyName("schema")]
    public JsonElement? Schema { get; set; }

    [JsonPropertyName("schemaVersion")]
    public JsonElement? SchemaVersion { get; set; }

    [JsonPropertyName("unit")]
    public JsonElement? Unit { get; set; }

    [JsonPropertyName("period")]
    public JsonElement? Period { get; set; }

    [JsonPropertyName("new")]
    public JsonElement? New { get; set; }

    [JsonPropertyName("total")]
    public JsonElement? Total { get; set; }

    [JsonPropertyName("filing")]
    public JsonElement? Filing { get; set; }

    [JsonPropertyName("cases")]
    public JsonElement? Cases { get; set; }
}

internal sealed class ReportDocumentOut
{
    [JsonPropertyName("schema")]
    public required string Schema { get; init; }

    [JsonPropertyName("schemaVersion")]
    public required int SchemaVersion { get; init; }

    [JsonPropertyName("unit")]
    public required UnitDocument Unit { get; init; }

    [JsonPropertyName("period")]
    public required string Period { get; init; }

    [JsonPropertyName("new")]
    public required Dictionary<string, long?> New { get; init; }

    [JsonPropertyName("total")]
    public required Dictionary<string, long?> Total { get; init; }

    [JsonPropertyName("filing")]
    public required FilingDocument Filing { get; init; }

    [JsonPropertyName("cases")]
    public required List<CaseDocument> Cases { get; init; }
}

internal sealed class UnitDocument
{
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }
}

internal sealed class FilingDocument
{
    [JsonPropertyName("preparer")]
    public string? Preparer { get; init; }

    [JsonPropertyName("reviewer")]
    public string? Reviewer { get; init; }

    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    [JsonPropertyName("filedOn")]
    public string? FiledOn { get; init; }

    [JsonPropertyName("revision")]
    public int Revision { get; init; } = 1;
}

internal sealed class CaseDocument
{
    [JsonPropertyName("indicator")]
    public required string Indicator { get; init; }

    [JsonPropertyName("date")]
    public string? Date { get; init; }

    [JsonPropertyName("place")]
    public required string Place { get; init; }

    [JsonPropertyName("summary")]
    public required string Summary { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = false,
    AllowDuplicateProperties = false,
    MaxDepth = 16,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ReportDocumentIn))]
[JsonSerializable(typeof(ReportDocumentOut))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
}
