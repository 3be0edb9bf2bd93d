using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Compliance.Tests.Docs;

/// <summary>
/// The samples of the docs site's article on compliance checks (docs/articles/compliance.md), compiled and run.
/// The article pulls each <c>#region</c> in by name, so a sample that stops compiling or passing fails the tests.
/// </summary>
public class ComplianceSamples
{
    private static readonly OrganisationUnit Zhongyuan = new("410102", "中原区");

    /// <summary>Table A totals for 100 campuses (60 urban, 40 rural), every target reached, then changed.</summary>
    private static MonthlyReport Report(OrganisationUnit unit, YearMonth period, Action<MonthlyReportBuilder>? change = null)
    {
        var builder = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, unit, period)
            .SetTotal("A01", 100).SetTotal("A02", 60).SetTotal("A03", 40)
            .SetTotal("A04", 150).SetTotal("A05", 100).SetTotal("A06", 120).SetTotal("A07", 100)
            .SetTotal("A08", 100).SetTotal("A09", 500).SetTotal("A10", 100)
            .SetTotal("A11", 30).SetTotal("A12", 30).SetTotal("A13", 20).SetTotal("A14", 20)
            .SetTotal("A15", 800).SetTotal("A16", 100).SetTotal("A17", 90).SetTotal("A18", 100).SetTotal("A19", 100);
        change?.Invoke(builder);
        return builder.Build();
    }

    [Fact]
    public void Findings_carry_their_evidence()
    {
        var report = Report(Zhongyuan, new YearMonth(2017, 11), b => b.SetTotal("A19", 92));

        #region findings
        var checker = new ComplianceChecker();                        // RuleCatalogue.CreateDefault(): the built-in rules
        ComplianceResult result = checker.Check(report, asOf: new LocalDate(2017, 12, 1));

        Console.WriteLine(result.HasNotMet);                          // True
        foreach (var f in result.Findings)
        {
            // e.g. "not-met one-touch-alarm 二(一)4 due 2017-10-31 short 8 [A19=92, A01=100]"
            var values = string.Join(", ", f.Indicators.Select(i => $"{i.Code}={i.Value}"));
            Console.WriteLine($"{f.Status.ToWireName()} {f.RuleCode} {f.Source} due {f.Due} short {f.Shortfall} [{values}]");
            Console.WriteLine(f.Message);                             // Chinese; f.EnglishMessage in English
        }

        Console.WriteLine(result.Count(ComplianceStatus.Met));        // 8
        #endregion

        var alarm = result.Find("one-touch-alarm")!;
        Assert.True(result.HasNotMet);
        Assert.Equal(ComplianceStatus.NotMet, alarm.Status);
        Assert.Equal("二(一)4", alarm.Source);
        Assert.Equal(new LocalDate(2017, 10, 31), alarm.Due);
        Assert.Equal(8, alarm.Shortfall);
        Assert.Equal(92, alarm.Value("A19"));
        Assert.Equal(8, result.Count(ComplianceStatus.Met));
        Assert.Equal(1, result.Count(ComplianceStatus.NotMet));
    }

    [Fact]
    public void Deadlines_are_judged_at_a_date()
    {
        #region deadlines
        var checker = new ComplianceChecker();
        var may = Report(Zhongyuan, new YearMonth(2017, 5), b => b.SetTotal("A08", 95));     // closed management: 5 short
        var april = Report(Zhongyuan, new YearMonth(2017, 4), b => b.SetTotal("A08", 95));

        // closed-management is due 2017-05-31 (二(一)5). On or before the due date: not-due, whatever the data.
        Console.WriteLine(checker.Check(may, new LocalDate(2017, 5, 31)).Find("closed-management")!.Status);   // NotDue
        // After it: not-met, 5 campuses short.
        Console.WriteLine(checker.Check(may, new LocalDate(2017, 6, 1)).Find("closed-management")!.Status);    // NotMet
        // April's data ends before the due date: it cannot tell whether May closed the gap.
        var old = checker.Check(april, new LocalDate(2017, 6, 1)).Find("closed-management")!;
        Console.WriteLine($"{old.Status} {old.Reason}");                                                        // CannotTell DataPredatesDeadline

        // A blank cell is never read as zero.
        var blank = Report(Zhongyuan, new YearMonth(2017, 6), b => b.SetTotal("A08", null));
        Console.WriteLine(checker.Check(blank, new LocalDate(2017, 7, 1)).Find("closed-management")!.Reason);   // BlankCell
        #endregion

        Assert.Equal(ComplianceStatus.NotDue, checker.Check(may, new LocalDate(2017, 5, 31)).Find("closed-management")!.Status);
        var notMet = checker.Check(may, new LocalDate(2017, 6, 1)).Find("closed-management")!;
        Assert.Equal(ComplianceStatus.NotMet, notMet.Status);
        Assert.Equal(5, notMet.Shortfall);
        Assert.Equal(ComplianceStatus.CannotTell, old.Status);
        Assert.Equal(FindingReason.DataPredatesDeadline, old.Reason);
        var blankFinding = checker.Check(blank, new LocalDate(2017, 7, 1)).Find("closed-management")!;
        Assert.Equal(ComplianceStatus.CannotTell, blankFinding.Status);
        Assert.Equal(FindingReason.BlankCell, blankFinding.Reason);
    }

    [Fact]
    public void The_urban_rate_is_bounded_exactly()
    {
        #region urban-rate
        // 20 urban (A02) and 20 rural (A03) campuses; 37 meet the national standard (A18, counted over all campuses).
        var report = Report(Zhongyuan, new YearMonth(2017, 11), b => b
            .SetTotal("A01", 40).SetTotal("A02", 20).SetTotal("A03", 20).SetTotal("A18", 37));
        var rate = new ComplianceChecker().Check(report, new LocalDate(2017, 11, 1)).Find("urban-tech-defence-rate")!;

        // lower = max(0, A18 − A03) / A02 = 17/20; upper = min(A18, A02) / A02 = 20/20.
        RateBounds bounds = rate.Bounds!;
        Console.WriteLine($"{bounds.Lower} … {bounds.Upper} ({bounds.Basis})");   // 17/20 … 20/20 (ReportTotals)
        Console.WriteLine(bounds.Lower.FloorPercent(1));                           // 85.0: shown rounded down, never up
        Console.WriteLine(rate.Status);                                            // Met: the lower bound is exactly 85%

        // The comparison is exact (whole numbers, no floating point): one campus fewer straddles 85%.
        Console.WriteLine(new Ratio(16, 20) >= Ratio.FromPercent(85));             // False
        #endregion

        Assert.Equal(new Ratio(17, 20), bounds.Lower);
        Assert.Equal(new Ratio(20, 20), bounds.Upper);
        Assert.Equal(BoundsBasis.ReportTotals, bounds.Basis);
        Assert.Equal(85.0m, bounds.Lower.FloorPercent(1));
        Assert.Equal(ComplianceStatus.Met, rate.Status);
        Assert.Equal(0.85, rate.Lower!.Value, 12);
        Assert.False(new Ratio(16, 20) >= Ratio.FromPercent(85));
    }

    [Fact]
    public void A_campus_register_is_judged_campus_by_campus()
    {
        #region register
        CampusRecord School(string code, CampusLocation location, long students) => new()
        {
            Code = code, Name = $"示例学校{code}", Location = location, Type = CampusType.Primary,
            NonBoardingStudents = students, Staff = 40, Guards = 2, CertifiedGuards = 2, SecurityStaff = 1,
            ClosedManagement = true, ProtectiveEquipmentComplete = true, ProtectiveEquipmentItems = 6,
            Cameras = 8, CamerasAtGate = true, VideoLinked = true, MeetsNationalStandard = true, OneTouchAlarmLinked = true,
            DrillDates = [new LocalDate(2017, 3, 15), new LocalDate(2017, 10, 10)],
        };

        // Counts and flags per campus; never a person's name, ID or address.
        var register = new CampusRegister(Zhongyuan, recordedOn: new LocalDate(2017, 11, 30),
        [
            School("S001", CampusLocation.Urban, 500),
            School("S002", CampusLocation.Urban, 1600) with { OneTouchAlarmLinked = false },   // 1640 people: the norm asks 3 guards
            School("S003", CampusLocation.Rural, 90),
        ]);

        MonthlyReport asReport = register.ToReport();                     // Table A's 19 figures, summed from the campuses
        Console.WriteLine($"{asReport.Total("A01")} {asReport.Total("A19")}");   // 3 2
        Console.WriteLine(register.UrbanRate());                          // 2/2: exact, not bounds

        var result = new ComplianceChecker().Check(register, new LocalDate(2017, 12, 1));
        foreach (var f in result.Findings.Where(f => f.Status == ComplianceStatus.NotMet))
        {
            // one-touch-alarm: S002 …; staffing-norm: S002 …
            Console.WriteLine($"{f.RuleCode}: {string.Join("; ", f.Campuses.Select(c => c.ToString()))}");
        }
        #endregion

        Assert.Equal(3, asReport.Total("A01"));
        Assert.Equal(2, asReport.Total("A19"));
        Assert.Equal(new Ratio(2, 2), register.UrbanRate());
        var notMet = result.Findings.Where(f => f.Status == ComplianceStatus.NotMet).ToDictionary(f => f.RuleCode);
        Assert.Equal(["one-touch-alarm", "staffing-norm"], notMet.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("S002", Assert.Single(notMet["one-touch-alarm"].Campuses).CampusCode);
        Assert.Equal("S002", Assert.Single(notMet["staffing-norm"].Campuses).CampusCode);
    }

    [Fact]
    public void Staffing_norms_are_presets()
    {
        #region staffing
        var norm = StaffingPreset.Norm2015;             // the default: by students plus staff
        Console.WriteLine(norm.Required(90));           // 1
        Console.WriteLine(norm.Required(540));          // 2
        Console.WriteLine(norm.Required(1640));         // 3: 2, and 1 per full 500 over 1000

        var gb = StaffingPreset.GbT29315_2022;          // by non-boarding students
        Console.WriteLine(gb.Required(540));            // (null): the 100–999 band is not known, so such campuses are cannot-tell
        Console.WriteLine(gb.Required(1600));           // 4: 3, and 1 per further 500

        var catalogue = RuleCatalogue.CreateDefault()
            .Configure<StaffingNormRule>("staffing-norm", rule => rule with { Preset = StaffingPreset.GbT29315_2022 });
        #endregion

        Assert.Equal(1, norm.Required(90));
        Assert.Equal(2, norm.Required(540));
        Assert.Equal(3, norm.Required(1640));
        Assert.Null(gb.Required(540));
        Assert.Equal(4, gb.Required(1600));
        Assert.Same(StaffingPreset.GbT29315_2022, ((StaffingNormRule)catalogue.Get("staffing-norm")).Preset);
    }

    [Fact]
    public void Readings_of_the_plan_are_settings()
    {
        #region readings
        var catalogue = RuleCatalogue.CreateDefault();
        var boarding = catalogue.Get(BoardingDutyRule.DefaultId);
        Console.WriteLine(boarding.Due);                 // 2017-05-31: 二(一)3, 2017年5月底前…配齐专兼职安全保卫人员、保安员

        var drills = (DrillsEachSemesterRule)catalogue.Get(DrillsEachSemesterRule.DefaultId);
        Console.WriteLine(drills.Scope);                 // PerCampus: every campus — a setting; the plan's subject is 教育部门、公安机关

        // The other readings, where a city relies on them:
        var other = catalogue
            .WithDue(BoardingDutyRule.DefaultId, Deadline.PushPhaseEnd)                         // due at the end of the push phase
            .Configure<DrillsEachSemesterRule>(DrillsEachSemesterRule.DefaultId, r => r with { Scope = DrillScope.PerUnit });  // the unit as a whole
        #endregion

        Assert.Equal(new LocalDate(2017, 5, 31), boarding.Due);
        Assert.Equal(DrillScope.PerCampus, drills.Scope);
        Assert.Equal(new LocalDate(2017, 10, 31), other.Get(BoardingDutyRule.DefaultId).Due);
        Assert.Equal(DrillScope.PerUnit, ((DrillsEachSemesterRule)other.Get(DrillsEachSemesterRule.DefaultId)).Scope);
    }

    [Fact]
    public void A_scorecard_ranks_who_is_behind()
    {
        var june = new YearMonth(2017, 6);
        var city = new OrganisationUnit("410100", "郑州市");
        var erqi = new OrganisationUnit("410103", "二七区");
        var jinshui = new OrganisationUnit("410105", "金水区");
        var reports = new[]
        {
            Report(erqi, june, b => b.SetTotal("A08", 97).SetTotal("A16", 99)),   // two targets short: 3 + 1
            Report(Zhongyuan, june, b => b.SetTotal("A08", 90)),                  // one target short by 10
            Report(jinshui, june),                                                // on track
        };

        #region scorecard
        var rollUp = ReportRollUp.Combine(ReportSchema.Zhengzhou2017, city, june, reports);
        var results = new ComplianceChecker().CheckUnits(rollUp, asOf: new LocalDate(2017, 7, 1));

        // Furthest behind first: most not-met findings, then the largest shortfall in campuses, then the unit code.
        var scorecard = Scorecard.Create(results);
        foreach (var row in scorecard.Rows)
        {
            Console.WriteLine($"{row.Rank}. {row.Unit.Name} not-met {row.NotMet}, short {row.Shortfall}: {string.Join(", ", row.NotMetRules)}");
        }
        // 1. 二七区 not-met 2, short 4: gate-video, closed-management
        // 2. 中原区 not-met 1, short 10: closed-management
        // 3. 金水区 not-met 0, short 0:
        #endregion

        Assert.Equal(["410103", "410102", "410105"], scorecard.Rows.Select(r => r.Unit.Code));
        Assert.Equal(4, scorecard.Find("410103")!.Shortfall);
        Assert.Equal(["gate-video", "closed-management"], scorecard.Find("410103")!.NotMetRules);
        Assert.Equal(10, scorecard.Find("410102")!.Shortfall);
        Assert.Equal(0, scorecard.Find("410105")!.NotMet);
    }

    [Fact]
    public void A_total_that_lacks_units_states_only_what_holds_whatever_they_hold()
    {
        var june = new YearMonth(2017, 6);
        var city = new OrganisationUnit("410100", "郑州市");
        var zhongyuan = Report(Zhongyuan, june, b => b.SetTotal("A08", 90));           // 10 campuses not closed
        var erqi = Report(new OrganisationUnit("410103", "二七区"), june);               // every target reached

        #region partial-coverage
        // Four organs should file for June. 金水区's form was refused and 登封市's never came: the total has two of four.
        var rollUp = ReportRollUp.Combine(ReportSchema.Zhengzhou2017, city, june, [zhongyuan, erqi],
            expectedUnitCodes: ["410102", "410103", "410105", "410185"]);
        var result = new ComplianceChecker().Check(rollUp, asOf: new LocalDate(2017, 7, 1));

        // 中原区 is 10 campuses short: no figure of the missing units can make up for that.
        var closed = result.Find(BuiltInRules.ClosedManagement)!;
        Console.WriteLine($"{closed.Status.ToWireName()}: {closed.Message}");
        // not-met: …差10所（A08=190，A01=200）（已报2/4个单位，缺410105、410185；已报单位已差10所，未报单位无论数据如何都不能弥补）。

        // Every campus of the two has guards, but the other two's campuses are not known.
        var guards = result.Find(BuiltInRules.GuardsOnEveryCampus)!;
        Console.WriteLine($"{guards.Status.ToWireName()} ({guards.Coverage}): missing {string.Join(", ", guards.Coverage!.Missing)}");
        // cannot-tell (partial: 2 of 4 units): missing 410105, 410185
        #endregion

        Assert.Equal(ComplianceStatus.NotMet, closed.Status);
        Assert.Equal(10, closed.Shortfall);
        Assert.Contains("已报单位已差10所", closed.Message, StringComparison.Ordinal);
        Assert.Equal(ComplianceStatus.CannotTell, guards.Status);
        Assert.Equal(FindingReason.PartialCoverage, guards.Reason);
        Assert.Equal(["410105", "410185"], guards.Coverage.Missing);

        // Each unit's own findings stand on its own form.
        Assert.Equal(ComplianceStatus.Met, new ComplianceChecker().Check(erqi, new LocalDate(2017, 7, 1)).Find(BuiltInRules.GuardsOnEveryCampus)!.Status);
    }
}
