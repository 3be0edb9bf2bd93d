using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Months;

/// <summary>
/// Builds a <see cref="MonthlyCycle"/>: the units expected to file (a hierarchy, or a parent and a list), the
/// month's forms as they came (<see cref="Submission"/>: read or refused, with when they were received), and
/// optionally last month's forms (for the 合计 chain), the consistency rules and the compliance checker. Not
/// thread-safe; the month it builds is.
/// </summary>
public sealed class MonthlyCycleBuilder
{
    private readonly Campaign _campaign;
    private readonly YearMonth _period;
    private readonly LocalDate _asOf;
    private readonly List<Submission> _submissions = [];
    private readonly List<MonthlyReport> _previous = [];
    private UnitHierarchy? _hierarchy;
    private RuleSet? _validation;
    private ComplianceChecker? _checker;

    internal MonthlyCycleBuilder(Campaign campaign, YearMonth period, LocalDate asOf)
    {
        _campaign = campaign;
        _period = period;
        _asOf = asOf;
    }

    /// <summary>
    /// The units: a hierarchy whose units with nothing below them are expected to file, rolled up level by level to
    /// the parent.
    /// </summary>
    /// <param name="hierarchy">The units, for example <see cref="UnitHierarchy.Zhengzhou2017"/>.</param>
    /// <param name="parent">
    /// The unit the month is for: a unit of the hierarchy (its code decides; the name given is the one the roll-up
    /// carries, such as 郑州市 for 郑州市公安局); by default the hierarchy's root.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The parent is not in the hierarchy, or has no unit below it.</exception>
    public MonthlyCycleBuilder WithUnits(UnitHierarchy hierarchy, OrganisationUnit? parent = null)
    {
        Preconditions.CheckNotNull(hierarchy);
        var root = parent ?? hierarchy.Root;
        if (!hierarchy.Contains(root.Code))
        {
            throw new ArgumentException($"Unit {root} is not in the unit list under {hierarchy.Root}; give a unit of the list as the parent, or a list that holds it.", nameof(parent));
        }

        if (hierarchy.IsLeaf(root.Code))
        {
            throw new ArgumentException($"Unit {root} has no unit below it in the list: nobody is expected to file to it.", nameof(parent));
        }

        var builder = UnitHierarchy.CreateBuilder(root);
        foreach (var unit in hierarchy.DescendantsOf(root.Code))
        {
            builder.Add(unit, hierarchy.ParentOf(unit.Code)!.Code);
        }

        _hierarchy = builder.Build();
        return this;
    }

    /// <summary>The units: a parent and the units expected to file to it.</summary>
    /// <param name="parent">The unit the month is for.</param>
    /// <param name="expectedUnits">The units expected to file; a code given twice counts once.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No unit is expected.</exception>
    /// <exception cref="ReportingException">An expected unit has the parent's code.</exception>
    public MonthlyCycleBuilder WithUnits(OrganisationUnit parent, IEnumerable<OrganisationUnit> expectedUnits)
    {
        Preconditions.CheckNotNull(parent);
        var units = Preconditions.CheckNotNull(expectedUnits).DistinctBy(u => Preconditions.CheckNotNull(u, nameof(expectedUnits)).Code, StringComparer.Ordinal).ToArray();
        if (units.Length == 0)
        {
            throw new ArgumentException("No unit is expected to file: name at least one.", nameof(expectedUnits));
        }

        _hierarchy = UnitHierarchy.CreateBuilder(parent).AddUnderRoot(units).Build();
        return this;
    }

    /// <summary>Adds a form as it came: read or refused.</summary>
    /// <param name="submission">The form.</param>
    /// <returns>This builder.</returns>
    public MonthlyCycleBuilder Add(Submission submission)
    {
        _submissions.Add(Preconditions.CheckNotNull(submission));
        return this;
    }

    /// <summary>Adds forms as they came.</summary>
    /// <param name="submissions">The forms.</param>
    /// <returns>This builder.</returns>
    public MonthlyCycleBuilder AddRange(IEnumerable<Submission> submissions)
    {
        foreach (var submission in Preconditions.CheckNotNull(submissions))
        {
            Add(submission);
        }

        return this;
    }

    /// <summary>Adds reports already read, with no received date (lateness is judged on the date on each form).</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>This builder.</returns>
    public MonthlyCycleBuilder AddReports(IEnumerable<MonthlyReport> reports)
    {
        foreach (var report in Preconditions.CheckNotNull(reports))
        {
            Add(Submission.Of(report));
        }

        return this;
    }

    /// <summary>The units' forms of the month before, to check the 合计 chain (合计 = last month's 合计 + 新增); several revisions per unit are allowed.</summary>
    /// <param name="reports">The forms, all of the month before.</param>
    /// <returns>This builder.</returns>
    public MonthlyCycleBuilder WithPreviousMonth(IEnumerable<MonthlyReport> reports)
    {
        _previous.AddRange(Preconditions.CheckNotNull(reports));
        return this;
    }

    /// <summary>
    /// The consistency rules the forms are checked with; by default the campaign's form's (<see cref="Campaign.Form"/>).
    /// Its schema is the form every report must be on.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <returns>This builder.</returns>
    public MonthlyCycleBuilder WithValidation(RuleSet rules)
    {
        _validation = Preconditions.CheckNotNull(rules);
        return this;
    }

    /// <summary>The compliance checker; by default one judging the campaign's targets (<see cref="RuleCatalogue.For(Campaign)"/>).</summary>
    /// <param name="checker">The checker.</param>
    /// <returns>This builder.</returns>
    public MonthlyCycleBuilder WithChecker(ComplianceChecker checker)
    {
        _checker = Preconditions.CheckNotNull(checker);
        return this;
    }

    /// <summary>Builds the month: statuses, roll-up, validation and compliance, each once.</summary>
    /// <returns>The month.</returns>
    /// <exception cref="InvalidOperationException">
    /// No units were given and the campaign defines none, or no rules were given and the campaign has no form.
    /// </exception>
    /// <exception cref="ReportingException">
    /// A form that was read is of another schema (<see cref="ErrorCodes.RollUpSchemaMismatch"/>) or month
    /// (<see cref="ErrorCodes.RollUpPeriodMismatch"/>), or one unit sent two forms with the same revision
    /// (<see cref="ErrorCodes.DuplicateReport"/>); a form of last month is not of the month before.
    /// </exception>
    /// <exception cref="ReportOverflowException">A sum went past the 64-bit range.</exception>
    /// <exception cref="ComplianceException">A compliance sum went past the 64-bit range, or a campaign target cannot be judged.</exception>
    public MonthlyCycle Build()
    {
        var hierarchy = _hierarchy ?? (_campaign.Units is { } campaignUnits ? WithUnits(campaignUnits)._hierarchy! : null) ?? throw new InvalidOperationException($"Campaign '{_campaign.Id}' defines no units: say which units are expected to file with WithUnits(hierarchy) or WithUnits(parent, units).");
        var validation = _validation ?? (_campaign.Form is { } form
            ? RuleSet.For(form)
            : throw new InvalidOperationException($"Campaign '{_campaign.Id}' has no form: give the consistency rules (and so the form) with WithValidation(rules)."));
        var checker = _checker ?? new ComplianceChecker(RuleCatalogue.For(_campaign));
        var schema = validation.Schema;
        var due = _campaign.ReportingMonths.Contains(_period) ? _campaign.GetReportingPeriod(_period) : null;
        var expected = hierarchy.Leaves.ToArray();
        var expectedCodes = expected.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);

        // Whose form each one is; a refused form of another month, or of no known unit, belongs to none.
        var byUnit = new Dictionary<string, List<Submission>>(StringComparer.Ordinal);
        var unattributed = new List<Submission>();
        foreach (var submission in _submissions)
        {
            if (submission.Unit is not { } unit || (submission.Report is null && submission.Period is { } period && period != _period))
            {
                unattributed.Add(submission);
                continue;
            }

            if (!byUnit.TryGetValue(unit.Code, out var list))
            {
                byUnit[unit.Code] = list = [];
            }

            list.Add(submission);
        }

        var submissionOf = new Dictionary<MonthlyReport, Submission>(ReferenceEqualityComparer.Instance);
        foreach (var submission in _submissions.Where(s => s.Succeeded))
        {
            submissionOf[submission.Report!] = submission;
        }

        // The roll-up of the expected units' forms that were read; the roll-up picks each unit's highest revision.
        var tree = ReportRollUp.RollUp(hierarchy, schema, _period, byUnit.Where(p => expectedCodes.Contains(p.Key)).SelectMany(p => p.Value).Where(s => s.Succeeded).Select(s => s.Report!));
        var rollUp = tree.Root;
        var used = tree.Results.Values.SelectMany(r => r.Used).Where(r => expectedCodes.Contains(r.Unit.Code)).ToDictionary(r => r.Unit.Code, StringComparer.Ordinal);

        // Units outside the list: their highest revision too, kept out of the total.
        var outside = byUnit.Keys.Where(c => !expectedCodes.Contains(c)).Order(StringComparer.Ordinal).ToArray();
        var outsideUsed = ReportRollUp.Combine(schema, rollUp.Report.Unit, _period, outside.SelectMany(c => byUnit[c]).Where(s => s.Succeeded).Select(s => s.Report!))
            .Used.ToDictionary(r => r.Unit.Code, StringComparer.Ordinal);

        var previous = _previous.Count == 0
            ? new Dictionary<string, MonthlyReport>(StringComparer.Ordinal)
            : ReportRollUp.Combine(schema, rollUp.Report.Unit, _period.PlusMonths(-1), _previous).Used.ToDictionary(r => r.Unit.Code, StringComparer.Ordinal);

        var units = new List<UnitFiling>(expected.Length + outside.Length);
        foreach (var unit in expected)
        {
            units.Add(Filing(unit, byUnit.GetValueOrDefault(unit.Code) ?? [], used, isExpected: true));
        }

        foreach (var code in outside)
        {
            var sent = byUnit[code];
            var unit = outsideUsed.TryGetValue(code, out var report) ? report.Unit : sent[^1].Unit!;
            units.Add(Filing(unit, sent, outsideUsed, isExpected: false));
        }

        var coverage = UnitCoverage.Of(expected.Select(u => u.Code), used.Keys);
        var compliance = checker.Check(rollUp.Report, _asOf, rollUp.Used, coverage);
        var unitCompliance = used.Values.OrderBy(r => r.Unit.Code, StringComparer.Ordinal).Select(r => checker.Check(r, _asOf)).ToArray();
        return new MonthlyCycle(_campaign, validation, checker, hierarchy, _period, _asOf, due, units, unattributed, rollUp, coverage, compliance, unitCompliance);

        UnitFiling Filing(OrganisationUnit unit, List<Submission> sent, Dictionary<string, MonthlyReport> chosen, bool isExpected)
        {
            if (chosen.TryGetValue(unit.Code, out var report))
            {
                var submission = submissionOf[report];
                var findings = validation.Validate(report, previous.GetValueOrDefault(unit.Code), submission.Locator);
                return FilingPolicy.Read(unit, submission, sent.Where(s => !ReferenceEquals(s, submission)).ToArray(), findings, due, isExpected);
            }

            return sent.Count > 0 ? FilingPolicy.Refused(unit, sent, due, isExpected) : FilingPolicy.Missing(unit, due, _asOf);
        }
    }
}
