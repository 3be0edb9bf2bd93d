using HuXiao.Calendar;
using HuXiao.Reporting;
using NodaTime;
using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Rules;

public partial class DrillsEachSemesterRuleTests
{
    private static Semester Term(string id, LocalDate start, LocalDate end) => new(id, new BilingualText("学期" + id, "term " + id), new DateInterval(start, end));

    [Fact]
    public void Semesters_must_be_given_none_missing_each_with_its_own_id()
    {
        var spring = Term("s", D(2017, 3, 1), D(2017, 6, 30));
        var autumn = Term("a", D(2017, 9, 1), D(2017, 12, 31));

        Assert.Equal(ComplianceErrorCodes.InvalidSemesters, Assert.Throws<ComplianceException>(() => Rule with { Semesters = null! }).Code);
        var missing = Assert.Throws<ComplianceException>(() => Rule with { Semesters = [spring, null!] });
        Assert.Equal(ComplianceErrorCodes.InvalidSemesters, missing.Code);
        Assert.Contains("null", missing.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ComplianceException>(() => Rule with { Semesters = [spring, autumn, Term("s", D(2018, 3, 1), D(2018, 6, 30))] });
        Assert.Equal(ComplianceErrorCodes.InvalidSemesters, twice.Code);
        Assert.Contains("'s'", twice.Message, StringComparison.Ordinal);
        Assert.Equal(2, (Rule with { Semesters = [spring, autumn] }).Semesters.Count);
    }

    [Fact]
    public void An_undefined_scope_is_refused_naming_the_value_and_the_choices()
    {
        var e = Assert.Throws<ArgumentException>(() => Rule with { Scope = (DrillScope)7 });

        Assert.Contains("7", e.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(DrillScope.PerCampus), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scope_parameter_says_whom_the_drills_are_counted_for()
    {
        var perCampus = Assert.Single(Rule.Parameters, p => p.Name == "Scope");
        var perUnit = Assert.Single((Rule with { Scope = DrillScope.PerUnit }).Parameters, p => p.Name == "Scope");

        Assert.Contains("every campus", perCampus.Description, StringComparison.Ordinal);
        Assert.Contains("unit as a whole", perUnit.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Semesters_of_ones_own_are_a_setting_not_the_assumed_dates()
    {
        var rule = Rule with { Semesters = [Term("s", D(2017, 3, 1), D(2017, 6, 30))] };

        var semesters = Assert.Single(rule.Parameters, p => p.Name == "Semesters");
        Assert.Equal("setting", semesters.Source);
        Assert.DoesNotContain("ASSUMED", semesters.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_unit_a_semester_without_enough_drills_is_named_with_its_count()
    {
        var rule = Rule with { Scope = DrillScope.PerUnit, MinimumPerSemester = 3 };
        var register = RegisterOf(D(2018, 2, 1), Campus("c1") with { DrillDates = [D(2017, 3, 1), D(2017, 4, 1), D(2017, 5, 1), D(2017, 10, 1)] });

        var finding = Judge(rule, register, D(2018, 2, 1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        var autumn = Rule.Semesters[1].Name;
        Assert.Contains($"{autumn.Chinese}: 1", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"{autumn.Chinese}: 1", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("3", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Rule.Semesters[0].Name.Chinese}:", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_unit_the_message_follows_the_campus_count_with_the_semesters_short()
    {
        var rule = Rule with { Scope = DrillScope.PerUnit, MinimumPerSemester = 3 };
        var register = RegisterOf(D(2018, 2, 1), Campus("c1") with { DrillDates = [D(2017, 3, 1), D(2017, 4, 1), D(2017, 5, 1), D(2017, 10, 1)] });

        var finding = Judge(rule, register, D(2018, 2, 1));

        var autumn = Rule.Semesters[1].Name;
        Assert.Contains($"按单位合计（校园1所），不足3次：{autumn.Chinese}: 1", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"counted for the unit as a whole (1 campus(es)): fewer than 3: {autumn.Chinese}: 1", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_campus_the_message_counts_the_semesters_ended_and_the_campuses_concerned_short_and_unknown()
    {
        // c1 drilled in the spring semester; c2's only drill came after it ended (2017-07-07).
        var register = RegisterOf(D(2017, 7, 31), Campus("c1"), Campus("c2") with { DrillDates = [D(2017, 7, 20)] });

        var finding = Judge(Rule, register, D(2017, 7, 8));

        Assert.Contains("已结束学期1个，校园2所，不足1所，无法判定0所", finding.Message, StringComparison.Ordinal);
        Assert.Contains("1 semester(s) ended, 2 campus(es), 1 short, 0 cannot be told", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_unit_a_register_recorded_before_a_semester_ended_cannot_tell()
    {
        var finding = Judge(Rule with { Scope = DrillScope.PerUnit }, RegisterOf(D(2017, 6, 30), Campus("c1") with { DrillDates = [] }), D(2017, 8, 1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.DataPredatesDeadline, finding.Reason);
        Assert.Contains("早于", finding.Message, StringComparison.Ordinal);
        Assert.Contains("predates", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_unit_before_the_first_semester_ends_it_is_not_due()
    {
        var finding = Judge(Rule with { Scope = DrillScope.PerUnit }, RegisterOf(D(2017, 5, 1), Campus("c1")), D(2017, 5, 1));

        Assert.Equal(ComplianceStatus.NotDue, finding.Status);
        Assert.Contains("2017-05-01", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2017-05-01", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_register_after_a_semester_is_not_applicable_per_campus()
    {
        var finding = Judge(Rule, RegisterOf(D(2017, 8, 1)), D(2017, 8, 1));

        Assert.Equal(ComplianceStatus.NotApplicable, finding.Status);
        Assert.Equal(FindingReason.NoSubject, finding.Reason);
    }

    [Fact]
    public void A_met_finding_says_so_with_its_counts_in_both_languages()
    {
        var register = RegisterOf(D(2018, 2, 1), Campus("c1"), Campus("c2"), Campus("c3"));

        var finding = Judge(Rule, register, D(2018, 2, 1));

        Assert.Equal(ComplianceStatus.Met, finding.Status);
        Assert.StartsWith(Rule.Title + "：达标", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith(Rule.EnglishTitle + ": met", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("3", finding.Message, StringComparison.Ordinal);
        Assert.Contains("3 campus(es)", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Equal((2L, 3L, 0L, 0L), (finding.Figure("semesters-judged"), finding.Figure("campuses-concerned"), finding.Figure("campuses-short"), finding.Figure("campuses-unknown")));
    }
}
