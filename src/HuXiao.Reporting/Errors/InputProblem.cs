using NodaTime;

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
    /// <summary>Creates a problem from its message in both languages.</summary>
    /// <param name="code">A stable code from <see cref="ErrorCodes"/> (or a reader's own catalogue).</param>
    /// <param name="location">Where, or <see langword="null"/> for the input as a whole.</param>
    /// <param name="text">What is wrong and how to fix it, Chinese and English.</param>
    /// <param name="indicatorCode">The indicator concerned, if any.</param>
    public InputProblem(string code, string? location, BilingualText text, string? indicatorCode = null)
        : this(code, location, Preconditions.CheckNotNull(text).Chinese, text.English, indicatorCode)
    {
    }

    /// <summary>The message in both languages (<see cref="Message"/> and <see cref="EnglishMessage"/>).</summary>
    public BilingualText Text => new(Message, EnglishMessage);

    /// <summary>The problem in the one finding shape: an error of kind <see cref="FindingKind.Input"/>.</summary>
    /// <param name="unitCode">Whose input it was, where known.</param>
    /// <param name="period">The month the input was for, where known.</param>
    /// <returns>The finding.</returns>
    public Finding ToFinding(string? unitCode = null, YearMonth? period = null) => new()
    {
        Kind = FindingKind.Input,
        Code = Code,
        Severity = FindingSeverity.Error,
        UnitCode = unitCode,
        Period = period,
        Location = Location,
        Indicators = IndicatorCode is null ? [] : [IndicatorCode],
        Message = Text,
    };

    /// <summary>Code, location and English message on one line.</summary>
    public override string ToString() => $"{Code}{(Location is null ? string.Empty : " at " + Location)}: {EnglishMessage}";
}
