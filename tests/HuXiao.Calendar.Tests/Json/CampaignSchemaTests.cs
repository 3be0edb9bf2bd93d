using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace HuXiao.Calendar.Tests.Json;

/// <summary>The JSON Schema published with the docs (docs/schemas/campaign.schema.json) agrees with the reader.</summary>
public sealed class CampaignSchemaTests
{
    private static readonly string s_folder = Path.Combine(AppContext.BaseDirectory, "Json");
    private static readonly JsonSchema s_schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(s_folder, "campaign.schema.json")));

    private static bool Valid(string json)
    {
        using var document = JsonDocument.Parse(json);
        return s_schema.Evaluate(document.RootElement).IsValid;
    }

    public static TheoryData<string> Definitions => new()
    {
        "zhengzhou-2017.json",
        "Campaigns/zhengzhou-2018.campaign.json",
        "Campaigns/county-2019.campaign.json",
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Every_definition_the_reader_accepts_is_valid_against_the_schema(string file)
    {
        var json = File.ReadAllText(Path.Combine(s_folder, file));
        _ = CampaignJson.Parse(json);
        Assert.True(Valid(json), $"{file} does not satisfy the published schema");
        Assert.True(Valid(CampaignJson.Serialize(CampaignJson.Parse(json))), $"{file}, written back, does not satisfy the published schema");
    }

    [Theory]
    [InlineData("$.tiemZone", "Asia/Shanghai")]                 // a key the format does not have
    [InlineData("$.form.tables", "[]")]                         // a form with no table
    [InlineData("$.span.end", "\"2018/01/31\"")]               // not a date of the form YYYY-MM-DD
    [InlineData("$.targets[0].due", "{\"date\":\"2017-05-31\",\"phaseEnd\":2}")]   // two due rules
    [InlineData("$.consistencyRules[1].kind", "\"between\"")]   // a rule kind that does not exist
    public void A_definition_the_reader_refuses_is_invalid_against_the_schema_too(string path, string value)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(s_folder, "zhengzhou-2017.json")))!;
        Set(document, path, JsonNode.Parse(value.StartsWith('[') || value.StartsWith('{') || value.StartsWith('"') ? value : $"\"{value}\""));
        var json = document.ToJsonString();

        Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse(json));
        Assert.False(Valid(json), $"the schema accepts a definition with {path} = {value}");
    }

    private static void Set(JsonNode document, string path, JsonNode? value)
    {
        var parts = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = document;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = parts[i].StartsWith('[') ? node[int.Parse(parts[i][1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[parts[i]]!;
        }

        var last = parts[^1];
        if (last.StartsWith('['))
        {
            node[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node[last] = value;
        }
    }
}
