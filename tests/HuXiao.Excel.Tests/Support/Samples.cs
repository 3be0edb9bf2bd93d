using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Tests.Support;

/// <summary>Reports built from values the tests choose, to compare reads against.</summary>
internal static class Samples
{
    internal static readonly ReportSchema Schema = ReportSchema.Zhengzhou2017;
    internal static readonly OrganisationUnit Unit = new("410102", "中原区公安分局");
    internal static readonly YearMonth Period = new(2017, 5);

    /// <summary>Every cell filled: 新增 = ordinal + 1, 合计 = 100 + ordinal; filing and two cases.</summary>
    internal static MonthlyReport Full()
    {
        var builder = MonthlyReport.CreateBuilder(Schema, Unit, Period);
        foreach (var indicator in Schema.Indicators)
        {
            builder.Set(indicator.Ordinal, ReportRow.New, indicator.Ordinal + 1);
            builder.Set(indicator.Ordinal, ReportRow.Total, 100 + indicator.Ordinal);
        }

        return builder
            .WithFiling(new ReportFiling { Reviewer = "王审核", Preparer = "李填表", Phone = "0371-12345678", FiledOn = new LocalDate(2017, 6, 1), Revision = 2 })
            .AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 3), "某小学门口", "盗窃电动车案，已破获"))
            .AddCase(new CaseDetail("B05", null, "某幼儿园", "制止一起可疑人员滋扰"))
            .Build();
    }

    private static readonly Lazy<byte[]> s_fullBytes = new(() => new ExcelFormWriter().Write(Full()));

    /// <summary>The full sample written by the writer (written once; each call gets its own copy).</summary>
    internal static byte[] FullBytes() => (byte[])s_fullBytes.Value.Clone();

    /// <summary>
    /// The second v0.1 fixture (Fixtures/make-v0.1-fixtures.cs): blanks, a stock that fell, a zero, numbers past 15
    /// digits (written as text), no filing date.
    /// </summary>
    internal static MonthlyReport Sparse()
        => MonthlyReport.CreateBuilder(Schema, new OrganisationUnit("410105", "金水分局"), new YearMonth(2017, 11))
            .SetBoth("A01", -2, 310).SetBoth("A02", 0, 200).SetBoth("A03", -2, 110)
            .SetTotal("A15", 1_234_567_890_123_456_789).SetNew("A15", 999_999_999_999_999)
            .SetBoth("B17", 3, 41).SetTotal("C08", 0)
            .WithFiling(new ReportFiling { Preparer = "赵某" })
            .AddCase(new CaseDetail("B17", new LocalDate(2017, 11, 20), "某中学", "寻衅滋事案，已破获"))
            .Build();

    /// <summary>A v0.1 fixture's bytes.</summary>
    internal static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>The report that docs/scripts/write-sample-form.cs writes (and the LibreOffice fixture holds).</summary>
    internal static MonthlyReport DocsSample()
    {
        var builder = MonthlyReport.CreateBuilder(Schema, new OrganisationUnit("410102", "中原区公安分局"), new YearMonth(2017, 5));
        foreach (var indicator in Schema.Indicators)
        {
            builder.Set(indicator.Ordinal, ReportRow.New, indicator.Ordinal % 5);
            builder.Set(indicator.Ordinal, ReportRow.Total, 120 + (indicator.Ordinal * 7));
        }

        return builder.WithFiling(new ReportFiling { Reviewer = "张某", Preparer = "李某", Phone = "0371-00000000", FiledOn = new LocalDate(2017, 6, 1) })
            .AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 3), "某小学门口", "示例：盗窃电动车案，已破获（样例数据）"))
            .Build();
    }
}
