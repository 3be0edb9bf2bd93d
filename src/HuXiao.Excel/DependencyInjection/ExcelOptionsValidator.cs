using Microsoft.Extensions.Options;

namespace HuXiao.Excel;

/// <summary>Checks <see cref="ExcelOptions"/> for the options pattern: at least one form, no form twice, positive limits.</summary>
internal sealed class ExcelOptionsValidator : IValidateOptions<ExcelOptions>
{
    public ValidateOptionsResult Validate(string? name, ExcelOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
