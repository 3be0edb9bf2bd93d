using FsCheck;
using FsCheck.Fluent;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Compliance.Tests.Properties;

/// <summary>
/// A month of one to seven units' forms, each as the form's consistency rules allow (A02 + A03 = A01, every campus
/// count at most A01, A12 ≤ A11, A14 ≤ A13), split into the units that reported and those that did not, judged at a
/// date. Achieved counts often equal their targets, so that met and not-met both come up.
/// </summary>
public sealed record SplitMonth(IReadOnlyList<MonthlyReport> Units, IReadOnlyList<bool> Reported, LocalDate AsOf)
{
    public IEnumerable<MonthlyReport> ReportedUnits => Units.Where((_, i) => Reported[i]);

    public override string ToString()
        => $"as of {AsOf}: " + string.Join("; ", Units.Select((u, i) => $"{(Reported[i] ? "reported" : "missing")} {u.Unit.Code} {string.Join(",", CoverageArbs.Codes.Select(c => $"{c}={u.Total(c)}"))}"));
}

public static class CoverageArbs
{
    internal static readonly string[] Codes = ["A01", "A02", "A03", "A05", "A07", "A08", "A10", "A11", "A12", "A13", "A14", "A16", "A18", "A19"];

    public static Arbitrary<SplitMonth> SplitMonths()
        => (from period in Gen.Choose(0, 9).Select(i => new YearMonth(2017, 4).PlusMonths(i))
            from count in Gen.Choose(1, 7)
            from units in Gen.ListOf(Unit(period), count)
            from reported in Gen.ListOf(Gen.Elements(true, false), count)
            from asOf in Gen.Choose(0, 330).Select(d => new LocalDate(2017, 5, 15).PlusDays(d))
            select new SplitMonth(units.Select((u, i) => Relabel(u, i)).ToArray(), reported.ToArray(), asOf))
            .ToArbitrary();

    private static Gen<MonthlyReport> Unit(YearMonth period)
        => from all in Gen.Choose(0, 60)
           from urban in Gen.Choose(0, all)
           from needBarriers in Gen.Choose(0, all)
           from needTraffic in Gen.Choose(0, all)
           from achieved in Gen.ArrayOf(Achieved(all), 7)
           from barriers in Achieved(needBarriers)
           from traffic in Achieved(needTraffic)
           from standard in Achieved(all)
           select MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, new OrganisationUnit("x", "x"), period)
               .SetTotal("A01", all).SetTotal("A02", urban).SetTotal("A03", all - urban)
               .SetTotal("A05", achieved[0]).SetTotal("A07", achieved[1]).SetTotal("A08", achieved[2]).SetTotal("A10", achieved[3])
               .SetTotal("A16", achieved[4]).SetTotal("A19", achieved[5])
               .SetTotal("A11", needBarriers).SetTotal("A12", barriers).SetTotal("A13", needTraffic).SetTotal("A14", traffic)
               .SetTotal("A18", standard)
               .Build();

    /// <summary>A count reaching its target half of the time, otherwise anything from 0 to it.</summary>
    private static Gen<long> Achieved(int target)
        => Gen.Frequency((1, Gen.Constant((long)target)), (1, Gen.Choose(0, target).Select(v => (long)v)));

    private static MonthlyReport Relabel(MonthlyReport report, int index)
        => report.ToBuilder().WithUnit(new OrganisationUnit($"4102{index:00}", $"单位{index}")).Build();
}
