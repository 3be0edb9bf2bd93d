using System.Text.Json;
using System.Text.Json.Serialization;

namespace HuXiao.Ledger;

/// <summary>The payload of a filing record: <c>{"file","length","receivedAt","channel","unitName","report"|"problems","cells"}</c>.</summary>
internal sealed class FilingPayload
{
    public required string File { get; init; }

    public required long Length { get; init; }

    public required string ReceivedAt { get; init; }

    public required string Channel { get; init; }

    public required string UnitName { get; init; }

    /// <summary>The report in the JSON interchange format, when the form was read.</summary>
    public JsonElement? Report { get; init; }

    /// <summary>The problems that refused the form, when it was refused.</summary>
    public List<ProblemPayload>? Problems { get; init; }

    /// <summary>Where each cell was in the file: <c>"A01/total": "校园安全工作进展报表!C8"</c>.</summary>
    public Dictionary<string, string>? Cells { get; init; }
}

/// <summary>An <see cref="HuXiao.Reporting.InputProblem"/> as stored.</summary>
internal sealed class ProblemPayload
{
    public required string Code { get; init; }

    public string? Location { get; init; }

    public required string Message { get; init; }

    public required string EnglishMessage { get; init; }

    public string? Indicator { get; init; }
}

/// <summary>The payload of a review record: <c>{"form","verdict","role","reasons"}</c>.</summary>
internal sealed class ReviewPayload
{
    public required string Form { get; init; }

    public required string Verdict { get; init; }

    public required string Role { get; init; }

    public required List<string> Reasons { get; init; }
}

/// <summary>The payload of a reopening record: <c>{"role","reason"}</c>.</summary>
internal sealed class ReopeningPayload
{
    public required string Role { get; init; }

    public required string Reason { get; init; }
}

/// <summary>The payloads' serialization, generated; its options (camel case, nulls left out, Chinese unescaped) are set where it is made (<see cref="RecordCodec"/>).</summary>
[JsonSerializable(typeof(FilingPayload))]
[JsonSerializable(typeof(ReviewPayload))]
[JsonSerializable(typeof(ReopeningPayload))]
internal sealed partial class PayloadJsonContext : JsonSerializerContext;
