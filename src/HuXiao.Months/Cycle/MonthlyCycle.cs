using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Months;

/// <summary>
/// One month of the campaign as one model, built once from the month's forms (<see cref="CreateBuilder"/>): every
/// expected unit's <see cref="FilingStatus"/> (<see cref="Units"/>), the roll-up of the units whose figures are
/// usable (<see cref="RollUp"/>) and how much of the expected units it covers (<see cref="Coverage"/>), each form's
/// consistency findings (<see cref="UnitFiling.Validation"/>), and compliance for the parent — stated only where it
/// holds whatever the missing units hold — and for each unit on its own. The roll-up workbook, the briefing and the
/// <c>huxiao</c> tool all read the month from here, so they agree on every unit. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, new YearMonth(2017, 5), asOf: new LocalDate(2017, 6, 5))
///     .WithUnits(UnitHierarchy.Zhengzhou2017)
///     .Add(Submission.FromReadResult(json.Read(bytes), "410102-2017-05.json"))
///     .Build();
/// foreach (var unit in month.Units) Console.WriteLine($"{unit.Unit.Name}: {unit.Status.ToWireName()}");
/// Console.WriteLine(month.Compliance.Find("guards-on-every-campus")!.Message); // cannot tell while units are missing
/// </code>
/// </example>
public sealed class MonthlyCycle
{
    private readonly Dictionary<string, UnitFiling> _byCode;
    private readonly Dictionary<string, ComplianceResult> _unitCompliance;

    internal MonthlyCycle(
        Campaign campaign,
        RuleSet validation,
        ComplianceChecker checker,
        UnitHierarchy hierarchy,
        YearMonth period,
        LocalDate asOf,
        ReportingPeriod? due,
        IReadOnlyList<UnitFiling> units,
        IReadOnlyList<Submission> unattributed,
        IRollUpResult rollUp,
        UnitCoverage coverage,
        ComplianceResult compliance,
        IReadOnlyList<ComplianceResult> unitCompliance)
    {
        Campaign = campaign;
        Validation = validation;
        Checker = checker;
        Hierarchy = hierarchy;
        Period = period;
        AsOf = asOf;
        Due = due;
        Units = units;
        Unattributed = unattributed;
        RollUp = rollUp;
        Coverage = coverage;
        Compliance = compliance;
        UnitCompliance = unitCompliance;
        Tally = FilingTally.Of(units);
        Scorecard = Scorecard.Create(unitCompliance);
        _byCode = units.ToDictionary(u => u.Unit.Code, StringComparer.Ordinal);
        _unitCompliance = unitCompliance.ToDictionary(r => r.Subject.Code, StringComparer.Ordinal);
    }

    /// <summary>The campaign: its reporting months and due dates.</summary>
    public Campaign Campaign { get; }

    /// <summary>The consistency rules the forms were checked with; their schema is the month's form.</summary>
    public RuleSet Validation { get; }

    /// <summary>The compliance checker the month was judged with: its catalogue names the rules behind <see cref="Compliance"/>.</summary>
    public ComplianceChecker Checker { get; }

    /// <summary>The unit the month's forms are filed to, whose total the roll-up is (for example 410100 郑州市).</summary>
    public OrganisationUnit Parent => RollUp.Report.Unit;

    /// <summary>The parent and the units below it; the units with none below them are the ones expected to file.</summary>
    public UnitHierarchy Hierarchy { get; }

    /// <summary>The month the forms report on.</summary>
    public YearMonth Period { get; }

    /// <summary>The date the month is judged at: not yet due, compliance deadlines.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The month's reporting period with its due date, or <see langword="null"/> when the month is not a reporting month of the campaign (then no unit is said to be late or on time).</summary>
    public ReportingPeriod? Due { get; }

    /// <summary>
    /// Every expected unit's filing, in the unit list's order, then the unexpected units that sent a form, in code
    /// order. Every expected unit appears exactly once.
    /// </summary>
    public IReadOnlyList<UnitFiling> Units { get; }

    /// <summary>How many units stand where.</summary>
    public FilingTally Tally { get; }

    /// <summary>
    /// Forms the month could not give to one of its units: refused forms whose unit could not be read, and refused
    /// forms that name another month. Listed so that nothing sent is lost from view.
    /// </summary>
    public IReadOnlyList<Submission> Unattributed { get; }

    /// <summary>
    /// The parent's roll-up over the unit list, from the forms of the units whose figures are combined
    /// (<see cref="FilingStatusNames.IsCombined"/>: filed, late and filed with errors), one revision per unit.
    /// </summary>
    public IRollUpResult RollUp { get; }

    /// <summary>Which of the expected units' figures went into <see cref="RollUp"/>, and which did not (missing or refused).</summary>
    public UnitCoverage Coverage { get; }

    /// <summary>
    /// The parent's compliance at <see cref="AsOf"/>, over the roll-up with the units' reports for the tighter rate
    /// bounds, and with <see cref="Coverage"/>: met or not-met only where that holds whatever the missing units hold.
    /// </summary>
    public ComplianceResult Compliance { get; }

    /// <summary>Each combined unit's compliance on its own form, in unit-code order: a unit's findings do not depend on the other units.</summary>
    public IReadOnlyList<ComplianceResult> UnitCompliance { get; }

    /// <summary>The combined units ranked by how far behind they are.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>A unit's filing.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>The filing, or <see langword="null"/> for a unit that is neither expected nor sent a form.</returns>
    public UnitFiling? Find(string unitCode) => _byCode.GetValueOrDefault(unitCode);

    /// <summary>A combined unit's own compliance.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>The result, or <see langword="null"/> when the unit's figures are not combined.</returns>
    public ComplianceResult? ComplianceOf(string unitCode) => _unitCompliance.GetValueOrDefault(unitCode);

    /// <summary>Starts a month.</summary>
    /// <param name="campaign">The campaign: the month's due date comes from it.</param>
    /// <param name="period">The month the forms report on.</param>
    /// <param name="asOf">The date the month is judged at.</param>
    /// <returns>A builder; give it the units (<see cref="MonthlyCycleBuilder.WithUnits(UnitHierarchy, OrganisationUnit?)"/>) and the forms.</returns>
    public static MonthlyCycleBuilder CreateBuilder(Campaign campaign, YearMonth period, LocalDate asOf) => new(Preconditions.CheckNotNull(campaign), period, asOf);

    /// <summary>The parent, month and tally on one line.</summary>
    public override string ToString() => $"{Parent} {Period:uuuu-MM} as of {AsOf:uuuu-MM-dd}: {Tally}";
}
