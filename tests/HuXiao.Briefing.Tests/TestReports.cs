using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Briefing.Tests;

/// <summary>Hand-made forms: only the 合计 the targets read, with known sums.</summary>
internal static class TestReports
{
    internal static readonly OrganisationUnit City = new("410100", "郑州市");
    internal static readonly OrganisationUnit Zhongyuan = new("410102", "中原区");
    internal static readonly OrganisationUnit Erqi = new("410103", "二七区");
    internal static readonly OrganisationUnit Guancheng = new("410104", "管城回族区");

    /// <summary>A form where every deadline target is met except the one-touch alarm (A19 = <paramref name="alarms"/>).</summary>
    internal static MonthlyReport Form(OrganisationUnit unit, YearMonth period, long campuses, long urban, long rural, long standard, long? alarms, LocalDate? filedOn)
    {
        var builder = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, unit, period)
            .SetTotal("A01", campuses).SetTotal("A02", urban).SetTotal("A03", rural)
            .SetTotal("A05", campuses).SetTotal("A07", campuses).SetTotal("A08", campuses).SetTotal("A10", campuses)
            .SetTotal("A11", 10).SetTotal("A12", 10).SetTotal("A13", 5).SetTotal("A14", 5)
            .SetTotal("A16", campuses).SetTotal("A18", standard).SetTotal("A19", alarms);
        return builder.WithFiling(new ReportFiling { FiledOn = filedOn, Revision = 1 }).Build();
    }
}
