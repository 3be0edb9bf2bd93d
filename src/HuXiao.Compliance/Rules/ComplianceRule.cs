using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// A target or norm as a first-class rule: a stable id, a title in Chinese and English, the source clause, a due
/// date (or none) and inspectable parameters. A rule judges reports when it implements <see cref="IReportRule"/>,
/// registers when it implements <see cref="IRegisterRule"/>, or both. Rules are immutable records: change a
/// parameter with <c>with</c> (or <see cref="RuleCatalogue.Configure{TRule}"/>) and put the copy in a catalogue.
/// Thread-safe.
/// </summary>
/// <remarks>
/// To add a rule of your own, derive a sealed record from this class, implement one or both judging interfaces,
/// and build findings with <see cref="NewFinding"/>; <see cref="Deadline"/> holds the deadline logic the built-in
/// rules share.
/// </remarks>
public abstract record ComplianceRule
{
    // Stryker disable once String : equivalent, the constructor every rule calls sets it through its init accessor before it can be read
    private readonly string _id = string.Empty;
    // Stryker disable once String : equivalent, the constructor every rule calls sets it through its init accessor before it can be read
    private readonly string _title = string.Empty;
    // Stryker disable once String : equivalent, the constructor every rule calls sets it through its init accessor before it can be read
    private readonly string _englishTitle = string.Empty;
    // Stryker disable once String : equivalent, the constructor every rule calls sets it through its init accessor before it can be read
    private readonly string _source = string.Empty;

    /// <summary>Initialises the rule's description.</summary>
    /// <param name="id">A stable kebab-case id, for example <c>closed-management</c>.</param>
    /// <param name="title">The title in Chinese.</param>
    /// <param name="englishTitle">The title in English.</param>
    /// <param name="source">The source clause, for example <c>二(一)5</c>.</param>
    protected ComplianceRule(string id, string title, string englishTitle, string source)
    {
        Id = id;
        Title = title;
        EnglishTitle = englishTitle;
        Source = source;
    }

    /// <summary>The stable id.</summary>
    public string Id { get => _id; init => _id = Preconditions.CheckNotBlank(value, nameof(Id)); }

    /// <summary>The title in Chinese.</summary>
    public string Title { get => _title; init => _title = Preconditions.CheckNotBlank(value, nameof(Title)); }

    /// <summary>The title in English.</summary>
    public string EnglishTitle { get => _englishTitle; init => _englishTitle = Preconditions.CheckNotBlank(value, nameof(EnglishTitle)); }

    /// <summary>
    /// The source clause in 郑公通〔2017〕66号 (or another document for a custom rule), for example <c>二(一)5</c>: section
    /// 二, its numbered part (一), the part's fifth item (五要). <c>前言</c> is the plan's opening paragraph, <c>通知</c> the
    /// notice that issues it, <c>附件</c> the form; <c>四(三)</c> includes the unnumbered paragraph that follows it.
    /// </summary>
    public string Source { get => _source; init => _source = Preconditions.CheckNotBlank(value, nameof(Source)); }

    /// <summary>The date by whose end the target must be reached, or <see langword="null"/> for none (or a recurring one the rule's parameters define).</summary>
    public LocalDate? Due { get; init; }

    /// <summary>Where <see cref="Due"/> comes from: the clause's words, or "setting" and why.</summary>
    public string DueSource { get; init; } = string.Empty;

    /// <summary>The rule's parameters as name, value, description and source, for inspection and the docs table.</summary>
    public virtual IReadOnlyList<RuleParameter> Parameters => [];

    /// <summary>
    /// What the rule's verdict on a total can still say while some of its units are missing; by default nothing
    /// (<see cref="MissingUnitsLaw.NothingHolds"/>: met and not-met become cannot-tell). A rule that every campus
    /// must meet overrides it with <see cref="MissingUnitsLaw.ShortfallHolds"/>.
    /// </summary>
    public virtual MissingUnitsLaw WhenUnitsMissing => MissingUnitsLaw.NothingHolds;

    /// <summary>Whether the rule judges monthly reports (implements <see cref="IReportRule"/>).</summary>
    public bool JudgesReports => this is IReportRule;

    /// <summary>Whether the rule judges campus registers (implements <see cref="IRegisterRule"/>).</summary>
    public bool JudgesRegisters => this is IRegisterRule;

    /// <summary>A finding of this rule for a subject, with the rule's id, titles, clause and due date filled in.</summary>
    /// <param name="context">The subject and as-of date.</param>
    /// <param name="status">The status.</param>
    /// <param name="reason">Why, where the figures alone do not say.</param>
    /// <param name="message">What was found, in Chinese.</param>
    /// <param name="englishMessage">The same in English.</param>
    /// <returns>A finding to complete with <c>with { Indicators = …, Figures = … }</c>.</returns>
    protected ComplianceFinding NewFinding(CheckContext context, ComplianceStatus status, FindingReason reason, string message, string englishMessage)
    {
        Preconditions.CheckNotNull(context);
        return new ComplianceFinding
        {
            RuleCode = Id,
            Title = Title,
            EnglishTitle = EnglishTitle,
            Source = Source,
            Status = status,
            Reason = reason,
            AsOf = context.AsOf,
            Due = Due,
            Subject = context.Subject,
            Period = context.Period,
            DataDate = context.DataDate,
            Message = message,
            EnglishMessage = englishMessage,
        };
    }

    /// <summary>The id and English title.</summary>
    public sealed override string ToString() => $"{Id}: {EnglishTitle}";
}
