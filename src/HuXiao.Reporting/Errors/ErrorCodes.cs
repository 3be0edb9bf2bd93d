namespace HuXiao.Reporting;

/// <summary>
/// The stable codes of the errors the reporting package raises or reports. Codes are never renamed or reused;
/// the docs publish this catalogue.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A schema definition was refused (<see cref="SchemaDefinitionException"/>).</summary>
    public const string SchemaDefinition = "HX0001";

    /// <summary>A report or value does not belong to the schema it is used with.</summary>
    public const string SchemaMismatch = "HX0002";

    /// <summary>Reports of different schemas (or versions) were given to one roll-up.</summary>
    public const string RollUpSchemaMismatch = "HX0101";

    /// <summary>Reports of different periods were given to one roll-up.</summary>
    public const string RollUpPeriodMismatch = "HX0102";

    /// <summary>Two reports from one unit for one period carry the same revision.</summary>
    public const string DuplicateReport = "HX0103";

    /// <summary>A sum, a 合计 chain or a rate went past the range of a 64-bit whole number.</summary>
    public const string ArithmeticOverflow = "HX0104";

    /// <summary>A series of months is not one unit's consecutive months.</summary>
    public const string SeriesMismatch = "HX0105";

    /// <summary>A unit hierarchy was refused: a duplicate code, an unknown parent, or no root.</summary>
    public const string HierarchyDefinition = "HX0106";

    /// <summary>A report has errors and the caller asked for an exception (<see cref="Validation.ValidationResult.ThrowIfInvalid"/>).</summary>
    public const string ReportInvalid = "HX0107";

    /// <summary>An output file was refused: it is one of the inputs, or it cannot be written (<see cref="AtomicFile"/>).</summary>
    public const string OutputRefused = "HX0108";

    /// <summary>The input is not well-formed JSON.</summary>
    public const string JsonMalformed = "HX0201";

    /// <summary>A required JSON field (<c>schema</c>, <c>unit</c>, <c>period</c>) is missing or empty.</summary>
    public const string JsonMissingField = "HX0202";

    /// <summary>A JSON field has the wrong type (text where a number is expected, and the like).</summary>
    public const string JsonWrongType = "HX0203";

    /// <summary>An indicator code that the schema does not define.</summary>
    public const string UnknownIndicator = "HX0204";

    /// <summary>A value with a fraction where a whole number is expected.</summary>
    public const string NotWholeNumber = "HX0205";

    /// <summary>A whole number outside the 64-bit signed range.</summary>
    public const string NumberOutOfRange = "HX0206";

    /// <summary>A schema id or version that the reader does not know.</summary>
    public const string UnknownSchema = "HX0207";

    /// <summary>A period or date that is not of the form <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public const string BadDate = "HX0208";

    /// <summary>A key that appears twice in one JSON object.</summary>
    public const string DuplicateKey = "HX0209";

    /// <summary>An input over the reader's size or depth limits.</summary>
    public const string InputTooLarge = "HX0210";

    /// <summary>A field value that is out of its allowed range, such as a revision below 1.</summary>
    public const string InvalidValue = "HX0211";
}
