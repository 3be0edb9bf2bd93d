using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// Judges reports and registers with the switched-on rules of a <see cref="RuleCatalogue"/>, at an as-of date
/// given as an argument (there is no ambient clock). Immutable and thread-safe: share one instance.
/// </summary>
public sealed class ComplianceChecker
{
    /// <summary>Creates a checker.</summary>
    /// <param name="catalogue">The rules; by default <see cref="RuleCatalogue.CreateDefault"/>.</param>
    public ComplianceChecker(RuleCatalogue? catalogue = null)
    {
        Catalogue = catalogue ?? RuleCatalogue.CreateDefault();
    }

    /// <summary>The rules this checker judges with.</summary>
    public RuleCatalogue Catalogue { get; }

    /// <summary>Judges one report with every switched-on report rule.</summary>
    /// <param name="report">The report, a unit's own or an aggregate.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="unitReports">
    /// The reports of the units the report combines, if at hand: they give tighter rate bounds, and a cell some of
    /// them left blank is treated as blank.
    /// </param>
    /// <exception cref="ComplianceException">
    /// <see cref="ComplianceErrorCodes.UnitReportsMismatch"/>: the units' reports are of another form or period, or
    /// do not sum to the report; <see cref="ComplianceErrorCodes.ArithmeticOverflow"/>: a sum went past the 64-bit range.
    /// </exception>
    public ComplianceResult Check(MonthlyReport report, LocalDate asOf, IEnumerable<MonthlyReport>? unitReports = null)
    {
        var context = new ReportCheckContext(Preconditions.CheckNotNull(report), asOf, unitReports);
        var findings = Run<IReportRule>(r => r.Judge(context), null);
        return new ComplianceResult(report.Unit, report.Period, asOf, findings);
    }

    /// <summary>
    /// Judges a total over units that may lack some of them. With every unit in, as
    /// <see cref="Check(MonthlyReport, LocalDate, IEnumerable{MonthlyReport})"/>; with units missing, a finding says
    /// met or not-met only where that holds whatever the missing units hold (each rule's
    /// <see cref="ComplianceRule.WhenUnitsMissing"/>), and cannot-tell ("partial: N of M units") otherwise. Every
    /// finding carries the <paramref name="coverage"/>.
    /// </summary>
    /// <param name="report">The total, summed over the units that reported.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="unitReports">The reports of the units that reported, if at hand (tighter rate bounds).</param>
    /// <param name="coverage">Which of the units the total should cover went into it.</param>
    /// <exception cref="ComplianceException">As <see cref="Check(MonthlyReport, LocalDate, IEnumerable{MonthlyReport})"/>.</exception>
    public ComplianceResult Check(MonthlyReport report, LocalDate asOf, IEnumerable<MonthlyReport>? unitReports, UnitCoverage coverage)
    {
        Preconditions.CheckNotNull(coverage);
        var context = new ReportCheckContext(Preconditions.CheckNotNull(report), asOf, unitReports);
        var findings = Run<IReportRule>(r => r.Judge(context), coverage);
        return new ComplianceResult(report.Unit, report.Period, asOf, findings);
    }

    /// <summary>
    /// Judges a roll-up's combined report, with the units' reports it used (<see cref="IRollUpResult.Used"/>) and its
    /// coverage (<see cref="UnitCoverage.Of(IRollUpResult)"/>): a roll-up that lacks expected units is judged as
    /// <see cref="Check(MonthlyReport, LocalDate, IEnumerable{MonthlyReport}, UnitCoverage)"/> does.
    /// </summary>
    /// <param name="rollUp">The roll-up.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <exception cref="ComplianceException">As <see cref="Check(MonthlyReport, LocalDate, IEnumerable{MonthlyReport})"/>.</exception>
    public ComplianceResult Check(IRollUpResult rollUp, LocalDate asOf)
        => Check(Preconditions.CheckNotNull(rollUp).Report, asOf, rollUp.Used, UnitCoverage.Of(rollUp));

    /// <summary>Judges each unit's own report in a roll-up: the scorecard's input.</summary>
    /// <param name="rollUp">The roll-up.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <returns>One result per unit that reported, in unit-code order.</returns>
    public IReadOnlyList<ComplianceResult> CheckUnits(IRollUpResult rollUp, LocalDate asOf)
        => Preconditions.CheckNotNull(rollUp).Used.Select(r => Check(r, asOf)).ToArray();

    /// <summary>Judges a campus register with every switched-on register rule.</summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.ArithmeticOverflow"/>: a sum went past the 64-bit range.</exception>
    public ComplianceResult Check(CampusRegister register, LocalDate asOf)
    {
        var context = new RegisterCheckContext(Preconditions.CheckNotNull(register), asOf);
        var findings = Run<IRegisterRule>(r => r.Judge(context), null);
        return new ComplianceResult(register.Unit, register.Period, asOf, findings);
    }

    /// <summary>
    /// Judges a register of a parent unit that lacks some of its units' campuses: as
    /// <see cref="Check(CampusRegister, LocalDate)"/>, then each finding restated for the coverage as
    /// <see cref="Check(MonthlyReport, LocalDate, IEnumerable{MonthlyReport}, UnitCoverage)"/> does.
    /// </summary>
    /// <param name="register">The register, of the campuses of the units that sent theirs.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="coverage">Which of the units the register should cover are in it.</param>
    /// <exception cref="ComplianceException">As <see cref="Check(CampusRegister, LocalDate)"/>.</exception>
    public ComplianceResult Check(CampusRegister register, LocalDate asOf, UnitCoverage coverage)
    {
        Preconditions.CheckNotNull(coverage);
        var context = new RegisterCheckContext(Preconditions.CheckNotNull(register), asOf);
        var findings = Run<IRegisterRule>(r => r.Judge(context), coverage);
        return new ComplianceResult(register.Unit, register.Period, asOf, findings);
    }

    private List<ComplianceFinding> Run<TRule>(Func<TRule, ComplianceFinding> judge, UnitCoverage? coverage)
        where TRule : class
    {
        var findings = new List<ComplianceFinding>();
        foreach (var rule in Catalogue.EnabledRules)
        {
            if (rule is not TRule typed)
            {
                continue;
            }

            try
            {
                var finding = judge(typed);
                findings.Add(coverage is null ? finding : PartialVerdict.Apply(rule, finding, coverage));
            }
            catch (OverflowException e)
            {
                throw new ComplianceException(ComplianceErrorCodes.ArithmeticOverflow, $"Rule '{rule.Id}' went past the 64-bit range while summing; the data holds figures too large to be counts.", e);
            }
        }

        return findings;
    }
}
