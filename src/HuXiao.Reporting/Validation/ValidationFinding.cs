using NodaTime;

namespace HuXiao.Reporting.Validation;

/// <summary>
/// One result of a consistency rule for one report: which rule, how serious, which row and indicators, the
/// values it saw, a message in Chinese (and English), and where the input held the first cell involved.
/// Immutable and thread-safe.
/// </summary>
public sealed class ValidationFinding
{
    /// <summary>Creates a finding; rules normally create them through <see cref="RuleContext"/>.</summary>
    /// <param name="ruleCode">The rule's stable code.</param>
    /// <param name="severity">Error or warning.</param>
    /// <param name="row">The row the rule looked at, or <see langword="null"/> where it spans both.</param>
    /// <param name="indicators">The codes of the indicators involved, the one in question first.</param>
    /// <param name="values">The values seen, one per indicator (<see langword="null"/> for blank).</param>
    /// <param name="message">The message in Chinese.</param>
    /// <param name="englishMessage">The message in English.</param>
    /// <param name="location">Where the input held the first cell involved, if it had one.</param>
    /// <param name="isNotChecked">Whether the rule could not be checked (a cell was blank).</param>
    /// <param name="unitCode">The code of the report's unit.</param>
    /// <param name="period">The report's period.</param>
    public ValidationFinding(
        string ruleCode,
        FindingSeverity severity,
        ReportRow? row,
        IReadOnlyList<string> indicators,
        IReadOnlyList<long?> values,
        string message,
        string englishMessage,
        string? location,
        bool isNotChecked,
        string unitCode,
        YearMonth period)
    {
        RuleCode = ruleCode;
        Severity = severity;
        Row = row;
        Indicators = indicators;
        Values = values;
        Message = message;
        EnglishMessage = englishMessage;
        Location = location;
        IsNotChecked = isNotChecked;
        UnitCode = unitCode;
        Period = period;
    }

    /// <summary>The rule's stable code, for example <c>urban-plus-rural</c>.</summary>
    public string RuleCode { get; }

    /// <summary>Error or warning.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The row the rule looked at, or <see langword="null"/> where it spans both.</summary>
    public ReportRow? Row { get; }

    /// <summary>The codes of the indicators involved, the one in question first.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>The values seen, one per entry of <see cref="Indicators"/>; <see langword="null"/> where blank.</summary>
    public IReadOnlyList<long?> Values { get; }

    /// <summary>What is wrong, in Chinese.</summary>
    public string Message { get; }

    /// <summary>What is wrong, in English.</summary>
    public string EnglishMessage { get; }

    /// <summary>Where the input held the first cell involved (<c>Sheet!C5</c>, <c>$.total.A05</c>), or <see langword="null"/>.</summary>
    public string? Location { get; }

    /// <summary>Whether this finding says a rule was not checked because a cell it needs is blank.</summary>
    public bool IsNotChecked { get; }

    /// <summary>The code of the report's unit.</summary>
    public string UnitCode { get; }

    /// <summary>The report's period.</summary>
    public YearMonth Period { get; }

    /// <summary>Returns a copy pointing at another location, for readers that know where cells came from.</summary>
    /// <param name="location">The new location.</param>
    public ValidationFinding WithLocation(string? location)
        => new(RuleCode, Severity, Row, Indicators, Values, Message, EnglishMessage, location, IsNotChecked, UnitCode, Period);

    /// <summary>Severity, rule, location and message on one line.</summary>
    public override string ToString()
        => $"{(Severity == FindingSeverity.Error ? "error" : "warning")} {RuleCode}{(Location is null ? string.Empty : " at " + Location)}: {Message}";
}
