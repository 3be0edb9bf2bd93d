using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace HuXiao.Reporting.Tests.Series;

public class SeriesProperties
{
    private static readonly ReportSchema Form = Generators.Schema;

    private static readonly Gen<(long[] Opening, long[][] News, int Month, int Ordinal, long Delta)> Chains =
        from months in Gen.Choose(2, 10)
        from opening in Generators.ArrayOf(Form.Count, Gen.Choose(0, 100_000).Select(i => (long)i))
        from news in Generators.ArrayOf(months, Generators.ArrayOf(Form.Count, Gen.Choose(-50, 5_000).Select(i => (long)i)))
        from month in Gen.Choose(1, months - 1)
        from ordinal in Gen.Choose(0, Form.Count - 1)
        from delta in Gen.Choose(1, 1000).SelectMany(d => Gen.Elements((long)d, -d))
        select (opening, news, month, ordinal, delta);

    private static IReadOnlyList<MonthlyReport> Build(long[] opening, long[][] news)
    {
        var balance = OpeningBalance.Zero(Form);
        foreach (var indicator in Form.Indicators)
        {
            balance = balance.WithLevel(indicator.Code, opening[indicator.Ordinal]);
        }

        var months = news.Select((row, m) =>
        {
            var builder = MonthlyReport.CreateBuilder(Form, TestData.Zhongyuan, new YearMonth(2017, 4).PlusMonths(m));
            for (var i = 0; i < row.Length; i++)
            {
                builder.Set(i, ReportRow.New, row[i]);
            }

            return builder.Build();
        });
        return ReportSeries.BuildTotals(balance, months);
    }

    [Property(MaxTest = 150)]
    public Property Totals_built_from_new_pass_the_chain_check_and_changing_any_single_new_breaks_it()
        => Prop.ForAll(Chains.ToArbitrary(), c =>
        {
            var series = Build(c.Opening, c.News);
            var allPass = series.Zip(series.Skip(1)).All(p => ReportSeries.CheckChain(p.First, p.Second).Findings.Count == 0);
            var changed = series[c.Month].ToBuilder().Set(c.Ordinal, ReportRow.New, c.News[c.Month][c.Ordinal] + c.Delta).Build();
            var broken = ReportSeries.CheckChain(series[c.Month - 1], changed).Errors.ToArray();
            return allPass && broken.Length == 1 && broken[0].Indicators[0] == Form[c.Ordinal].Code;
        });

    [Property(MaxTest = 150)]
    public Property The_summary_of_the_whole_series_agrees_with_the_built_totals()
        => Prop.ForAll(Chains.ToArbitrary(), c =>
        {
            var series = Build(c.Opening, c.News);
            var summary = ReportSeries.Summarise(series, new PeriodRange(series[0].Period, series[^1].Period));
            // Opening + the summed new = the last month's total, for every indicator.
            return Form.Indicators.All(i => c.Opening[i.Ordinal] + summary.New(i.Code) == summary.Total(i.Code));
        });
}
