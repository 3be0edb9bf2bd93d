using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;

namespace HuXiao.Compliance.Tests.Properties;

/// <summary>A verdict holds whatever is missing: what a total that lacks units states is what the complete total states.</summary>
public class CoverageProperties
{
    private static readonly ComplianceChecker Checker = new();

    [Property(Arbitrary = new[] { typeof(CoverageArbs) }, MaxTest = 400)]
    public Property A_stated_met_or_not_met_on_a_partial_total_is_the_verdict_on_the_complete_data(SplitMonth month)
    {
        var (partial, complete) = Judge(month);
        var contradictions = partial.Findings
            .Where(p => p.Status is ComplianceStatus.Met or ComplianceStatus.NotMet or ComplianceStatus.NotDue)
            .Where(p => complete.Find(p.RuleCode)!.Status != p.Status)
            .Select(p => $"{p.RuleCode}: partial {p.Status.ToWireName()}, complete {complete.Find(p.RuleCode)!.Status.ToWireName()}")
            .ToArray();
        return (contradictions.Length == 0).Label(string.Join("; ", contradictions));
    }

    [Property(Arbitrary = new[] { typeof(CoverageArbs) }, MaxTest = 200)]
    public Property A_partial_total_names_what_it_lacks_and_a_complete_one_is_judged_as_before(SplitMonth month)
    {
        var (partial, complete) = Judge(month);
        var missing = month.Units.Where((_, i) => !month.Reported[i]).Select(u => u.Unit.Code).ToArray();
        var named = partial.Findings.All(f => f.Coverage is { } c && c.Expected == month.Units.Count && c.Missing.SequenceEqual(missing));
        var plain = Checker.Check(ReportRollUp.Combine(ReportSchema.Zhengzhou2017, TestData.City, month.Units[0].Period, month.Units).Report, month.AsOf, month.Units);
        var unchanged = complete.Findings.Zip(plain.Findings).All(p => p.First.Status == p.Second.Status && p.First.Message == p.Second.Message);
        return (named && unchanged).Label($"named {named}, unchanged {unchanged}");
    }

    [Property(Arbitrary = new[] { typeof(CoverageArbs) }, MaxTest = 200)]
    public bool A_units_own_findings_do_not_depend_on_which_other_units_reported(SplitMonth month)
    {
        var expected = month.Units.Select(u => u.Unit.Code);
        var partial = Checker.CheckUnits(ReportRollUp.Combine(ReportSchema.Zhengzhou2017, TestData.City, month.Units[0].Period, month.ReportedUnits, expected), month.AsOf);
        var complete = Checker.CheckUnits(ReportRollUp.Combine(ReportSchema.Zhengzhou2017, TestData.City, month.Units[0].Period, month.Units, expected), month.AsOf);
        return partial.All(p =>
        {
            var same = complete.Single(c => c.Subject.Equals(p.Subject));
            return p.Findings.Zip(same.Findings).All(f => f.First.Status == f.Second.Status && f.First.Message == f.Second.Message && f.First.Shortfall == f.Second.Shortfall && f.First.Coverage is null);
        });
    }

    private static (ComplianceResult Partial, ComplianceResult Complete) Judge(SplitMonth month)
    {
        var schema = ReportSchema.Zhengzhou2017;
        var period = month.Units[0].Period;
        var expected = month.Units.Select(u => u.Unit.Code).ToArray();
        var partial = Checker.Check(ReportRollUp.Combine(schema, TestData.City, period, month.ReportedUnits, expected), month.AsOf);
        var complete = Checker.Check(ReportRollUp.Combine(schema, TestData.City, period, month.Units, expected), month.AsOf);
        return (partial, complete);
    }
}
