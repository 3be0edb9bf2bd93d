using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Compliance.Tests.Properties;

public class ComplianceProperties
{
    private static readonly RuleCatalogue Catalogue = RuleCatalogue.CreateDefault();
    private static readonly LocalDate AfterEveryDeadline = new(2018, 3, 1);

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public bool The_exact_urban_rate_lies_within_the_bounds_of_the_registers_summary_report(AnyRegister any)
    {
        var register = any.Register;
        var finding = TestData.Judge(UrbanTechDefenceRateRule.DefaultId, register.ToReport(), AfterEveryDeadline);
        if (register.UrbanRate() is not { } exact)
        {
            return finding.Status == ComplianceStatus.NotApplicable;
        }

        return finding.Bounds is { } b && b.Lower <= exact && exact <= b.Upper;
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public bool The_register_and_its_summary_report_agree_on_every_deadline_target(AnyRegister any, AnyDate asOf)
    {
        // Where the achieved campuses are among the target's (A0x vs A01), the per-campus and summary judgements agree.
        // A report describes the end of its month, so the register is recorded on its month's last day.
        var period = any.Register.Period;
        var register = new CampusRegister(any.Register.Unit, period.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(period.Year, period.Month)), any.Register.Campuses);
        var checker = new ComplianceChecker(Catalogue);
        var byRegister = checker.Check(register, asOf.Date);
        var byReport = checker.Check(register.ToReport(), asOf.Date);
        return BuiltInRules.DeadlineTargetIds
            .Where(id => ((ReportTargetRule)Catalogue.Get(id)).Target == "A01")
            .All(id => byRegister.Find(id)!.Status == byReport.Find(id)!.Status && byRegister.Find(id)!.Shortfall == byReport.Find(id)!.Shortfall);
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public Property Raising_a_count_toward_its_target_never_turns_met_into_not_met(FilledReport any, AnyDate asOf, PositiveInt raise)
    {
        var report = any.Report;
        var checks = new List<bool>();
        foreach (var rule in Catalogue.Rules.OfType<ReportTargetRule>())
        {
            var before = Judge(rule, report, asOf.Date);
            var raised = report.ToBuilder().SetTotal(rule.Achieved, report.Total(rule.Achieved)!.Value + raise.Get).Build();
            checks.Add(before.Status != ComplianceStatus.Met || Judge(rule, raised, asOf.Date).Status != ComplianceStatus.NotMet);
        }

        // The rate: raising A18 (campuses meeting the standard) raises both bounds.
        var rate = (UrbanTechDefenceRateRule)Catalogue.Get(UrbanTechDefenceRateRule.DefaultId);
        var a18 = Math.Min(report.Total("A18")!.Value + raise.Get, report.Total("A01")!.Value);
        var rateBefore = Judge(rate, report, asOf.Date);
        var rateAfter = Judge(rate, report.ToBuilder().SetTotal("A18", Math.Max(a18, report.Total("A18")!.Value)).Build(), asOf.Date);
        checks.Add(rateBefore.Status != ComplianceStatus.Met || rateAfter.Status != ComplianceStatus.NotMet);
        return checks.All(c => c).Label($"{report} as of {asOf.Date}");
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public bool Every_deadline_rule_is_not_due_before_its_due_date_for_any_report(AnyReport any, PositiveInt daysBefore)
    {
        foreach (var rule in Catalogue.Rules.Where(r => r.JudgesReports && r.Due is not null))
        {
            var asOf = rule.Due!.Value.PlusDays(1 - Math.Min(daysBefore.Get, 400));
            if (Judge(rule, any.Report, asOf).Status != ComplianceStatus.NotDue)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public bool The_staffing_rule_is_monotone_in_the_number_of_guards(CampusAndExtraGuards input, AnyDate asOf)
    {
        foreach (var preset in StaffingPreset.BuiltIn)
        {
            var rule = new StaffingNormRule { Preset = preset };
            var fewer = TestData.Judge(rule, TestData.RegisterOf(asOf.Date, input.Campus), asOf.Date).Status;
            var more = TestData.Judge(rule, TestData.RegisterOf(asOf.Date, input.Campus with { Guards = input.Campus.Guards + input.ExtraGuards, CertifiedGuards = input.Campus.Guards + input.ExtraGuards }), asOf.Date).Status;
            var monotone = fewer switch
            {
                ComplianceStatus.Met => more == ComplianceStatus.Met,
                ComplianceStatus.NotMet => more is ComplianceStatus.NotMet or ComplianceStatus.Met,
                _ => more == fewer,
            };
            if (!monotone)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 100)]
    public bool A_registers_summary_report_has_no_consistency_error(AnyRegister any)
        => Reporting.Validation.RuleSet.For(ReportSchema.Zhengzhou2017).Validate(any.Register.ToReport()).IsValid;

    private static ComplianceFinding Judge(ComplianceRule rule, MonthlyReport report, LocalDate asOf)
        => ((IReportRule)rule).Judge(new ReportCheckContext(report, asOf));
}
