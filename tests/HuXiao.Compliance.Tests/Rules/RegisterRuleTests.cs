using HuXiao.Reporting;
using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Rules;

public partial class DrillsEachSemesterRuleTests
{
    private static readonly DrillsEachSemesterRule Rule = new();

    [Fact]
    public void Default_semesters_are_the_assumed_dates_of_norms_md()
    {
        Assert.Equal(D(2017, 2, 13), Rule.Semesters[0].Dates.Start);
        Assert.Equal(D(2017, 7, 7), Rule.Semesters[0].Dates.End);
        Assert.Equal(D(2017, 9, 1), Rule.Semesters[1].Dates.Start);
        Assert.Equal(D(2018, 1, 31), Rule.Semesters[1].Dates.End);
        Assert.Contains(Rule.Parameters, p => p.Source.Contains("ASSUMED", StringComparison.Ordinal));
    }

    [Fact]
    public void Before_and_on_the_end_of_the_first_semester_it_is_not_due()
    {
        var register = RegisterOf(D(2017, 7, 7), Campus("c1") with { DrillDates = [] });

        Assert.Equal(ComplianceStatus.NotDue, Judge(Rule, register, D(2017, 7, 6)).Status);
        var onDue = Judge(Rule, register, D(2017, 7, 7));
        Assert.Equal(ComplianceStatus.NotDue, onDue.Status);
        Assert.Equal(D(2017, 7, 7), onDue.Due);
    }

    [Fact]
    public void After_a_semester_a_campus_without_a_drill_in_it_is_not_met()
    {
        var register = RegisterOf(D(2017, 7, 31), Campus("c1"), Campus("c2") with { DrillDates = [D(2017, 7, 20)] });

        var finding = Judge(Rule, register, D(2017, 7, 8));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(D(2017, 7, 7), finding.Due);
        Assert.Equal("c2", Assert.Single(finding.Campuses).CampusCode);
        Assert.Equal(1, finding.Shortfall);
    }

    [Fact]
    public void A_register_recorded_before_the_semester_ended_cannot_tell()
    {
        var finding = Judge(Rule, RegisterOf(D(2017, 6, 30), Campus("c1") with { DrillDates = [] }), D(2017, 8, 1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.DataPredatesDeadline, finding.Reason);
    }

    [Fact]
    public void Every_ended_semester_needs_its_drill()
    {
        // c1 drilled in both semesters; c2 only in the second semester of 2016–17.
        var register = RegisterOf(D(2018, 2, 1), Campus("c1"), Campus("c2") with { DrillDates = [D(2017, 3, 1)] });

        var finding = Judge(Rule, register, D(2018, 2, 1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(D(2018, 1, 31), finding.Due);
        Assert.Equal(2, finding.Figure("semesters-judged"));
        Assert.Equal("c2", Assert.Single(finding.Campuses).CampusCode);
    }

    [Fact]
    public void Per_campus_is_a_setting_that_quotes_the_plans_subject()
    {
        Assert.Equal(DrillScope.PerCampus, Rule.Scope);
        var scope = Assert.Single(Rule.Parameters, p => p.Name == "Scope");
        Assert.Equal("per-campus", scope.Value);
        Assert.StartsWith("setting", scope.Source, StringComparison.Ordinal);
        Assert.Contains("教育部门、公安机关", scope.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_unit_counts_the_units_drills_together()
    {
        // Two campuses, one drill between them in each semester: short per campus, met for the unit as a whole.
        var register = RegisterOf(D(2018, 2, 1), Campus("c1") with { DrillDates = [D(2017, 3, 1)] }, Campus("c2") with { DrillDates = [D(2017, 10, 9)] });
        var perUnit = Rule with { Scope = DrillScope.PerUnit };

        Assert.Equal(ComplianceStatus.NotMet, Judge(Rule, register, D(2018, 2, 1)).Status);
        var finding = Judge(perUnit, register, D(2018, 2, 1));
        Assert.Equal(ComplianceStatus.Met, finding.Status);
        Assert.Empty(finding.Campuses);
        Assert.Equal("per-unit", Assert.Single(perUnit.Parameters, p => p.Name == "Scope").Value);
    }

    [Fact]
    public void Per_unit_is_not_met_when_a_semester_has_no_drill_anywhere()
    {
        var register = RegisterOf(D(2018, 2, 1), Campus("c1") with { DrillDates = [D(2017, 3, 1)] }, Campus("c2") with { DrillDates = [D(2017, 4, 9)] });

        var finding = Judge(Rule with { Scope = DrillScope.PerUnit }, register, D(2018, 2, 1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Contains("2017", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Equal(ComplianceStatus.NotApplicable, Judge(Rule with { Scope = DrillScope.PerUnit }, RegisterOf(D(2018, 2, 1)), D(2018, 2, 1)).Status);
    }

    [Fact]
    public void An_undefined_scope_is_refused()
        => Assert.Throws<ArgumentException>(() => Rule with { Scope = (DrillScope)7 });

    [Fact]
    public void Semesters_are_a_parameter()
    {
        var rule = Rule with { Semesters = [new HuXiao.Calendar.Semester("test", new BilingualText("测试学期", "test term"), new NodaTime.DateInterval(D(2017, 3, 1), D(2017, 3, 31)))] };

        Assert.Equal(ComplianceStatus.Met, Judge(rule, RegisterOf(D(2017, 4, 1), Campus("c1")), D(2017, 4, 1)).Status);
        Assert.Throws<ComplianceException>(() => Rule with { Semesters = [] });
    }
}

public partial class LiaisonVisitsRuleTests
{
    private static readonly LiaisonVisitsRule Rule = new();

    private static CampusRecord CityManaged(string code, params NodaTime.LocalDate[] visits)
        => Campus(code) with { IsCityManaged = true, Officers = SchoolOfficers.All, LiaisonVisitDates = visits };

    [Fact]
    public void Not_due_until_the_first_month_has_ended()
    {
        var register = RegisterOf(D(2017, 5, 31), CityManaged("c1"));

        Assert.Equal(ComplianceStatus.NotDue, Judge(Rule, register, D(2017, 5, 31)).Status);
    }

    [Fact]
    public void Two_visits_a_month_are_met_and_one_is_not()
    {
        var register = RegisterOf(D(2017, 6, 30),
            CityManaged("c1", D(2017, 5, 3), D(2017, 5, 20), D(2017, 6, 1), D(2017, 6, 15)),
            CityManaged("c2", D(2017, 5, 3), D(2017, 5, 20), D(2017, 6, 1)));

        var finding = Judge(Rule, register, D(2017, 7, 1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(D(2017, 6, 30), finding.Due);
        Assert.Equal(2, finding.Figure("months-judged"));
        var campus = Assert.Single(finding.Campuses);
        Assert.Equal("c2", campus.CampusCode);
        Assert.Contains("2017-06: 1", campus.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_current_month_is_not_judged_yet()
    {
        var register = RegisterOf(D(2017, 6, 10), CityManaged("c1", D(2017, 5, 3), D(2017, 5, 20)));

        Assert.Equal(ComplianceStatus.Met, Judge(Rule, register, D(2017, 6, 10)).Status);
    }

    [Fact]
    public void Schools_that_are_not_city_managed_are_not_concerned()
    {
        var finding = Judge(Rule, RegisterOf(D(2017, 6, 30), Campus("c1")), D(2017, 7, 1));

        Assert.Equal(ComplianceStatus.NotApplicable, finding.Status);
    }
}

public partial class SixOfficersRuleTests
{
    private static readonly SixOfficersRule Rule = new();

    [Fact]
    public void A_city_managed_school_missing_an_officer_is_not_met_after_the_push_phase()
    {
        var register = RegisterOf(D(2017, 11, 1),
            Campus("c1") with { IsCityManaged = true, Officers = SchoolOfficers.All },
            Campus("c2") with { IsCityManaged = true, Officers = SchoolOfficers.All & ~SchoolOfficers.PsychologicalCounsellor },
            Campus("c3"));

        Assert.Equal(ComplianceStatus.NotDue, Judge(Rule, register, D(2017, 10, 31)).Status);
        var finding = Judge(Rule, register, D(2017, 11, 1));
        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(2, finding.Figure("campuses-concerned"));
        var campus = Assert.Single(finding.Campuses);
        Assert.Equal("c2", campus.CampusCode);
        Assert.Contains("心理疏导员", campus.Message, StringComparison.Ordinal);
    }
}

public partial class BoardingDutyRuleTests
{
    private static readonly BoardingDutyRule Rule = new();

    private static CampusRegister Boarding(NodaTime.LocalDate recorded) => RegisterOf(recorded,
        Campus("day"),
        Campus("ok") with { BoardingStudents = 200, RoundTheClockDuty = true, DormitoryManagers = 2 },
        Campus("bad") with { BoardingStudents = 200, RoundTheClockDuty = false, DormitoryManagers = 0 });

    [Fact]
    public void Boarding_campuses_need_24_hour_duty_and_dormitory_managers_by_the_end_of_May_2017()
    {
        var register = Boarding(D(2017, 6, 1));

        Assert.Equal(D(2017, 5, 31), Rule.Due);
        Assert.Equal(ComplianceStatus.NotDue, Judge(Rule, register, D(2017, 5, 31)).Status);
        var finding = Judge(Rule, register, D(2017, 6, 1));
        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(2, finding.Figure("campuses-concerned"));
        Assert.Equal("bad", Assert.Single(finding.Campuses).CampusCode);
    }

    [Fact]
    public void The_due_date_is_the_staffing_sentences_as_the_staffing_norms_is()
    {
        Assert.Equal(new StaffingNormRule().Due, Rule.Due);
        Assert.StartsWith("二(一)3: 2017年5月底前", Rule.DueSource, StringComparison.Ordinal);
    }

    [Fact]
    public void The_earlier_reading_due_at_the_end_of_the_push_phase_is_a_setting()
    {
        var catalogue = RuleCatalogue.CreateDefault().WithDue(BoardingDutyRule.DefaultId, Deadline.PushPhaseEnd);
        var rule = (BoardingDutyRule)catalogue.Get(BoardingDutyRule.DefaultId);

        Assert.Equal(D(2017, 10, 31), rule.Due);
        Assert.Equal(ComplianceStatus.NotDue, Judge(rule, Boarding(D(2017, 11, 1)), D(2017, 10, 31)).Status);
        Assert.Equal(ComplianceStatus.NotMet, Judge(rule, Boarding(D(2017, 11, 1)), D(2017, 11, 1)).Status);
    }

    [Fact]
    public void No_boarding_campus_is_not_applicable()
        => Assert.Equal(ComplianceStatus.NotApplicable, Judge(Rule, RegisterOf(D(2017, 11, 1), Campus("day")), D(2017, 11, 2)).Status);
}

public partial class GuardsCertifiedRuleTests
{
    [Fact]
    public void Every_guard_must_be_certified()
    {
        var rule = new GuardsCertifiedRule();
        var register = RegisterOf(D(2017, 11, 1), Campus("c1"), Campus("c2") with { Guards = 3, CertifiedGuards = 1 });

        var finding = Judge(rule, register, D(2017, 11, 2));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal("c2", Assert.Single(finding.Campuses).CampusCode);
    }
}
