using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;

namespace HuXiao.Cli;

/// <summary>
/// The campaign a verb runs with: <c>--campaign FILE</c>, a campaign definition document, or the built-in
/// <c>zhengzhou-2017</c> when it is not given. Every verb takes the option; the form, the consistency rules, the
/// expected units, the calendar and the compliance targets all come from the one definition.
/// </summary>
internal sealed class CliCampaign
{
    /// <summary>The option every verb accepts.</summary>
    internal const string Option = "--campaign";

    private static readonly Lazy<CliCampaign> s_builtIn = new(() => Create(Campaign.Zhengzhou2017, file: null));

    private readonly Lazy<RuleCatalogue> _targets;

    private CliCampaign(Campaign campaign, ReportSchema form, string? file)
    {
        Campaign = campaign;
        Form = form;
        File = file;
        var options = new ExcelOptions();
        options.Schemas.Clear();
        options.Schemas.Add(form);
        ExcelReader = new ExcelFormReader(options);
        ExcelWriter = new ExcelFormWriter(options);
        Json = new ReportJsonSerializer([form]);
        _targets = new(() => RuleCatalogue.For(campaign));
    }

    /// <summary>The campaign: calendar, targets, and the form and units below.</summary>
    internal Campaign Campaign { get; }

    /// <summary>The form the units file, with its consistency rules.</summary>
    internal ReportSchema Form { get; }

    /// <summary>The expected units the definition gives, or <see langword="null"/> when it gives none.</summary>
    internal UnitHierarchy? Units => Campaign.Units;

    /// <summary>The definition file, or <see langword="null"/> for the built-in campaign.</summary>
    internal string? File { get; }

    /// <summary>Reads the campaign's form from workbooks.</summary>
    internal ExcelFormReader ExcelReader { get; }

    /// <summary>Writes the campaign's form as workbooks.</summary>
    internal ExcelFormWriter ExcelWriter { get; }

    /// <summary>Reads and writes the campaign's reports as JSON.</summary>
    internal ReportJsonSerializer Json { get; }

    /// <summary>The compliance rules that judge the campaign's targets (checked when the campaign was loaded).</summary>
    internal RuleCatalogue Targets => _targets.Value;

    /// <summary>The built-in campaign.</summary>
    internal static CliCampaign BuiltIn => s_builtIn.Value;

    /// <summary>The campaign <c>--campaign</c> names, or the built-in one.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="a">The verb's arguments.</param>
    /// <returns>The campaign.</returns>
    /// <exception cref="CliUsageException">The file is missing, or its definition has problems (every one is listed).</exception>
    internal static CliCampaign Of(string verb, CliArguments a)
        => a.Option(Option) is { } file ? Load(verb, file) : BuiltIn;

    /// <summary>Reads a definition file, refusing it with every problem found.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="file">The definition document.</param>
    /// <returns>The campaign.</returns>
    /// <exception cref="CliUsageException">The file is missing, or its definition has problems.</exception>
    internal static CliCampaign Load(string verb, string file)
    {
        var problems = CampaignDefinitionCheck.Check(ReadText(verb, file), out var campaign);
        if (problems.Count > 0)
        {
            throw new CliUsageException(
                $"{verb}: {Option} {file}: 专项工作定义有 {problems.Count} 个问题，请逐一修正（huxiao campaign check {file}）。 The campaign definition has {problems.Count} problem(s); fix each (huxiao campaign check {file}):"
                + string.Concat(problems.Select(p => $"{Environment.NewLine}  [{p.Code}] {p.Path}: {p.Message}")));
        }

        return Create(campaign!, file);
    }

    /// <summary>A definition file's text.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="file">The file.</param>
    /// <returns>Its text.</returns>
    /// <exception cref="CliUsageException">It is missing or cannot be read.</exception>
    internal static string ReadText(string verb, string file)
    {
        if (!System.IO.File.Exists(file))
        {
            throw new CliUsageException($"{verb}: {file}: 文件不存在；请给出专项工作定义文件（可由 huxiao campaign export 导出）。 No such file; give a campaign definition (huxiao campaign export writes one to start from).");
        }

        try
        {
            return System.IO.File.ReadAllText(file);
        }
        catch (IOException e)
        {
            throw new CliUsageException($"{verb}: {file}: 无法读取 cannot be read ({e.Message}).");
        }
    }

    private static CliCampaign Create(Campaign campaign, string? file)
        => new(campaign, campaign.Form ?? throw new CliUsageException($"{Option} {file ?? campaign.Id}: 专项工作没有报表（\"form\"）。 The campaign has no form: add \"form\" (an object, or \"zhengzhou-2017\")."), file);
}
