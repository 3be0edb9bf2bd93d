using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Tests.Writing;

/// <summary>Save then load is the identity for any valid report, under a fixed culture.</summary>
public sealed class RoundTripProperties
{
    private static readonly ReportSchema s_schema = ReportSchema.Zhengzhou2017;
    private static readonly char[] s_chars = "中原区公安分局某小学门口案件 已破获处置ABCxyz0123456789-+=@#()（）：,.，。'\"".ToCharArray();

    public static class Arbs
    {
        private static Gen<string> Text(int max)
            => from chars in Gen.ArrayOf(Gen.Elements(s_chars)).Where(a => a.Length <= max)
               select new string(chars).Trim();

        private static Gen<string?> OptionalText(int max)
            => from text in Text(max) select text.Length == 0 ? null : text;

        private static Gen<LocalDate?> OptionalDate()
            => from some in Gen.Choose(0, 3)
               from y in Gen.Choose(2017, 2019)
               from m in Gen.Choose(1, 12)
               from d in Gen.Choose(1, 28)
               select some == 0 ? (LocalDate?)null : new LocalDate(y, m, d);

        private static Gen<long> NonNegative()
            => from mode in Gen.Choose(0, 4)
               from a in Gen.Choose(0, int.MaxValue)
               from b in Gen.Choose(0, int.MaxValue)
               select mode switch
               {
                   0 => a % 1000,
                   1 => a,
                   2 => ((long)a << 31) | (uint)b,
                   3 => long.MaxValue - (a % 3),
                   _ => 999_999_999_999_999L + (a % 3) - 1,
               };

        private static Gen<long?> Cell(bool negativeAllowed)
            => from blank in Gen.Choose(0, 4)
               from value in NonNegative()
               from negate in Gen.Choose(0, negativeAllowed ? 1 : 0)
               select blank == 0 ? (long?)null : negate == 1 ? -value : value;

        public static Arbitrary<MonthlyReport> Reports()
        {
            var cells = s_schema.Indicators
                .SelectMany(i => new[] { Cell(i.Kind == IndicatorKind.Stock), Cell(false) })
                .Aggregate(Gen.Constant(System.Collections.Immutable.ImmutableList<long?>.Empty), (acc, g) => from list in acc from v in g select list.Add(v));
            var cases = Gen.ArrayOf(
                    from code in Gen.Elements("B05", "B06", "B17", "B18", "B19", "A01")
                    from date in OptionalDate()
                    from place in Text(12)
                    from summary in Text(30)
                    select new CaseDetail(code, date, place, summary))
                .Where(a => a.Length <= 4);
            var gen = from values in cells
                      from code in Gen.Elements("410102", "0371", "A-01", "410100")
                      from name in Text(10).Where(t => t.Length > 0)
                      from year in Gen.Choose(2017, 2020)
                      from month in Gen.Choose(1, 12)
                      from reviewer in OptionalText(8)
                      from preparer in OptionalText(8)
                      from phone in OptionalText(14)
                      from filedOn in OptionalDate()
                      from revision in Gen.Choose(1, 5)
                      from caseList in cases
                      select Build(values, new OrganisationUnit(code, name), new YearMonth(year, month), new ReportFiling { Reviewer = reviewer, Preparer = preparer, Phone = phone, FiledOn = filedOn, Revision = revision }, caseList);
            return gen.ToArbitrary();
        }

        private static MonthlyReport Build(IReadOnlyList<long?> values, OrganisationUnit unit, YearMonth period, ReportFiling filing, CaseDetail[] cases)
        {
            var builder = MonthlyReport.CreateBuilder(s_schema, unit, period).WithFiling(filing);
            for (var i = 0; i < s_schema.Count; i++)
            {
                builder.Set(i, ReportRow.New, values[2 * i]);
                builder.Set(i, ReportRow.Total, values[(2 * i) + 1]);
            }

            foreach (var c in cases)
            {
                builder.AddCase(c);
            }

            return builder.Build();
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 50)]
    public void Save_then_load_is_the_identity(MonthlyReport report)
    {
        using var culture = new CultureScope("zh-CN");
        var result = new ExcelFormReader().Read(new ExcelFormWriter().Write(report));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(report.Unit.Code, result.Value.Unit.Code);
        Assert.Equal(report.Unit.Name, result.Value.Unit.Name);
        Assert.Equal(report.Filing, result.Value.Filing);
        Assert.Equal(report.Cases, result.Value.Cases);
        Assert.Equal(report, result.Value);
    }

    [Fact]
    public void The_round_trip_does_not_depend_on_the_culture()
    {
        using var culture = new CultureScope("de-DE");
        var report = Samples.Full();
        Assert.Equal(report, new ExcelFormReader().Read(new ExcelFormWriter().Write(report)).Value);
    }
}
