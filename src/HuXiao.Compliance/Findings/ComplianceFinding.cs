using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// What one rule concludes for one subject (a unit's report or register) at an as-of date: a status and the
/// evidence for it — rule, clause, due date, the indicators and values read, the figures computed (rates and
/// bounds, shortfalls), the campuses concerned, and a message in Chinese and English. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Everything the CLI's <c>check</c> JSON needs is here: <see cref="RuleCode"/> (<c>rule</c>),
/// <see cref="Status"/> (<c>status</c>, via <see cref="ComplianceStatusNames.ToWireName"/>), <see cref="Due"/>
/// (<c>due</c>), <see cref="IndicatorCodes"/> (<c>indicators</c>), <see cref="Message"/> (<c>message</c>),
/// <see cref="Source"/> (<c>source</c>) and, on rate rules only, <see cref="Lower"/> and <see cref="Upper"/>.
/// </remarks>
public sealed record ComplianceFinding
{
    /// <summary>The rule's stable id, for example <c>closed-management</c>.</summary>
    public required string RuleCode { get; init; }

    /// <summary>The rule's title in Chinese.</summary>
    public required string Title { get; init; }

    /// <summary>The rule's title in English.</summary>
    public required string EnglishTitle { get; init; }

    /// <summary>The source clause, for example <c>二(一)5</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The conclusion.</summary>
    public required ComplianceStatus Status { get; init; }

    /// <summary>Why, where the figures alone do not say (data predates the deadline, a blank cell, …).</summary>
    public FindingReason Reason { get; init; }

    /// <summary>The date the judgement is made at.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The due date judged against, or <see langword="null"/> for a rule without one.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>The unit the data belongs to (the report's unit or the register's).</summary>
    public required OrganisationUnit Subject { get; init; }

    /// <summary>The month the data covers (a register: the month of its record date).</summary>
    public required YearMonth Period { get; init; }

    /// <summary>The last day the data describes: the end of the report's month, or the register's record date.</summary>
    public required LocalDate DataDate { get; init; }

    /// <summary>The indicators read and their 合计 (blank as <see langword="null"/>), in the order the rule reads them.</summary>
    public IReadOnlyList<IndicatorValue> Indicators { get; init; } = [];

    /// <summary>Figures the rule computed, such as <c>shortfall</c> or <c>required-guards</c>.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    /// <summary>A rate's bounds, target and basis; <see langword="null"/> on rules that are not rates (or where a rate cannot be formed).</summary>
    public RateBounds? Bounds { get; init; }

    /// <summary>
    /// How many campuses the subject is short of the target by, where the rule measures that (deadline targets
    /// and register rules); <see langword="null"/> where unknown. The scorecard ranks by its sum.
    /// </summary>
    public long? Shortfall { get; init; }

    /// <summary>For register rules: the campuses that are not met or cannot be told, in register order.</summary>
    public IReadOnlyList<CampusJudgement> Campuses { get; init; } = [];

    /// <summary>
    /// On a total over units (a roll-up), how many of the units it should cover went into it and which did not;
    /// <see langword="null"/> on a unit's own data, or where the units behind a total are not known. When partial, the
    /// figures, bounds and <see cref="Shortfall"/> are those of the units that reported, and the status holds
    /// whatever the missing units hold (see <see cref="MissingUnitsLaw"/>).
    /// </summary>
    public UnitCoverage? Coverage { get; init; }

    /// <summary>What was found, in Chinese.</summary>
    public required string Message { get; init; }

    /// <summary>What was found, in English.</summary>
    public required string EnglishMessage { get; init; }

    /// <summary>The codes of <see cref="Indicators"/>.</summary>
    public IReadOnlyList<string> IndicatorCodes => Indicators.Select(i => i.Code).ToArray();

    /// <summary>The title in both languages (<see cref="Title"/> and <see cref="EnglishTitle"/>).</summary>
    public BilingualText TitleText => new(Title, EnglishTitle);

    /// <summary>What was found in both languages (<see cref="Message"/> and <see cref="EnglishMessage"/>).</summary>
    public BilingualText Text => new(Message, EnglishMessage);

    /// <summary>
    /// The finding in the one finding shape: kind <see cref="FindingKind.Compliance"/>, the rule's code, a severity
    /// (<see cref="ComplianceStatus.NotMet"/> an error, <see cref="ComplianceStatus.CannotTell"/> a warning, the rest
    /// information), the status's wire name, the subject's code, the month, the indicators read, the clause
    /// (<see cref="Source"/>) and the message; located, when a locator is given, at the 合计 cell of the first indicator
    /// read (the rules read 合计).
    /// </summary>
    /// <param name="locator">Where the report's cells were in its input (a workbook's, <c>JsonPathLocator.Instance</c>), if known.</param>
    /// <returns>The finding.</returns>
    public Finding ToFinding(IReportLocator? locator = null) => new()
    {
        Kind = FindingKind.Compliance,
        Code = RuleCode,
        Severity = Status switch
        {
            ComplianceStatus.NotMet => FindingSeverity.Error,
            ComplianceStatus.CannotTell => FindingSeverity.Warning,
            _ => FindingSeverity.Information,
        },
        Status = Status.ToWireName(),
        UnitCode = Subject.Code,
        Period = Period,
        Indicators = IndicatorCodes,
        Location = Indicators.Count > 0 ? locator?.Locate(Indicators[0].Code, ReportRow.Total) : null,
        Clause = Source,
        Message = Text,
    };

    /// <summary>The lower bound as a double for display, on rate rules; otherwise <see langword="null"/>.</summary>
    public double? Lower => Bounds?.LowerValue;

    /// <summary>The upper bound as a double for display, on rate rules; otherwise <see langword="null"/>.</summary>
    public double? Upper => Bounds?.UpperValue;

    /// <summary>A computed figure by name.</summary>
    /// <param name="name">The figure's name, for example <c>shortfall</c>.</param>
    /// <returns>The value, or <see langword="null"/> when the finding has no such figure.</returns>
    public long? Figure(string name) => Figures.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))?.Value;

    /// <summary>A value read, by indicator code.</summary>
    /// <param name="code">The indicator code.</param>
    /// <returns>The value, or <see langword="null"/> when blank or not read.</returns>
    public long? Value(string code) => Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal))?.Value;

    /// <summary>Rule, status, due date and English message on one line.</summary>
    public override string ToString() => $"{RuleCode} {Status.ToWireName()} (due {Dates.Iso(Due)}, {Source}): {EnglishMessage}";
}
