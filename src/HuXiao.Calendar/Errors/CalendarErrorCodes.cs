namespace HuXiao.Calendar;

/// <summary>
/// The stable codes of the errors the calendar package raises. Codes are never renamed or reused. They sit in
/// the HX03xx block, beside the reporting package's <see cref="HuXiao.Reporting.ErrorCodes"/>.
/// </summary>
public static class CalendarErrorCodes
{
    /// <summary>A campaign definition was refused: a phase outside the span, overlapping phases, a duplicate id, and the like.</summary>
    public const string CampaignDefinition = "HX0301";

    /// <summary>A campaign JSON document is not well-formed JSON or does not have the expected shape.</summary>
    public const string CampaignJsonMalformed = "HX0302";

    /// <summary>A field of a campaign JSON document is missing or holds a value that cannot be read (a bad date, an unknown enum value).</summary>
    public const string CampaignJsonInvalidValue = "HX0303";

    /// <summary>The calendar options given to dependency injection were refused.</summary>
    public const string InvalidOptions = "HX0304";

    /// <summary>A month or milestone that the campaign does not have was asked for.</summary>
    public const string NotInCampaign = "HX0305";
}
