namespace HuXiao.Excel;

/// <summary>
/// The stable codes of the errors and problems the Excel package raises or reports, in the range HX04xx.
/// Codes are never renamed or reused; the docs publish this catalogue beside <see cref="HuXiao.Reporting.ErrorCodes"/>.
/// </summary>
public static class ExcelErrorCodes
{
    /// <summary>The file is not an .xlsx workbook, or is damaged (not a zip, a zip without a workbook, broken XML).</summary>
    public const string NotAWorkbook = "HX0401";

    /// <summary>A binary workbook (Excel 97–2003 <c>.xls</c>, WPS <c>.et</c>, Excel Binary <c>.xlsb</c>): it must be saved as <c>.xlsx</c>.</summary>
    public const string LegacyFormat = "HX0402";

    /// <summary>A password-encrypted workbook: it must be saved without a password to open.</summary>
    public const string Encrypted = "HX0403";

    /// <summary>The file is over a limit of <see cref="ExcelReadLimits"/>: file size, part count, or size once unzipped.</summary>
    public const string TooLarge = "HX0404";

    /// <summary>A macro-enabled workbook (<c>.xlsm</c>): it must be saved as a plain <c>.xlsx</c>.</summary>
    public const string MacroEnabled = "HX0405";

    /// <summary>The workbook holds no form of a known schema (or the named sheet holds none).</summary>
    public const string NoForm = "HX0406";

    /// <summary>The form is found more than once (stacked or side by side on one sheet, or on several sheets) and the caller named no sheet, or the named sheet holds it twice; the message names every place.</summary>
    public const string AmbiguousForm = "HX0407";

    /// <summary>The sheet the caller named is not in the workbook.</summary>
    public const string SheetNotFound = "HX0408";

    /// <summary>The workbook records a form of another schema or version than the reader knows.</summary>
    public const string OtherSchema = "HX0409";

    /// <summary>
    /// Whose form it is cannot be told: the workbook's properties name no unit (a blank template, or properties
    /// dropped by another program), the printed 填表单位 is blank or missing, and the caller declared none. The
    /// message says which of these was lost.
    /// </summary>
    public const string MissingUnit = "HX0410";

    /// <summary>The month cannot be told: neither the workbook's properties nor the printed 统计月份 give it, and the caller declared none.</summary>
    public const string MissingPeriod = "HX0411";

    /// <summary>A value recorded in the workbook's properties (period, revision, schema version) is malformed.</summary>
    public const string BadMetadata = "HX0412";

    /// <summary>
    /// A table of the form, or its 新增 or 合计 row, was not found on the sheet, or a row between a table's units row
    /// and the next table holds values under a label that is neither 新增 nor 合计 (nor an accepted variant), or a
    /// table has two 新增 or two 合计 rows. Located at the label cell.
    /// </summary>
    public const string TableNotFound = "HX0413";

    /// <summary>A column heading does not match the form: the column cannot be trusted to hold its indicator.</summary>
    public const string HeaderMismatch = "HX0414";

    /// <summary>
    /// A cell holds text (or a date, a true/false value, an error value such as <c>#N/A</c>, or digits split by
    /// spaces or line breaks that are not a thousands grouping) where a whole number is expected.
    /// </summary>
    public const string NotANumber = "HX0415";

    /// <summary>A cell holds a number with a fraction where a whole number is expected.</summary>
    public const string NotWholeNumber = "HX0416";

    /// <summary>A negative number where none is allowed (anywhere but a stock's 新增).</summary>
    public const string NegativeNotAllowed = "HX0417";

    /// <summary>A whole number outside the 64-bit range, or too large for a spreadsheet to hold exactly.</summary>
    public const string NumberOutOfRange = "HX0418";

    /// <summary>
    /// A formula whose stored result cannot be taken as what the clerk sees: no stored result, an error or text
    /// result, a workbook set to be recalculated when opened, a reference to another workbook, a function whose
    /// result changes on every opening (TODAY, NOW, RAND…), a circular reference, or a stored result that disagrees
    /// with what the formula gives over the cells' stored values.
    /// </summary>
    public const string FormulaError = "HX0419";

    /// <summary>A date (the filing date, a case's date) or the printed month (统计月份) that cannot be read.</summary>
    public const string BadDate = "HX0420";

    /// <summary>A case detail names an indicator code that the form does not have.</summary>
    public const string UnknownIndicator = "HX0421";

    /// <summary>
    /// Two sources disagree on whose form it is or which month it reports on: the printed header (填表单位,
    /// 统计月份), the workbook's properties, and what the caller declared. The message names both values and where
    /// they are.
    /// </summary>
    public const string IdentityConflict = "HX0422";

    /// <summary>The printed 填表单位 names no unit of the unit list in use, or several; the message lists the close names.</summary>
    public const string UnknownUnit = "HX0423";

    /// <summary>
    /// A number whose cell format shows something else than that whole number: a percent, a fraction, scientific
    /// notation, a scaled number, nothing at all, text instead of the number, or a negative number without its sign.
    /// </summary>
    public const string NumberFormatMismatch = "HX0424";
}
