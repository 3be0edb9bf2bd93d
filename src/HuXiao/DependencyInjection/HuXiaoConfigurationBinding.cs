using HuXiao.Calendar;
using HuXiao.Compliance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace HuXiao;

/// <summary>
/// Binds an <c>appsettings.json</c> section onto <see cref="HuXiaoOptions"/>: <c>Campaign</c> (a built-in id or the
/// path of a definition document), <c>DisabledConsistencyRules</c>, <c>DisabledComplianceRules</c>,
/// <c>StaffingPreset</c> (a built-in preset's id) and <c>ReadLimits</c>. A key
/// it does not know, a value of the wrong type or an unknown preset id is kept as a problem and reported when the
/// options are validated, never skipped.
/// </summary>
/// <param name="section">The configuration section, such as <c>configuration.GetSection("HuXiao")</c>.</param>
internal sealed class HuXiaoConfigurationBinding(IConfiguration section) : IConfigureOptions<HuXiaoOptions>
{
    public void Configure(HuXiaoOptions options)
    {
        Settings? settings;
        try
        {
            settings = section.Get<Settings>(binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            options.ConfigurationProblems.Add($"配置节 {Path()} 无法读取：{e.Message} The configuration section {Path()} cannot be read: {e.Message}");
            return;
        }

        if (settings is null)
        {
            return;
        }

        if (settings.Campaign is { } campaign)
        {
            BindCampaign(options, campaign);
        }

        options.DisabledConsistencyRules.UnionWith(settings.DisabledConsistencyRules ?? []);
        options.DisabledComplianceRules.UnionWith(settings.DisabledComplianceRules ?? []);
        if (settings.StaffingPreset is { } id)
        {
            var preset = StaffingPreset.BuiltIn.FirstOrDefault(p => p.Id == id);
            if (preset is null)
            {
                var known = string.Join(", ", StaffingPreset.BuiltIn.Select(p => p.Id));
                options.ConfigurationProblems.Add($"{Path()}:StaffingPreset 为 '{id}'，不是内置的配备标准（{known}）。 {Path()}:StaffingPreset is '{id}', not a built-in staffing preset ({known}).");
            }
            else
            {
                options.StaffingPreset = preset;
            }
        }

        if (settings.ReadLimits is { } limits)
        {
            var current = options.ReadLimits ?? Excel.ExcelReadLimits.Default;
            options.ReadLimits = current with
            {
                MaxFileBytes = limits.MaxFileBytes ?? current.MaxFileBytes,
                MaxPartCount = limits.MaxPartCount ?? current.MaxPartCount,
                MaxPartBytes = limits.MaxPartBytes ?? current.MaxPartBytes,
                MaxTotalBytes = limits.MaxTotalBytes ?? current.MaxTotalBytes,
            };
        }
    }

    /// <summary>The campaign: a built-in id, or the path of a definition document (relative to the working directory).</summary>
    private void BindCampaign(HuXiaoOptions options, string value)
    {
        if (Campaign.TryGetBuiltIn(value, out var builtIn))
        {
            options.Campaign = builtIn;
            return;
        }

        if (!File.Exists(value))
        {
            options.ConfigurationProblems.Add($"{Path()}:Campaign 为 '{value}'，既不是内置专项工作（{string.Join(", ", Campaign.BuiltInIds)}）也不是存在的定义文件。 {Path()}:Campaign is '{value}', neither a built-in campaign ({string.Join(", ", Campaign.BuiltInIds)}) nor a definition file that exists.");
            return;
        }

        string text;
        try
        {
            text = File.ReadAllText(value);
        }
        catch (IOException e)
        {
            options.ConfigurationProblems.Add($"{Path()}:Campaign 文件 {value} 无法读取 cannot be read: {e.Message}");
            return;
        }

        var problems = CampaignDefinitionCheck.Check(text, out var campaign);
        if (campaign is not null)
        {
            options.Campaign = campaign;
        }

        options.ConfigurationProblems.AddRange(problems.Select(p => $"{Path()}:Campaign {value} [{p.Code}] {p.Path}: {p.Message}"));
    }

    private string Path() => section is IConfigurationSection s ? s.Path : "(root)";

    /// <summary>The section's shape, as the configuration binder fills it.</summary>
    private sealed class Settings
    {
        public string? Campaign { get; set; }

        public string[]? DisabledConsistencyRules { get; set; }

        public string[]? DisabledComplianceRules { get; set; }

        public string? StaffingPreset { get; set; }

        public ReadLimitSettings? ReadLimits { get; set; }
    }

    /// <summary>The <c>ReadLimits</c> subsection: each limit left out keeps its default.</summary>
    private sealed class ReadLimitSettings
    {
        public long? MaxFileBytes { get; set; }

        public int? MaxPartCount { get; set; }

        public long? MaxPartBytes { get; set; }

        public long? MaxTotalBytes { get; set; }
    }
}
