using Microsoft.Extensions.Options;

namespace HuXiao.Calendar;

/// <summary>Checks <see cref="CalendarOptions"/> for the options pattern by building the campaign they describe.</summary>
internal sealed class CalendarOptionsValidator : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options)
    {
        try
        {
            _ = options.BuildCampaign();
            return ValidateOptionsResult.Success;
        }
        catch (CampaignDefinitionException e)
        {
            return ValidateOptionsResult.Fail($"[{e.Code}] {e.Message}");
        }
    }
}
