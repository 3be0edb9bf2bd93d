using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Compliance.Tests;

/// <summary>Reports and campuses built for the tests, with values chosen by hand.</summary>
internal static class TestData
{
    internal static readonly OrganisationUnit City = new("410100", "郑州市");
    internal static readonly OrganisationUnit Zhongyuan = new("410102", "中原区");
    internal static readonly OrganisationUnit Erqi = new("410103", "二七区");

    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>A report whose Table A totals are all given (A01 = 100 campuses, every target reached), then changed.</summary>
    internal static MonthlyReport Report(YearMonth period, Action<MonthlyReportBuilder>? change = null, OrganisationUnit? unit = null)
    {
        var builder = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, unit ?? City, period)
            .SetTotal("A01", 100).SetTotal("A02", 60).SetTotal("A03", 40)
            .SetTotal("A04", 150).SetTotal("A05", 100).SetTotal("A06", 120).SetTotal("A07", 100)
            .SetTotal("A08", 100).SetTotal("A09", 500).SetTotal("A10", 100)
            .SetTotal("A11", 30).SetTotal("A12", 30).SetTotal("A13", 20).SetTotal("A14", 20)
            .SetTotal("A15", 800).SetTotal("A16", 100).SetTotal("A17", 90).SetTotal("A18", 100).SetTotal("A19", 100);
        change?.Invoke(builder);
        return builder.Build();
    }

    internal static MonthlyReport Report(int year, int month, Action<MonthlyReportBuilder>? change = null, OrganisationUnit? unit = null)
        => Report(new YearMonth(year, month), change, unit);

    /// <summary>An urban primary school of 500 pupils and 40 staff, meeting every target.</summary>
    internal static CampusRecord Campus(string code, CampusLocation location = CampusLocation.Urban) => new()
    {
        Code = code,
        Name = $"测试学校{code}",
        Location = location,
        Type = CampusType.Primary,
        NonBoardingStudents = 500,
        Staff = 40,
        Guards = 2,
        CertifiedGuards = 2,
        SecurityStaff = 1,
        ClosedManagement = true,
        ProtectiveEquipmentItems = 6,
        ProtectiveEquipmentComplete = true,
        Cameras = 10,
        CamerasAtGate = true,
        VideoLinked = true,
        MeetsNationalStandard = true,
        OneTouchAlarmLinked = true,
        DrillDates = [D(2017, 3, 15), D(2017, 10, 10)],
    };

    internal static CampusRegister RegisterOf(LocalDate recordedOn, params CampusRecord[] campuses) => new(Zhongyuan, recordedOn, campuses);

    internal static ComplianceFinding Judge(string ruleId, MonthlyReport report, LocalDate asOf, IEnumerable<MonthlyReport>? units = null)
        => ((IReportRule)RuleCatalogue.CreateDefault().Get(ruleId)).Judge(new ReportCheckContext(report, asOf, units));

    internal static ComplianceFinding Judge(ComplianceRule rule, CampusRegister register, LocalDate asOf)
        => ((IRegisterRule)rule).Judge(new RegisterCheckContext(register, asOf));
}
