using Microsoft.Extensions.Options;

namespace HuXiao;

/// <summary>
/// Checks the shared settings: a form, a campaign, a staffing preset, and a configuration section that bound
/// cleanly. The rule codes and ids are checked by the package that owns them (<c>ReportingOptions</c>,
/// <c>ComplianceOptions</c>), each naming the rules of its own kind.
/// </summary>
internal sealed class HuXiaoOptionsValidator : IValidateOptions<HuXiaoOptions>
{
    public ValidateOptionsResult Validate(string? name, HuXiaoOptions options)
    {
        var problems = new List<string>(options.ConfigurationProblems);
        if (options.ExplicitSchema is null && options.Schema is null)
        {
            problems.Add("HuXiaoOptions.Schema 为空：请保留默认值或指定报表。 HuXiaoOptions.Schema is null: keep the default or set a form.");
        }

        if (options.Campaign is null)
        {
            problems.Add("HuXiaoOptions.Campaign 为空：请保留默认值或指定专项工作。 HuXiaoOptions.Campaign is null: keep the default or set a campaign.");
        }
        else if (options.ExplicitSchema is { } schema && options.Campaign.Form is { } form && !schema.IsSameForm(form))
        {
            problems.Add($"HuXiaoOptions.Schema（{schema.Id}）与专项工作 {options.Campaign.Id} 的报表（{form.Id}）不一致：请只指定专项工作。 HuXiaoOptions.Schema ({schema.Id}) differs from the form of campaign {options.Campaign.Id} ({form.Id}): set the campaign only; its form is the schema.");
        }

        if (options.StaffingPreset is null)
        {
            problems.Add("HuXiaoOptions.StaffingPreset 为空：请指定配备标准。 HuXiaoOptions.StaffingPreset is null: set a staffing preset.");
        }

        if (options.Semesters is { } semesters && semesters.Any(s => s is null))
        {
            problems.Add("HuXiaoOptions.Semesters 含空项：请删除。 HuXiaoOptions.Semesters holds a null entry: remove it.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
