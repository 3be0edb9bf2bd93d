using System.Text.Json.Serialization;

namespace HuXiao.Calendar.Json;

/// <summary>The source-generated System.Text.Json metadata for campaign documents (no reflection, trim-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(CampaignDocument))]
internal sealed partial class CampaignJsonContext : JsonSerializerContext;
