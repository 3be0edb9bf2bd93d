using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// Defines a campaign: another year's or city's plan of the same kind. Collects the parts, then
/// <see cref="Build"/> checks them all at once and makes an immutable <see cref="Campaign"/>. A builder is not
/// thread-safe; the campaign it builds is.
/// </summary>
/// <example>
/// <code>
/// var campaign = Campaign.CreateBuilder("example-2018", new BilingualText("2018年护校安园", "School safety 2018"))
///     .WithSpan(new LocalDate(2018, 3, 1), new LocalDate(2018, 12, 31))
///     .AddPhase(new Phase(1, new BilingualText("动员部署", "Mobilise"), new DateInterval(new LocalDate(2018, 3, 1), new LocalDate(2018, 3, 31)), "3月"))
///     .AddMilestone("gate", new BilingualText("门卫制度", "Gate rules"), new BilingualText("健全门卫制度", "Gate rules in place"),
///         "二(一)2", new BilingualText("所有学校", "All schools"), MilestoneDue.On(new LocalDate(2018, 3, 31)))
///     .Build();
/// </code>
/// </example>
public sealed class CampaignBuilder
{
    /// <summary>The time zone used when none is given.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    private readonly string _id;
    private readonly BilingualText _title;
    private readonly List<Phase> _phases = [];
    private readonly List<Semester> _semesters = [];
    private readonly List<MilestoneSpec> _milestones = [];
    private readonly List<RecurringObligation> _obligations = [];
    private readonly List<EventObligation> _eventObligations = [];
    private string? _source;
    private DateTimeZone _timeZone = DateTimeZoneProviders.Tzdb[DefaultTimeZoneId];
    private DateInterval? _span;
    private PeriodRange? _reportingMonths;
    private MonthlyReportRule _monthlyReport = MonthlyReportRule.Zhengzhou2017;
    private MonthToSemesterRule _monthToSemester = MonthToSemesterRule.SemesterInWhichMonthEnds;
    private string? _reportSchemaId;
    private ReportSchema? _reportSchema;
    private UnitHierarchy? _units;
    private readonly List<CampaignTarget> _targets = [];

    internal CampaignBuilder(string id, BilingualText title)
    {
        _id = Ids.Check(id, nameof(id));
        _title = Preconditions.CheckNotNull(title);
    }

    internal static CampaignBuilder From(Campaign campaign)
    {
        var builder = new CampaignBuilder(campaign.Id, campaign.Title)
        {
            _source = campaign.Source,
            _timeZone = campaign.TimeZone,
            _span = campaign.Span,
            _reportingMonths = campaign.ReportingMonths,
            _monthlyReport = campaign.MonthlyReport,
            _monthToSemester = campaign.MonthToSemester,
            _reportSchemaId = campaign.ReportSchemaId,
            _reportSchema = campaign.Form,
            _units = campaign.Units,
        };
        builder._phases.AddRange(campaign.Phases);
        builder._semesters.AddRange(campaign.Semesters);
        builder._milestones.AddRange(campaign.MilestoneSpecs);
        builder._obligations.AddRange(campaign.Obligations);
        builder._eventObligations.AddRange(campaign.EventObligations);
        builder._targets.AddRange(campaign.Targets);
        return builder;
    }

    /// <summary>Names the source document, such as <c>郑公通〔2017〕66号</c>.</summary>
    /// <param name="source">The document number or title; null to clear.</param>
    public CampaignBuilder WithSource(string? source)
    {
        _source = string.IsNullOrWhiteSpace(source) ? null : source;
        return this;
    }

    /// <summary>Sets the time zone every date is local to (default Asia/Shanghai).</summary>
    /// <param name="timeZone">The zone.</param>
    public CampaignBuilder WithTimeZone(DateTimeZone timeZone)
    {
        _timeZone = Preconditions.CheckNotNull(timeZone);
        return this;
    }

    /// <summary>Sets the time zone by its IANA (tzdb) id, such as <c>Asia/Shanghai</c>.</summary>
    /// <param name="tzdbId">An IANA time-zone id.</param>
    /// <exception cref="ArgumentException">The id is not a known IANA zone.</exception>
    public CampaignBuilder WithTimeZone(string tzdbId)
    {
        Preconditions.CheckNotBlank(tzdbId);
        _timeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(tzdbId)
                    ?? throw new ArgumentException($"'{tzdbId}' is not an IANA time-zone id known to NodaTime's tzdb; use one such as 'Asia/Shanghai'.", nameof(tzdbId));
        return this;
    }

    /// <summary>Sets the first and last day of the campaign (both inclusive). Required.</summary>
    /// <param name="start">The first day, such as the day the plan was issued.</param>
    /// <param name="end">The last day (自即日起至2018年1月底 ends on 2018-01-31).</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public CampaignBuilder WithSpan(LocalDate start, LocalDate end)
    {
        Preconditions.CheckArgument(start <= end, nameof(end), $"The campaign ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).");
        _span = new DateInterval(start, end);
        return this;
    }

    /// <summary>Sets the months that have a monthly report. By default, every month the span touches.</summary>
    /// <param name="months">The reporting months; must lie within the span's months.</param>
    public CampaignBuilder WithReportingMonths(PeriodRange months)
    {
        _reportingMonths = months;
        return this;
    }

    /// <summary>Sets when the monthly report is due (default: <see cref="MonthlyReportRule.Zhengzhou2017"/>).</summary>
    /// <param name="rule">The rule.</param>
    public CampaignBuilder WithMonthlyReport(MonthlyReportRule rule)
    {
        _monthlyReport = Preconditions.CheckNotNull(rule);
        return this;
    }

    /// <summary>Sets which semester a month belongs to (default: the one in which it ends).</summary>
    /// <param name="rule">The rule.</param>
    public CampaignBuilder WithMonthToSemester(MonthToSemesterRule rule)
    {
        Preconditions.CheckArgument(Enum.IsDefined(rule), nameof(rule), $"Unknown month-to-semester rule {(int)rule}.");
        _monthToSemester = rule;
        return this;
    }

    /// <summary>Names the report schema whose indicator codes the milestones use, and checks every code against it at build time.</summary>
    /// <param name="schema">The schema, such as <see cref="ReportSchema.Zhengzhou2017"/>.</param>
    public CampaignBuilder WithReportSchema(ReportSchema schema)
    {
        _reportSchema = Preconditions.CheckNotNull(schema);
        _reportSchemaId = schema.Id;
        return this;
    }

    /// <summary>Names the report schema by id only; indicator codes are then checked for shape (such as <c>A08</c>) but not looked up.</summary>
    /// <param name="schemaId">The schema id; null for none.</param>
    public CampaignBuilder WithReportSchemaId(string? schemaId)
    {
        _reportSchemaId = string.IsNullOrWhiteSpace(schemaId) ? null : schemaId;
        _reportSchema = null;
        return this;
    }

    /// <summary>Sets the reporting hierarchy: the units expected to file each month (<see cref="Campaign.Units"/>).</summary>
    /// <param name="units">The hierarchy, such as <see cref="UnitHierarchy.Zhengzhou2017"/>; null for none.</param>
    public CampaignBuilder WithUnits(UnitHierarchy? units)
    {
        _units = units;
        return this;
    }

    /// <summary>Adds a compliance target; its due rule is resolved, and checked to fall in the span, at build time.</summary>
    /// <param name="target">The target.</param>
    public CampaignBuilder AddTarget(CampaignTarget target)
    {
        _targets.Add(Preconditions.CheckNotNull(target));
        return this;
    }

    /// <summary>Names the targets that judge a milestone already added (<see cref="Milestone.Targets"/>); checked at build time.</summary>
    /// <param name="id">The milestone id.</param>
    /// <param name="targetIds">The ids of the campaign's targets.</param>
    /// <exception cref="KeyNotFoundException">No milestone has that id.</exception>
    public CampaignBuilder SetMilestoneTargets(string id, IEnumerable<string> targetIds)
    {
        var ids = Preconditions.CheckNotNull(targetIds).ToArray();
        var index = _milestones.FindIndex(m => string.Equals(m.Id, id, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new KeyNotFoundException($"Campaign '{_id}' has no milestone '{id}' to change. Its milestones are: {string.Join(", ", _milestones.Select(m => m.Id))}.");
        }

        _milestones[index] = _milestones[index] with { Targets = Array.AsReadOnly(ids) };
        return this;
    }

    /// <summary>Adds a phase. Phases must lie in the span, must not overlap, and must be numbered in date order.</summary>
    /// <param name="phase">The phase.</param>
    public CampaignBuilder AddPhase(Phase phase)
    {
        _phases.Add(Preconditions.CheckNotNull(phase));
        return this;
    }

    /// <summary>Adds a semester. Semesters must not overlap; they may begin before the campaign.</summary>
    /// <param name="semester">The semester.</param>
    public CampaignBuilder AddSemester(Semester semester)
    {
        _semesters.Add(Preconditions.CheckNotNull(semester));
        return this;
    }

    /// <summary>Adds semesters.</summary>
    /// <param name="semesters">The semesters.</param>
    public CampaignBuilder AddSemesters(IEnumerable<Semester> semesters)
    {
        foreach (var semester in Preconditions.CheckNotNull(semesters))
        {
            AddSemester(semester);
        }

        return this;
    }

    /// <summary>Removes every semester (to replace them).</summary>
    public CampaignBuilder ClearSemesters()
    {
        _semesters.Clear();
        return this;
    }

    /// <summary>Adds a milestone.</summary>
    /// <param name="id">A stable id, unique in the campaign; it makes the iCalendar UID, so never change it once published.</param>
    /// <param name="title">A short title, the calendar event's summary.</param>
    /// <param name="requirement">What must be true by the due date.</param>
    /// <param name="clause">The clause of the source, such as <c>二(一)5</c>.</param>
    /// <param name="scope">Who must achieve it.</param>
    /// <param name="due">The due-date rule.</param>
    /// <param name="indicators">The indicator codes it concerns; none by default.</param>
    /// <param name="indicatorCondition">The condition on those indicators, such as <c>A08 = A01</c>; optional.</param>
    /// <exception cref="ArgumentException">An argument is missing or malformed.</exception>
    public CampaignBuilder AddMilestone(
        string id,
        BilingualText title,
        BilingualText requirement,
        string clause,
        BilingualText scope,
        MilestoneDue due,
        IEnumerable<string>? indicators = null,
        string? indicatorCondition = null)
    {
        var codes = (indicators ?? []).ToArray();
        foreach (var code in codes)
        {
            Preconditions.CheckArgument(Ids.IsIndicatorCode(code), nameof(indicators), $"Milestone '{id}': '{code}' is not an indicator code (a capital letter and two digits, such as A08).");
        }

        _milestones.Add(new MilestoneSpec(
            Ids.Check(id, nameof(id)),
            Preconditions.CheckNotNull(title),
            Preconditions.CheckNotNull(requirement),
            Preconditions.CheckNotBlank(clause),
            Preconditions.CheckNotNull(scope),
            Preconditions.CheckNotNull(due),
            Array.AsReadOnly(codes),
            string.IsNullOrWhiteSpace(indicatorCondition) ? null : indicatorCondition));
        return this;
    }

    /// <summary>Changes the due-date rule of a milestone already added, such as the setting for a target the source gives no date.</summary>
    /// <param name="id">The milestone id.</param>
    /// <param name="due">The new rule.</param>
    /// <exception cref="KeyNotFoundException">No milestone has that id.</exception>
    public CampaignBuilder SetMilestoneDue(string id, MilestoneDue due)
    {
        Preconditions.CheckNotNull(due);
        var index = _milestones.FindIndex(m => string.Equals(m.Id, id, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new KeyNotFoundException($"Campaign '{_id}' has no milestone '{id}' to change. Its milestones are: {string.Join(", ", _milestones.Select(m => m.Id))}.");
        }

        _milestones[index] = _milestones[index] with { Due = due };
        return this;
    }

    /// <summary>Adds a recurring obligation.</summary>
    /// <param name="obligation">The obligation.</param>
    public CampaignBuilder AddObligation(RecurringObligation obligation)
    {
        _obligations.Add(Preconditions.CheckNotNull(obligation));
        return this;
    }

    /// <summary>Adds a duty an event sets off, such as reporting a major case at once; its id must differ from every other obligation's.</summary>
    /// <param name="obligation">The obligation.</param>
    public CampaignBuilder AddEventObligation(EventObligation obligation)
    {
        _eventObligations.Add(Preconditions.CheckNotNull(obligation));
        return this;
    }

    /// <summary>Checks the definition and makes the campaign.</summary>
    /// <exception cref="CampaignDefinitionException">The definition is inconsistent; the message lists every problem.</exception>
    public Campaign Build()
    {
        // Each problem is located by the JSON path the same item has in a definition document (items in the order added).
        var problems = new List<DefinitionProblem>();
        if (_span is null)
        {
            throw new CampaignDefinitionException(CalendarErrorCodes.CampaignDefinition, [new DefinitionProblem(CampaignErrorCodes.InvalidValue, "$.span", $"campaign '{_id}' has no span: call WithSpan(start, end).")]);
        }

        var span = _span;
        var spanMonths = new PeriodRange(YearMonth(span.Start), YearMonth(span.End));
        var reportingMonths = _reportingMonths ?? spanMonths;
        if (!spanMonths.Contains(reportingMonths.Start) || !spanMonths.Contains(reportingMonths.End))
        {
            Add(problems, CampaignErrorCodes.InvalidValue, "$.reportingMonths", $"reporting months {reportingMonths} lie outside the months of the span {spanMonths}: narrow them or widen the span.");
        }

        var phases = _phases.OrderBy(p => p.Dates.Start).ToArray();
        CheckPhases(phases, span, problems);
        var semesters = _semesters.OrderBy(s => s.Dates.Start).ToArray();
        CheckSemesters(semesters, problems);
        CheckUnique(_obligations.Select((o, i) => (o.Id, $"$.obligations[{i}].id")).Concat(_eventObligations.Select((o, i) => (o.Id, $"$.eventObligations[{i}].id"))), "obligation", problems);
        CheckUnique(_milestones.Select((m, i) => (m.Id, $"$.milestones[{i}].id")), "milestone", problems);
        CheckUnique(_targets.Select((t, i) => (t.Id, $"$.targets[{i}].id")), "target", problems);

        var milestones = new List<Milestone>(_milestones.Count);
        for (var i = 0; i < _milestones.Count; i++)
        {
            var spec = _milestones[i];
            if (Resolve("milestone '" + spec.Id + "'", $"$.milestones[{i}].due", spec.Due, phases, semesters, problems) is { } dueDate)
            {
                CheckIndicators(spec, $"$.milestones[{i}].indicators", problems);
                var indicators = spec.Indicators.Count > 0 || spec.Targets.Count == 0
                    ? spec.Indicators
                    : Array.AsReadOnly(_targets.Where(t => spec.Targets.Contains(t.Id, StringComparer.Ordinal)).SelectMany(t => t.Indicators).Distinct(StringComparer.Ordinal).ToArray());
                milestones.Add(new Milestone(spec, dueDate, indicators));
            }
        }

        var targets = new List<CampaignTarget>(_targets.Count);
        for (var i = 0; i < _targets.Count; i++)
        {
            var target = _targets[i];
            LocalDate? dueDate = null;
            if (target.Due is { } due)
            {
                dueDate = Resolve("target '" + target.Id + "'", $"$.targets[{i}].due", due, phases, semesters, problems);
                if (dueDate is { } d && !span.Contains(d))
                {
                    Add(problems, CampaignErrorCodes.DueOutsideCampaign, $"$.targets[{i}].due", $"target '{target.Id}' is due {d:uuuu-MM-dd}, outside the campaign {span.Start:uuuu-MM-dd}..{span.End:uuuu-MM-dd}: move it into the span.");
                }
            }

            foreach (var name in _reportSchema is null ? [] : CampaignTarget.IndicatorParameters.Where(n => target.Parameters.TryGetValue(n, out var c) && !_reportSchema.TryGetIndicator(c, out _)))
            {
                var code = target.Parameters[name];
                Add(problems, CampaignErrorCodes.UnknownIndicator, $"$.targets[{i}].{name}", $"target '{target.Id}' names indicator '{code}', which form {_reportSchema!.Id} does not define.");
            }

            targets.Add(target.WithDueDate(dueDate));
        }

        for (var i = 0; i < _milestones.Count; i++)
        {
            var spec = _milestones[i];
            for (var j = 0; j < spec.Targets.Count; j++)
            {
                if (!_targets.Any(x => string.Equals(x.Id, spec.Targets[j], StringComparison.Ordinal)))
                {
                    Add(problems, CampaignErrorCodes.UnknownTarget, $"$.milestones[{i}].targets[{j}]", $"milestone '{spec.Id}' names target '{spec.Targets[j]}', which the campaign does not define.");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new CampaignDefinitionException(CalendarErrorCodes.CampaignDefinition, problems);
        }

        return new Campaign(
            _id,
            _title,
            _source,
            _timeZone,
            span,
            reportingMonths,
            _monthlyReport,
            _monthToSemester,
            _reportSchemaId,
            Array.AsReadOnly(phases),
            Array.AsReadOnly(semesters),
            Array.AsReadOnly(milestones.OrderBy(m => m.DueDate).ToArray()),
            Array.AsReadOnly(_milestones.ToArray()),
            Array.AsReadOnly(_obligations.ToArray()),
            Array.AsReadOnly(_eventObligations.ToArray()),
            _reportSchema,
            _units,
            Array.AsReadOnly(targets.ToArray()));
    }

    private static NodaTime.YearMonth YearMonth(LocalDate date) => new(date.Year, date.Month);

    private void CheckPhases(Phase[] phases, DateInterval span, List<DefinitionProblem> problems)
    {
        CheckUnique(phases.Select((p, i) => (p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"$.phases[{i}].number")), "phase number", problems);
        for (var i = 0; i < phases.Length; i++)
        {
            var phase = phases[i];
            var path = $"$.phases[{i}]";
            if (!span.Contains(phase.Dates.Start) || !span.Contains(phase.Dates.End))
            {
                Add(problems, CampaignErrorCodes.InvalidValue, path, $"phase {phase.Number} ({phase.Dates.Start:uuuu-MM-dd}..{phase.Dates.End:uuuu-MM-dd}) lies outside the span {span.Start:uuuu-MM-dd}..{span.End:uuuu-MM-dd}: clip it to the span.");
            }

            if (i > 0 && phases[i - 1].Dates.End >= phase.Dates.Start)
            {
                Add(problems, CampaignErrorCodes.InvalidValue, path, $"phases {phases[i - 1].Number} and {phase.Number} overlap: a date can be in one phase only.");
            }

            if (i > 0 && phases[i - 1].Number >= phase.Number)
            {
                Add(problems, CampaignErrorCodes.InvalidValue, path + ".number", $"phase {phase.Number} starts after phase {phases[i - 1].Number}: number the phases in date order.");
            }
        }
    }

    private void CheckSemesters(Semester[] semesters, List<DefinitionProblem> problems)
    {
        CheckUnique(semesters.Select((s, i) => (s.Id, $"$.semesters[{i}].id")), "semester", problems);
        for (var i = 1; i < semesters.Length; i++)
        {
            if (semesters[i - 1].Dates.End >= semesters[i].Dates.Start)
            {
                Add(problems, CampaignErrorCodes.InvalidValue, $"$.semesters[{i}]", $"semesters '{semesters[i - 1].Id}' and '{semesters[i].Id}' overlap: a date can be in one semester only.");
            }
        }
    }

    private void CheckUnique(IEnumerable<(string Id, string Path)> ids, string what, List<DefinitionProblem> problems)
    {
        foreach (var group in ids.GroupBy(id => id.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var repeat in group.Skip(1))
            {
                Add(problems, CampaignErrorCodes.DuplicateId, repeat.Path, $"{what} '{group.Key}' is defined {group.Count()} times (first at {group.First().Path}): give each a distinct id.");
            }
        }
    }

    private LocalDate? Resolve(string what, string path, MilestoneDue due, Phase[] phases, Semester[] semesters, List<DefinitionProblem> problems)
    {
        switch (due.Kind)
        {
            case MilestoneDueKind.SemesterEnd:
                var semester = semesters.FirstOrDefault(s => string.Equals(s.Id, due.SemesterId, StringComparison.Ordinal));
                if (semester is null)
                {
                    Add(problems, CampaignErrorCodes.InvalidValue, path + ".semesterEnd", $"{what} is due at the end of semester '{due.SemesterId}', which is not defined: add it or change the due rule. Semesters: {string.Join(", ", semesters.Select(s => s.Id))}.");
                    return null;
                }

                return semester.Dates.End;
            case MilestoneDueKind.PhaseEnd:
                var phase = phases.FirstOrDefault(p => p.Number == due.PhaseNumber);
                if (phase is null)
                {
                    Add(problems, CampaignErrorCodes.InvalidValue, path + ".phaseEnd", $"{what} is due at the end of phase {due.PhaseNumber}, which is not defined.");
                    return null;
                }

                return phase.Dates.End;
            default:
                return due.Date!.Value;
        }
    }

    private void CheckIndicators(MilestoneSpec spec, string path, List<DefinitionProblem> problems)
    {
        if (_reportSchema is null)
        {
            return;
        }

        foreach (var code in spec.Indicators.Where(c => !_reportSchema.TryGetIndicator(c, out _)))
        {
            Add(problems, CampaignErrorCodes.UnknownIndicator, path, $"milestone '{spec.Id}' names indicator '{code}', which form {_reportSchema.Id} does not define (its codes run {_reportSchema[0].Code}–{_reportSchema[_reportSchema.Count - 1].Code}).");
        }
    }

    private void Add(List<DefinitionProblem> problems, string code, string path, string message)
        => problems.Add(new DefinitionProblem(code, path, $"campaign '{_id}': {message}"));
}
