using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Months.Tests;

/// <summary>Forms built for the tests, with values chosen by hand. The May 2017 form is due 2017-06-01.</summary>
internal static class MonthData
{
    internal static readonly YearMonth May = new(2017, 5);
    internal static readonly OrganisationUnit City = new("410100", "郑州市");
    internal static readonly OrganisationUnit Zhongyuan = new("410102", "中原分局");
    internal static readonly OrganisationUnit Erqi = new("410103", "二七分局");
    internal static readonly OrganisationUnit Guancheng = new("410104", "管城分局");
    internal static readonly OrganisationUnit Jinshui = new("410105", "金水分局");
    internal static readonly OrganisationUnit Shangjie = new("410106", "上街公安分局");
    internal static readonly OrganisationUnit Huiji = new("410108", "惠济分局");
    internal static readonly OrganisationUnit[] Expected = [Zhongyuan, Erqi, Guancheng, Jinshui, Shangjie, Huiji];

    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>A consistent form (every Table A 合计, each target reached), filed on a date, then changed.</summary>
    internal static MonthlyReport Form(OrganisationUnit unit, LocalDate? filedOn, Action<MonthlyReportBuilder>? change = null, int campuses = 100, int revision = 1, YearMonth? period = null)
    {
        var urban = campuses * 3 / 5;
        var builder = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, unit, period ?? May)
            .SetTotal("A01", campuses).SetTotal("A02", urban).SetTotal("A03", campuses - urban)
            .SetTotal("A04", campuses * 2).SetTotal("A05", campuses).SetTotal("A06", campuses).SetTotal("A07", campuses)
            .SetTotal("A08", campuses).SetTotal("A09", campuses * 5).SetTotal("A10", campuses)
            .SetTotal("A11", 10).SetTotal("A12", 10).SetTotal("A13", 10).SetTotal("A14", 10)
            .SetTotal("A15", campuses * 8).SetTotal("A16", campuses).SetTotal("A17", campuses).SetTotal("A18", campuses).SetTotal("A19", campuses)
            .WithFiling(new ReportFiling { FiledOn = filedOn, Revision = revision });
        change?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>A form refused for one bad cell: the unit and month are known, the figures are not.</summary>
    internal static Submission RefusedForm(OrganisationUnit? unit, string source, LocalDate? receivedOn = null, YearMonth? period = null)
        => Submission.Refused(
            [new InputProblem("HX0415", "校园安全工作进展报表!B8", "B8 为“12所”，应为整数。", "B8 is '12所'; a whole number was expected.", "A01")],
            source,
            unit,
            unit is null ? null : period ?? May,
            receivedOn);
}
