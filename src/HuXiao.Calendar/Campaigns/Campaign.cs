using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// A 护校安园 campaign: its span, phases, milestones, recurring and event-driven obligations, semesters and monthly
/// reporting rule, and — when its definition gives them — its form with the consistency rules (<see cref="Form"/>),
/// its compliance targets (<see cref="Targets"/>) and its reporting units (<see cref="Units"/>). Immutable and
/// thread-safe, with value equality (two campaigns with the same definition are equal, however they were made). Ask
/// date questions through <see cref="CampaignCalendar"/>.
/// </summary>
/// <remarks>
/// The built-in campaign is <see cref="Zhengzhou2017"/>. Define another with <see cref="CreateBuilder"/>, change one
/// with <see cref="ToBuilder"/>, or load one with <see cref="CampaignJson.Parse(string, ReportSchema?)"/>.
/// </remarks>
public sealed class Campaign : IEquatable<Campaign>
{
    internal Campaign(
        string id,
        BilingualText title,
        string? source,
        DateTimeZone timeZone,
        DateInterval span,
        PeriodRange reportingMonths,
        MonthlyReportRule monthlyReport,
        MonthToSemesterRule monthToSemester,
        string? reportSchemaId,
        IReadOnlyList<Phase> phases,
        IReadOnlyList<Semester> semesters,
        IReadOnlyList<Milestone> milestones,
        IReadOnlyList<MilestoneSpec> milestoneSpecs,
        IReadOnlyList<RecurringObligation> obligations,
        IReadOnlyList<EventObligation> eventObligations,
        ReportSchema? form,
        UnitHierarchy? units,
        IReadOnlyList<CampaignTarget> targets)
    {
        Targets = targets;
        Form = form;
        Units = units;
        Id = id;
        Title = title;
        Source = source;
        TimeZone = timeZone;
        Span = span;
        ReportingMonths = reportingMonths;
        MonthlyReport = monthlyReport;
        MonthToSemester = monthToSemester;
        ReportSchemaId = reportSchemaId;
        Phases = phases;
        Semesters = semesters;
        Milestones = milestones;
        MilestoneSpecs = milestoneSpecs;
        Obligations = obligations;
        EventObligations = eventObligations;
        ReportingPeriods = Array.AsReadOnly(reportingMonths.Select(m => new ReportingPeriod(m, monthlyReport, timeZone)).ToArray());
    }

    /// <summary>
    /// The built-in campaign <c>zhengzhou-2017</c> (郑公通〔2017〕66号): 2017-04-18 to 2018-01-31, three phases
    /// (January 2018 in none), 15 milestones, four recurring obligations, one event-driven obligation (major cases and
    /// important information reported at once, 四(三)), monthly reports for 2017-04..2018-01 due on or before the 1st
    /// of the next month, and the default semesters of <see cref="SemesterDefaults"/> (assumptions).
    /// </summary>
    public static Campaign Zhengzhou2017 => Zhengzhou2017Campaign.Instance;

    /// <summary>The ids of the built-in campaigns.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } = [Zhengzhou2017Campaign.Id];

    /// <summary>Looks a built-in campaign up by id.</summary>
    /// <param name="id">A campaign id, such as <c>zhengzhou-2017</c>.</param>
    /// <param name="campaign">The campaign, when found.</param>
    /// <returns>Whether a built-in campaign has that id.</returns>
    public static bool TryGetBuiltIn(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Campaign? campaign)
    {
        campaign = string.Equals(id, Zhengzhou2017Campaign.Id, StringComparison.Ordinal) ? Zhengzhou2017 : null;
        return campaign is not null;
    }

    /// <summary>Starts the definition of a campaign.</summary>
    /// <param name="id">A stable id such as <c>zhengzhou-2018</c> (lower-case letters, digits, '-').</param>
    /// <param name="title">The campaign's title.</param>
    /// <exception cref="ArgumentException">The id is malformed or the title missing.</exception>
    public static CampaignBuilder CreateBuilder(string id, BilingualText title) => new(id, title);

    /// <summary>The campaign id, such as <c>zhengzhou-2017</c>.</summary>
    public string Id { get; }

    /// <summary>The campaign's title.</summary>
    public BilingualText Title { get; }

    /// <summary>The source document, such as <c>郑公通〔2017〕66号</c>; null when not given.</summary>
    public string? Source { get; }

    /// <summary>The time zone every date of the campaign is local to (Asia/Shanghai by default).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The first and last day of the campaign, both inclusive.</summary>
    public DateInterval Span { get; }

    /// <summary>The months that have a monthly report (2017-04..2018-01 for the 2017 campaign).</summary>
    public PeriodRange ReportingMonths { get; }

    /// <summary>Every reporting period with its due date, in month order.</summary>
    public IReadOnlyList<ReportingPeriod> ReportingPeriods { get; }

    /// <summary>When the monthly report is due, and how its wording is read.</summary>
    public MonthlyReportRule MonthlyReport { get; }

    /// <summary>Which semester a month belongs to (by default, the one in which it ends).</summary>
    public MonthToSemesterRule MonthToSemester { get; }

    /// <summary>The id of the report schema whose indicator codes the milestones use, such as <c>zhengzhou-2017</c>; null when none.</summary>
    public string? ReportSchemaId { get; }

    /// <summary>The phases in date order. Some days of the span may lie in no phase.</summary>
    public IReadOnlyList<Phase> Phases { get; }

    /// <summary>The configured semesters in date order.</summary>
    public IReadOnlyList<Semester> Semesters { get; }

    /// <summary>The milestones in due-date order (ties keep their definition order).</summary>
    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>The recurring obligations in definition order.</summary>
    public IReadOnlyList<RecurringObligation> Obligations { get; }

    /// <summary>The duties events set off (report at once when something happens), in definition order; they have no dates.</summary>
    public IReadOnlyList<EventObligation> EventObligations { get; }

    internal IReadOnlyList<MilestoneSpec> MilestoneSpecs { get; }

    /// <summary>
    /// The monthly form the campaign's reports are filed on, with its consistency rules (the definition's
    /// <c>"form"</c>); null when the campaign names its form by <see cref="ReportSchemaId"/> only.
    /// </summary>
    public ReportSchema? Form { get; }

    /// <summary>
    /// The reporting hierarchy (the definition's <c>"units"</c>): the units expected to file each month. Null when
    /// the definition gives none; the caller then says which units are expected.
    /// </summary>
    public UnitHierarchy? Units { get; }

    /// <summary>
    /// The compliance targets (the definition's <c>"targets"</c>), in the document's order, each with its due date
    /// resolved. HuXiao.Compliance judges them (<c>RuleCatalogue.For(campaign)</c>).
    /// </summary>
    public IReadOnlyList<CampaignTarget> Targets { get; }

    /// <summary>Whether a date lies in the campaign's span.</summary>
    /// <param name="date">A date.</param>
    public bool Contains(LocalDate date) => Span.Contains(date);

    /// <summary>The phase a date lies in, or null when it lies in none (before or after the campaign, or in a gap such as January 2018).</summary>
    /// <param name="date">A date.</param>
    public Phase? PhaseOn(LocalDate date)
    {
        foreach (var phase in Phases)
        {
            if (phase.Contains(date))
            {
                return phase;
            }
        }

        return null;
    }

    /// <summary>The milestone with an id.</summary>
    /// <param name="id">A milestone id.</param>
    /// <exception cref="KeyNotFoundException">The campaign has no milestone with that id.</exception>
    public Milestone GetMilestone(string id)
        => Milestones.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal))
           ?? throw new KeyNotFoundException($"Campaign '{Id}' has no milestone '{id}'. Its milestones are: {string.Join(", ", Milestones.Select(m => m.Id))}.");

    /// <summary>The reporting period of a month, with its due date.</summary>
    /// <param name="month">A month of <see cref="ReportingMonths"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The month has no report in this campaign.</exception>
    public ReportingPeriod GetReportingPeriod(YearMonth month)
        => ReportingMonths.Contains(month)
            ? ReportingPeriods[((month.Year - ReportingMonths.Start.Year) * 12) + month.Month - ReportingMonths.Start.Month]
            : throw new ArgumentOutOfRangeException(nameof(month), month, $"{month:uuuu-MM} has no report in campaign '{Id}': its reporting months are {ReportingMonths}.");

    /// <summary>A builder that starts from this campaign, to change part of it.</summary>
    public CampaignBuilder ToBuilder() => CampaignBuilder.From(this);

    /// <summary>
    /// The same campaign with other semesters. Milestones due at the end of a semester move with it; the builder's
    /// checks apply (for example, a milestone's semester must still exist).
    /// </summary>
    /// <param name="semesters">The semesters, such as the official dates once known.</param>
    /// <exception cref="CampaignDefinitionException">The semesters overlap, repeat an id, or drop one a milestone needs.</exception>
    public Campaign WithSemesters(IEnumerable<Semester> semesters)
    {
        Preconditions.CheckNotNull(semesters);
        return ToBuilder().ClearSemesters().AddSemesters(semesters).Build();
    }

    /// <summary>The same campaign with another reading of the monthly due date.</summary>
    /// <param name="reading">Inclusive (on or before the 1st) or exclusive.</param>
    public Campaign WithDueDateReading(DueDateReading reading)
        => ToBuilder().WithMonthlyReport(MonthlyReport.WithReading(reading)).Build();

    /// <summary>The same campaign with another month-to-semester rule.</summary>
    /// <param name="rule">The rule.</param>
    public Campaign WithMonthToSemester(MonthToSemesterRule rule) => ToBuilder().WithMonthToSemester(rule).Build();

    /// <inheritdoc />
    public bool Equals(Campaign? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (string.Equals(Id, other.Id, StringComparison.Ordinal)
                   && Title.Equals(other.Title)
                   && string.Equals(Source, other.Source, StringComparison.Ordinal)
                   && string.Equals(TimeZone.Id, other.TimeZone.Id, StringComparison.Ordinal)
                   && Span.Equals(other.Span)
                   && ReportingMonths == other.ReportingMonths
                   && MonthlyReport.Equals(other.MonthlyReport)
                   && MonthToSemester == other.MonthToSemester
                   && string.Equals(ReportSchemaId, other.ReportSchemaId, StringComparison.Ordinal)
                   && Sequences.Equal(Phases, other.Phases)
                   && Sequences.Equal(Semesters, other.Semesters)
                   && Sequences.Equal(Milestones, other.Milestones)
                   && Sequences.Equal(Obligations, other.Obligations)
                   && Sequences.Equal(EventObligations, other.EventObligations)
                   && Sequences.Equal(Targets, other.Targets)
                   && SameForm(Form, other.Form)
                   && SameUnits(Units, other.Units)));

    /// <summary>Two forms are the same when they define the same indicators and rules: the same definition document.</summary>
    private static bool SameForm(ReportSchema? a, ReportSchema? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || !string.Equals(CampaignFormWriter.WriteForm(a), CampaignFormWriter.WriteForm(b), StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return string.Equals(CampaignFormWriter.WriteConsistencyRules(a), CampaignFormWriter.WriteConsistencyRules(b), StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false; // A rule defined in code is the same only as itself (the reference check above).
        }
    }

    private static bool SameUnits(UnitHierarchy? a, UnitHierarchy? b)
        => ReferenceEquals(a, b)
           || (a is not null && b is not null && string.Equals(UnitHierarchyJson.Write(a), UnitHierarchyJson.Write(b), StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Campaign);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Span, Sequences.Hash(Milestones));

    /// <summary>The campaign as <c>zhengzhou-2017 2017-04-18..2018-01-31</c>.</summary>
    public override string ToString() => $"{Id} {Span.Start:uuuu-MM-dd}..{Span.End:uuuu-MM-dd}";
}
