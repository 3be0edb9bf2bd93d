namespace HuXiao.Reporting;

/// <summary>
/// The stable codes of the problems found in a campaign definition document (<see cref="DefinitionProblem"/>).
/// Codes are never renamed or reused; the docs publish this catalogue.
/// </summary>
public static class CampaignErrorCodes
{
    /// <summary>The document is not well-formed JSON, or not a JSON object.</summary>
    public const string Malformed = "HX0601";

    /// <summary>A key is missing, has the wrong type, or holds a value outside its set (an unknown kind, a bad date).</summary>
    public const string InvalidValue = "HX0602";

    /// <summary>A rule, target or milestone names an indicator code the form does not define.</summary>
    public const string UnknownIndicator = "HX0603";

    /// <summary>Two items of one list (tables, indicators, rules, targets, milestones) carry the same id or code.</summary>
    public const string DuplicateId = "HX0604";

    /// <summary>A target or milestone falls due outside the campaign's span, or names a phase or semester it does not have.</summary>
    public const string DueOutsideCampaign = "HX0605";

    /// <summary>The unit hierarchy is refused: a unit code twice, a unit without code or name.</summary>
    public const string UnitDefinition = "HX0606";

    /// <summary>The form has no table, or a table has no indicator.</summary>
    public const string EmptyForm = "HX0607";

    /// <summary>A milestone names a target the definition does not have.</summary>
    public const string UnknownTarget = "HX0608";
}
