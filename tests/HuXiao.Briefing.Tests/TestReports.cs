using HuXiao.Calendar;
using HuXiao.Months;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Briefing.Tests;

/// <summary>Hand-made forms: only the 合计 the targets read, with known sums.</summary>
internal static class TestReports
{
    internal static readonly OrganisationUnit City = new("410100", "郑州市");
    internal static readonly OrganisationUnit Zhongyuan = new("410102", "中原区");
    internal static readonly OrganisationUnit Erqi = new("410103", "二七区");
    internal static readonly OrganisationUnit Guancheng = new("410104", "管城回族区");

    /// <summary>No blank-cell warnings: the hand-made forms fill only the cells the targets read.</summary>
    internal static readonly RuleSet Rules = RuleSet.For(ReportSchema.Zhengzhou2017).Without("blank-cell");

    /// <summary>The month of the given forms, the expected units filing to the city.</summary>
    internal static MonthlyCycle Month(YearMonth period, LocalDate asOf, IEnumerable<OrganisationUnit> expected, IEnumerable<Submission> forms, IEnumerable<MonthlyReport>? previous = null)
        => MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, period, asOf)
            .WithUnits(City, expected)
            .WithValidation(Rules)
            .AddRange(forms)
            .WithPreviousMonth(previous ?? [])
            .Build();

    /// <summary>The month of the given forms, read without problems.</summary>
    internal static MonthlyCycle Month(YearMonth period, LocalDate asOf, IEnumerable<OrganisationUnit> expected, IEnumerable<MonthlyReport> forms, IEnumerable<MonthlyReport>? previous = null)
        => Month(period, asOf, expected, forms.Select(f => Submission.Of(f)), previous);

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
