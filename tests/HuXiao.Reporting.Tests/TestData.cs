using NodaTime;

namespace HuXiao.Reporting.Tests;

/// <summary>Hand-made reports for the unit tests.</summary>
public static class TestData
{
    public static readonly OrganisationUnit Zhongyuan = new("410102", "中原区");
    public static readonly OrganisationUnit Erqi = new("410103", "二七区");
    public static readonly OrganisationUnit Guancheng = new("410104", "管城回族区");
    public static readonly OrganisationUnit City = new("410100", "郑州市");
    public static readonly YearMonth May2017 = new(2017, 5);

    /// <summary>A report that breaks no rule: every cell filled, campuses 120 = 80 urban + 40 rural.</summary>
    public static MonthlyReportBuilder CleanBuilder(OrganisationUnit? unit = null, YearMonth? period = null)
    {
        var builder = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, unit ?? Zhongyuan, period ?? May2017);
        foreach (var indicator in ReportSchema.Zhengzhou2017.Indicators)
        {
            builder.SetBoth(indicator.Code, 0, 0);
        }

        return builder
            .SetBoth("A01", 2, 120).SetBoth("A02", 1, 80).SetBoth("A03", 1, 40)
            .SetBoth("A04", 3, 150).SetBoth("A05", 2, 110)
            .SetBoth("A06", 0, 130).SetBoth("A07", 0, 115)
            .SetBoth("A08", 1, 118).SetBoth("A09", 10, 400).SetBoth("A10", 1, 100)
            .SetBoth("A11", 0, 30).SetBoth("A12", 2, 25).SetBoth("A13", 0, 20).SetBoth("A14", 1, 18)
            .SetBoth("A15", 20, 900).SetBoth("A16", 2, 119).SetBoth("A17", 1, 100)
            .SetBoth("A18", 3, 90).SetBoth("A19", 5, 100)
            .SetBoth("B01", 4, 30).SetBoth("B02", 1, 10).SetBoth("B03", 3, 25).SetBoth("B04", 1, 8)
            .SetBoth("B12", 0, 35).SetBoth("B15", 2, 60)
            .SetBoth("C01", 6, 40).SetBoth("C02", 7, 35).SetBoth("C03", 10, 90).SetBoth("C04", 8, 80).SetBoth("C05", 2, 12).SetBoth("C06", 1, 10);
    }

    public static MonthlyReport Clean(OrganisationUnit? unit = null, YearMonth? period = null) => CleanBuilder(unit, period).Build();
}
