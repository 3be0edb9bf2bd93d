using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Reporting.Tests.Aggregation;

public class ReportBatchBuilderTests
{
    private static readonly ReportSchema Schema = BatchScenario.Schema;
    private static readonly YearMonth May = BatchScenario.Period;
    private static readonly OrganisationUnit A = new("410102", "中原区");
    private static readonly OrganisationUnit B = new("410103", "二七区");

    [Fact]
    public void A_negative_capacity_is_refused_naming_the_argument()
    {
        var e = Assert.Throws<ArgumentException>(() => ReportBatch.CreateBuilder(Schema, May, -1));
        Assert.Equal("capacity", e.ParamName);
        Assert.StartsWith("The capacity cannot be negative.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused_naming_the_argument()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => builder.Add((MonthlyReport)null!)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => builder.Add((OrganisationUnit)null!)).ParamName);
        var a = builder.Add(A);
        Assert.Equal("filing", Assert.Throws<ArgumentNullException>(() => builder.WithFiling(a, null!)).ParamName);
        Assert.Equal("detail", Assert.Throws<ArgumentNullException>(() => builder.AddCase(a, null!)).ParamName);
        Assert.Equal("schema", Assert.Throws<ArgumentNullException>(() => ReportBatch.CreateBuilder(null!, May)).ParamName);
    }

    [Fact]
    public void Reports_of_another_form_or_month_and_a_unit_added_twice_are_refused_saying_which()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May);
        var other = ReportSchema.CreateBuilder("other", 1).AddTable("A", "t").AddIndicator("A01", "x", "x", null, "所", IndicatorKind.Stock).Build();
        var foreign = Assert.Throws<ReportingException>(() => builder.Add(MonthlyReport.CreateBuilder(other, A, May).Build()));
        Assert.Equal(ErrorCodes.RollUpSchemaMismatch, foreign.Code);
        Assert.Contains($"on form {other}", foreign.Message, StringComparison.Ordinal);
        Assert.Contains($"on form {Schema}", foreign.Message, StringComparison.Ordinal);

        var june = Assert.Throws<ReportingException>(() => builder.Add(MonthlyReport.CreateBuilder(Schema, A, May.PlusMonths(1)).Build()));
        Assert.Equal(ErrorCodes.RollUpPeriodMismatch, june.Code);
        Assert.Contains("is for 2017-06", june.Message, StringComparison.Ordinal);
        Assert.Contains("are for 2017-05", june.Message, StringComparison.Ordinal);

        builder.Add(A);
        var twice = Assert.Throws<ReportingException>(() => builder.Add(A));
        Assert.Equal(ErrorCodes.DuplicateReport, twice.Code);
        Assert.Contains($"unit {A} for 2017-05", twice.Message, StringComparison.Ordinal);

        var values = Assert.Throws<ArgumentException>(() => builder.Add(B, new long[3]));
        Assert.Equal("values", values.ParamName);
        Assert.StartsWith($"A report of {Schema} has 92 cells; 3 values were given.", values.Message, StringComparison.Ordinal);
        Assert.Equal(1, builder.Count);
    }

    [Fact]
    public void Every_change_to_a_built_builder_is_refused()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May);
        var a = builder.Add(A);
        builder.Build();
        var report = MonthlyReport.CreateBuilder(Schema, B, May).Build();
        var case1 = new CaseDetail("B17", null, "校门口", "盗窃");
        foreach (var change in new Action[]
                 {
                     () => builder.Add(report),
                     () => builder.Add(B),
                     () => builder.Set(a, 0, ReportRow.Total, 1),
                     () => builder.WithFiling(a, ReportFiling.Unfiled),
                     () => builder.AddCase(a, case1),
                 })
        {
            var e = Assert.Throws<InvalidOperationException>(change);
            Assert.Equal("The batch was already built; its arrays now belong to it. Start a new builder.", e.Message);
        }
    }

    [Fact]
    public void An_index_past_the_reports_added_is_refused_naming_the_range()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May, capacity: 8);
        builder.Add(A);
        var case1 = new CaseDetail("B17", null, "校门口", "盗窃");
        foreach (var (index, change) in new (int, Action<int>)[]
                 {
                     (1, i => builder.Set(i, 0, ReportRow.Total, 1)),
                     (-1, i => builder.Set(i, 0, ReportRow.Total, 1)),
                     (1, i => builder.WithFiling(i, ReportFiling.Unfiled)),
                     (5, i => builder.AddCase(i, case1)),
                 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => change(index));
            Assert.Equal("index", e.ParamName);
            Assert.Equal((object)index, e.ActualValue);
            Assert.StartsWith("The builder holds reports 0–0.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Filings_and_cases_set_by_index_reach_the_batch()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May);
        var a = builder.Add(A);
        var b = builder.Add(B);
        var filing = ReportFiling.Unfiled with { Revision = 2 };
        var theft = new CaseDetail("B17", null, "校门口", "盗窃");
        var fight = new CaseDetail("B17", null, "操场", "斗殴");
        builder.WithFiling(b, filing).AddCase(b, theft).AddCase(b, fight).Set(b, Schema["B17"].Ordinal, ReportRow.New, 3);
        Assert.Throws<KeyNotFoundException>(() => builder.AddCase(a, new CaseDetail("Z99", null, "无", "无")));
        var batch = builder.Build();

        Assert.Equal(ReportFiling.Unfiled, batch.ToReport(a).Filing);
        Assert.Empty(batch.ToReport(a).Cases);
        Assert.Equal(filing, batch.ToReport(b).Filing);
        Assert.Equal([theft, fight], batch.ToReport(b).Cases);
    }

    [Fact]
    public void A_report_replaced_by_a_revision_without_cases_keeps_none_of_the_old_cases()
    {
        var withCases = MonthlyReport.CreateBuilder(Schema, A, May).SetNew("B17", 1).AddCase(new CaseDetail("B17", null, "校门口", "盗窃")).Build();
        var corrected = withCases.ToBuilder().SetNew("B17", 0).ClearCases().WithFiling(ReportFiling.Unfiled with { Revision = 2 }).Build();
        var other = MonthlyReport.CreateBuilder(Schema, B, May).SetNew("B17", 1).AddCase(new CaseDetail("B17", null, "操场", "斗殴")).Build();
        var batch = ReportBatch.FromReports(Schema, May, [withCases, other, corrected]);

        Assert.Empty(batch.ToReport(batch.IndexOf(A.Code)).Cases);
        Assert.Equal(other.Cases, batch.ToReport(batch.IndexOf(B.Code)).Cases);
    }

    [Fact]
    public void A_batch_grown_past_its_capacity_keeps_every_report_with_its_cases()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May, capacity: 1);
        var reports = Enumerable.Range(0, 40)
            .Select(i => MonthlyReport.CreateBuilder(Schema, new OrganisationUnit($"U{i:00}", "校"), May)
                .SetNew("B17", i % 3 == 0 ? 1 : 0)
                .AddCasesWhere(i % 3 == 0, new CaseDetail("B17", null, "校内", $"案{i}"))
                .SetTotal("A01", i)
                .Build())
            .ToArray();
        foreach (var report in reports)
        {
            builder.Add(report);
        }

        var batch = builder.Build();
        Assert.Equal(40, batch.Count);
        Assert.Equal(reports, batch.ToReports());
    }
}

internal static class MonthlyReportBuilderTestExtensions
{
    public static MonthlyReportBuilder AddCasesWhere(this MonthlyReportBuilder builder, bool condition, CaseDetail detail)
        => condition ? builder.AddCase(detail) : builder;
}
