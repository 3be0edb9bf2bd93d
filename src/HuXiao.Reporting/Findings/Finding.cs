using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// The one shape every finding of HuXiao takes, whatever produced it: a problem reading an input
/// (<see cref="InputProblem.ToFinding"/>), a problem of a campaign definition (<see cref="DefinitionProblem.ToFinding"/>),
/// a consistency finding (<see cref="Validation.ValidationFinding.ToFinding"/>), a compliance finding
/// (<c>ComplianceFinding.ToFinding</c>), and the rows of the roll-up workbook's findings sheet. Each says what
/// (<see cref="Code"/>), how serious (<see cref="Severity"/>), whose and which month (<see cref="UnitCode"/>,
/// <see cref="Period"/>), where (<see cref="Location"/>) and what is wrong in both languages (<see cref="Message"/>).
/// Immutable and thread-safe, with value equality.
/// </summary>
public sealed record Finding
{
    private readonly string _code = null!;
    private readonly BilingualText _message = null!;
    private readonly IReadOnlyList<string> _indicators = [];

    /// <summary>What produced it.</summary>
    public required FindingKind Kind { get; init; }

    /// <summary>
    /// The stable code: the rule's code for a consistency or compliance finding (<c>urban-plus-rural</c>,
    /// <c>closed-management</c>), the HX code for a problem of an input or definition (<c>HX0205</c>).
    /// </summary>
    public required string Code { get => _code; init => _code = Preconditions.CheckNotBlank(value, nameof(Code)); }

    /// <summary>How serious it is.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>
    /// The status in its source's own words, where it has one beyond the severity: a compliance status's wire name
    /// (<c>met</c>, <c>not-met</c>, <c>cannot-tell</c>, …), <c>not-checked</c> for a consistency rule a blank cell kept
    /// from being checked; otherwise <see langword="null"/>.
    /// </summary>
    public string? Status { get; init; }

    /// <summary>The code of the unit it is about, or <see langword="null"/> where that is not known (a form whose unit cannot be told).</summary>
    public string? UnitCode { get; init; }

    /// <summary>The month it is about, or <see langword="null"/> where that is not known.</summary>
    public YearMonth? Period { get; init; }

    /// <summary>Where: <c>Sheet!C9</c>, a JSON path such as <c>$.total.A05</c>, a file; <see langword="null"/> for the input or subject as a whole.</summary>
    public string? Location { get; init; }

    /// <summary>The codes of the indicators involved, the one in question first; empty when none.</summary>
    public IReadOnlyList<string> Indicators { get => _indicators; init => _indicators = Preconditions.CheckNotNull(value, nameof(Indicators)).ToArray(); }

    /// <summary>The clause of the plan the rule rests on (<c>二(一)5</c>), where it cites one.</summary>
    public string? Clause { get; init; }

    /// <summary>What is wrong (or what was found) and how to fix it, Chinese first, then English.</summary>
    public required BilingualText Message { get => _message; init => _message = Preconditions.CheckNotNull(value, nameof(Message)); }

    /// <inheritdoc />
    public bool Equals(Finding? other)
        => other is not null
           && Kind == other.Kind
           && string.Equals(Code, other.Code, StringComparison.Ordinal)
           && Severity == other.Severity
           && string.Equals(Status, other.Status, StringComparison.Ordinal)
           && string.Equals(UnitCode, other.UnitCode, StringComparison.Ordinal)
           && Period == other.Period
           && string.Equals(Location, other.Location, StringComparison.Ordinal)
           && Indicators.SequenceEqual(other.Indicators, StringComparer.Ordinal)
           && string.Equals(Clause, other.Clause, StringComparison.Ordinal)
           && Message.Equals(other.Message);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Code, Severity, UnitCode, Period, Location, Message);

    /// <summary>Severity, code, unit, month, location and both messages on one line.</summary>
    public override string ToString()
        => $"{Severity.ToWireName()} {Code}{(UnitCode is null ? string.Empty : " " + UnitCode)}{(Period is { } p ? " " + p.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}{(Location is null ? string.Empty : " at " + Location)}: {Message.Chinese} {Message.English}";
}
