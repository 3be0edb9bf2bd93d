using NodaTime;

namespace HuXiao.Reporting.Validation;

/// <summary>
/// One result of a consistency rule for one report: which rule, how serious, which row and indicators, the
/// values it saw, a message in Chinese and English, and where the input held the first cell involved.
/// <see cref="ToFinding"/> gives it in the one finding shape every HuXiao finding shares. Immutable and thread-safe.
/// </summary>
public sealed record ValidationFinding
{
    private readonly IReadOnlyList<string> _indicators = [];
    private readonly IReadOnlyList<long?> _values = [];

    /// <summary>The rule's stable code, for example <c>urban-plus-rural</c>.</summary>
    public required string RuleCode { get; init; }

    /// <summary>Error or warning.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>The row the rule looked at, or <see langword="null"/> where it spans both.</summary>
    public ReportRow? Row { get; init; }

    /// <summary>The codes of the indicators involved, the one in question first.</summary>
    public required IReadOnlyList<string> Indicators { get => _indicators; init => _indicators = Preconditions.CheckNotNull(value); }

    /// <summary>The values seen, one per entry of <see cref="Indicators"/>; <see langword="null"/> where blank.</summary>
    public required IReadOnlyList<long?> Values { get => _values; init => _values = Preconditions.CheckNotNull(value); }

    /// <summary>What is wrong, in Chinese.</summary>
    public required string Message { get; init; }

    /// <summary>What is wrong, in English.</summary>
    public required string EnglishMessage { get; init; }

    /// <summary>The message in both languages (<see cref="Message"/> and <see cref="EnglishMessage"/>).</summary>
    public BilingualText Text => new(Message, EnglishMessage);

    /// <summary>Where the input held the first cell involved (<c>Sheet!C5</c>, <c>$.total.A05</c>), or <see langword="null"/>.</summary>
    public string? Location { get; init; }

    /// <summary>Whether this finding says a rule was not checked because a cell it needs is blank.</summary>
    public bool IsNotChecked { get; init; }

    /// <summary>The code of the report's unit.</summary>
    public required string UnitCode { get; init; }

    /// <summary>The report's period.</summary>
    public required YearMonth Period { get; init; }

    /// <summary>Returns a copy pointing at another location, for readers that know where cells came from.</summary>
    /// <param name="location">The new location.</param>
    /// <returns>The copy.</returns>
    public ValidationFinding WithLocation(string? location) => this with { Location = location };

    /// <summary>
    /// The finding in the one finding shape: kind <see cref="FindingKind.Validation"/>, the rule's code, its severity,
    /// unit, month, location, indicators and message; <see cref="Finding.Status"/> is <c>not-checked</c> where a
    /// blank cell kept the rule from being checked.
    /// </summary>
    /// <returns>The finding.</returns>
    public Finding ToFinding() => new()
    {
        Kind = FindingKind.Validation,
        Code = RuleCode,
        Severity = Severity,
        Status = IsNotChecked ? "not-checked" : null,
        UnitCode = UnitCode,
        Period = Period,
        Location = Location,
        Indicators = Indicators,
        Message = Text,
    };

    /// <inheritdoc />
    public bool Equals(ValidationFinding? other)
        => other is not null
           && string.Equals(RuleCode, other.RuleCode, StringComparison.Ordinal)
           && Severity == other.Severity
           && Row == other.Row
           && Indicators.SequenceEqual(other.Indicators, StringComparer.Ordinal)
           && Values.SequenceEqual(other.Values)
           && string.Equals(Message, other.Message, StringComparison.Ordinal)
           && string.Equals(EnglishMessage, other.EnglishMessage, StringComparison.Ordinal)
           && string.Equals(Location, other.Location, StringComparison.Ordinal)
           && IsNotChecked == other.IsNotChecked
           && string.Equals(UnitCode, other.UnitCode, StringComparison.Ordinal)
           && Period == other.Period;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleCode, Severity, Row, Message, Location, UnitCode, Period);

    /// <summary>Severity, rule, location and message on one line.</summary>
    public override string ToString()
        => $"{(Severity == FindingSeverity.Error ? "error" : "warning")} {RuleCode}{(Location is null ? string.Empty : " at " + Location)}: {Message}";
}
