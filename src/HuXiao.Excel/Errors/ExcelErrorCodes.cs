namespace HuXiao.Excel;

/// <summary>
/// The stable codes of the errors and problems the Excel package raises or reports, in the range HX04xx.
/// Codes are never renamed or reused; the docs publish this catalogue beside <see cref="HuXiao.Reporting.ErrorCodes"/>.
/// </summary>
public static class ExcelErrorCodes
{
    /// <summary>The file is not an .xlsx workbook, or is damaged (not a zip, a zip without a workbook, broken XML).</summary>
    public const string NotAWorkbook = "HX0401";

    /// <summary>A legacy binary workbook (Excel 97–2003 <c>.xls</c>, WPS <c>.et</c>): it must be saved as <c>.xlsx</c>.</summary>
    public const string LegacyFormat = "HX0402";

    /// <summary>A password-encrypted workbook: it must be saved without a password to open.</summary>
    public const string Encrypted = "HX0403";

    /// <summary>The file is over a limit of <see cref="ExcelReadLimits"/>: file size, part count, or size once unzipped.</summary>
    public const string TooLarge = "HX0404";

    /// <summary>A macro-enabled workbook (<c>.xlsm</c>): it must be saved as a plain <c>.xlsx</c>.</summary>
    public const string MacroEnabled = "HX0405";

    /// <summary>The workbook holds no form of a known schema (or the named sheet holds none).</summary>
    public const string NoForm = "HX0406";

    /// <summary>The workbook holds more than one form and the caller named no sheet.</summary>
    public const string AmbiguousForm = "HX0407";

    /// <summary>The sheet the caller named is not in the workbook.</summary>
    public const string SheetNotFound = "HX0408";

    /// <summary>The workbook records a form of another schema or version than the reader knows.</summary>
    public const string OtherSchema = "HX0409";

    /// <summary>The workbook records no reporting unit (a blank template) and the caller supplied none.</summary>
    public const string MissingUnit = "HX0410";

    /// <summary>The workbook records no period (a blank template) and the caller supplied none.</summary>
    public const string MissingPeriod = "HX0411";

    /// <summary>A value recorded in the workbook's properties (period, revision, schema version) is malformed.</summary>
    public const string BadMetadata = "HX0412";

    /// <summary>A table of the form, or its 新增 or 合计 row, was not found on the sheet.</summary>
    public const string TableNotFound = "HX0413";

    /// <summary>A column heading does not match the form: the column cannot be trusted to hold its indicator.</summary>
    public const string HeaderMismatch = "HX0414";

    /// <summary>A cell holds text (or a date, or a true/false value) where a whole number is expected.</summary>
    public const string NotANumber = "HX0415";

    /// <summary>A cell holds a number with a fraction where a whole number is expected.</summary>
    public const string NotWholeNumber = "HX0416";

    /// <summary>A negative number where none is allowed (anywhere but a stock's 新增).</summary>
    public const string NegativeNotAllowed = "HX0417";

    /// <summary>A whole number outside the 64-bit range, or too large for a spreadsheet to hold exactly.</summary>
    public const string NumberOutOfRange = "HX0418";

    /// <summary>A formula that evaluates to an error, refers to another workbook, or cannot be evaluated.</summary>
    public const string FormulaError = "HX0419";

    /// <summary>A date (the filing date, a case's date) that cannot be read.</summary>
    public const string BadDate = "HX0420";

    /// <summary>A case detail names an indicator code that the form does not have.</summary>
    public const string UnknownIndicator = "HX0421";
}
