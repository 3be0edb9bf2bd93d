using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Writing;

/// <summary>What one written form holds: a report, or a blank template that may name a unit and period.</summary>
internal sealed record FormContent(ReportSchema Schema, OrganisationUnit? Unit, YearMonth? Period, MonthlyReport? Report)
{
    internal bool IsTemplate => Report is null;

    internal static FormContent Of(MonthlyReport report) => new(report.Schema, report.Unit, report.Period, report);
}
