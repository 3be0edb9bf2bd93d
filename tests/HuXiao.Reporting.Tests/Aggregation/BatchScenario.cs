using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Reporting.Tests.Aggregation;

/// <summary>
/// Random reports drawn from a <see cref="Random"/>, for the batch validation tests. The roll-up's properties use
/// <see cref="RollUpArbitraries"/>, which FsCheck generates and shrinks.
/// </summary>
public static class BatchScenario
{
    public static readonly ReportSchema Schema = ReportSchema.Zhengzhou2017;
    public static readonly YearMonth Period = new(2017, 5);

    public static MonthlyReport RandomReport(Random random, OrganisationUnit unit, int revision, long minValue, long maxValue, double blankRate, YearMonth? period = null)
    {
        var b = MonthlyReport.CreateBuilder(Schema, unit, period ?? Period).WithFiling(ReportFiling.Unfiled with { Revision = revision });
        for (var i = 0; i < Schema.Count; i++)
        {
            foreach (var row in new[] { ReportRow.New, ReportRow.Total })
            {
                if (random.NextDouble() >= blankRate)
                {
                    b.Set(i, row, minValue + (long)(random.NextDouble() * (maxValue - minValue + 1)));
                }
            }
        }

        if (random.NextDouble() < 0.2)
        {
            b.AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 12), "校门口", "概要"));
        }

        return b.Build();
    }
}
