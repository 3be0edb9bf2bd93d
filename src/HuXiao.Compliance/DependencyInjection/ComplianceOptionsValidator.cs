using Microsoft.Extensions.Options;

namespace HuXiao.Compliance;

/// <summary>Checks <see cref="ComplianceOptions"/> for the options pattern: a typo in a rule id fails naming the catalogue's rule ids.</summary>
internal sealed class ComplianceOptionsValidator : IValidateOptions<ComplianceOptions>
{
    public ValidateOptionsResult Validate(string? name, ComplianceOptions options)
    {
        try
        {
            _ = options.BuildCatalogue();
            return ValidateOptionsResult.Success;
        }
        catch (ComplianceException e)
        {
            return ValidateOptionsResult.Fail($"[{e.Code}] {e.Message}");
        }
    }
}
