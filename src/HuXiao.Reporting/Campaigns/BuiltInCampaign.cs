using System.Text.Json;

namespace HuXiao.Reporting;

/// <summary>
/// The built-in campaign definition documents embedded in this package, the single source of the built-in
/// form, its consistency rules, units, calendar and targets.
/// </summary>
internal static class BuiltInCampaign
{
    internal const string Zhengzhou2017Id = "zhengzhou-2017";

    private const string Zhengzhou2017Resource = "HuXiao.Reporting.Campaigns.zhengzhou-2017.campaign.json";

    private static readonly Lazy<string> s_zhengzhou2017Json = new(() =>
    {
        using var stream = typeof(BuiltInCampaign).Assembly.GetManifestResourceStream(Zhengzhou2017Resource)
            ?? throw new InvalidOperationException($"The built-in campaign definition '{Zhengzhou2017Resource}' is missing from the HuXiao.Reporting assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<JsonElement> s_root = new(() => JsonDocument.Parse(Zhengzhou2017Json).RootElement.Clone());

    private static readonly Lazy<ReportSchema> s_schema = new(() => Checked(problems => ReadBuiltInForm(problems)));

    private static readonly Lazy<UnitHierarchy> s_units = new(() => Checked(problems => CampaignFormJson.ReadUnits(Root, problems)));

    /// <summary>The whole Zhengzhou 2017 definition document, as embedded.</summary>
    internal static string Zhengzhou2017Json => s_zhengzhou2017Json.Value;

    internal static JsonElement Root => s_root.Value;

    internal static JsonElement FormElement => Root.GetProperty("form");

    internal static ReportSchema Schema => s_schema.Value;

    internal static UnitHierarchy Units => s_units.Value;

    // The built-in document gives its form as an object; reading it must not go back to ReportSchema.Zhengzhou2017.
    private static ReportSchema? ReadBuiltInForm(List<DefinitionProblem> problems)
        => FormElement.ValueKind == JsonValueKind.Object ? CampaignFormJson.ReadForm(Root, problems) : null;

    private static T Checked<T>(Func<List<DefinitionProblem>, T?> read)
        where T : class
    {
        var problems = new List<DefinitionProblem>();
        return read(problems) is { } value && problems.Count == 0
            ? value
            : throw new InvalidOperationException($"The built-in campaign definition is refused: {string.Join(" ", problems)}");
    }
}
