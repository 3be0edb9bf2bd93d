using Microsoft.Extensions.Options;

namespace HuXiao.Reporting.DependencyInjection;

/// <summary>Checks <see cref="ReportingOptions"/> for the options pattern: a typo in a rule code fails naming the form's rule codes.</summary>
internal sealed class ReportingOptionsValidator : IValidateOptions<ReportingOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportingOptions options)
    {
        try
        {
            _ = options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
