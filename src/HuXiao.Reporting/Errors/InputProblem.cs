namespace HuXiao.Reporting;

/// <summary>
/// Something wrong in an input (a JSON document, a workbook): a stable code, where it is, what was found and
/// what was expected. Readers return these as data and report all of them at once. Immutable.
/// </summary>
/// <param name="Code">A stable code from <see cref="ErrorCodes"/> (or a reader's own catalogue).</param>
/// <param name="Location">Where: a JSON path such as <c>$.total.A05</c>, or <c>Sheet!C5</c>; <see langword="null"/> for the input as a whole.</param>
/// <param name="Message">What is wrong and how to fix it, in Chinese.</param>
/// <param name="EnglishMessage">The same in English.</param>
/// <param name="IndicatorCode">The indicator concerned, if any.</param>
public sealed record InputProblem(string Code, string? Location, string Message, string EnglishMessage, string? IndicatorCode = null)
{
    /// <summary>Code, location and English message on one line.</summary>
    public override string ToString() => $"{Code}{(Location is null ? string.Empty : " at " + Location)}: {EnglishMessage}";
}
