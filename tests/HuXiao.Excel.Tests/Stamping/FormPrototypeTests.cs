using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Excel.Layout;
using HuXiao.Excel.Stamping;
using HuXiao.Excel.Tests.Support;
using HuXiao.Excel.Writing;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Tests.Stamping;

/// <summary>A form stamped into the rendered form is the form the ClosedXML build makes from scratch, part for part.</summary>
public sealed class FormPrototypeTests
{
    private static readonly ReportSchema s_schema = ReportSchema.Zhengzhou2017;
    private static readonly Lazy<FormPrototype> s_prototype = new(() => FormPrototype.Render(s_schema) ?? throw new InvalidOperationException("the built-in form cannot be stamped"));

    /// <summary>Texts a clerk types, and texts that need escaping or that ClosedXML writes in its own way.</summary>
    private static readonly string[] s_texts =
    [
        "", "王审核", "0371-12345678", "合计", "新增", "(所)", "某小学门口", "盗窃电动车案，已破获", "a&b", "<b>x</b>", "\"引号\"'",
        " 前空格", "后空格 ", "全角空格\u3000", "\u00A0不换行空格", "中间  两个空格", "2017-05-03", "0123", "1e5", "TRUE", "=A1+1",
        "换行\n第二行", "制表\t符", "控制\u0001符", "表情😀", "_x0041_", "转义_X005F_",
    ];

    public static class Arbs
    {
        private static Gen<long?> Value()
            => from kind in Gen.Choose(0, 6)
               from a in Gen.Choose(0, int.MaxValue)
               from negative in Gen.Choose(0, 1)
               select kind switch
               {
                   0 => (long?)null,
                   1 => a % 1000,
                   2 => (negative == 1 ? -1 : 1) * ((long)a << 20),
                   3 => FormCells.ExactNumberLimit,
                   4 => -FormCells.ExactNumberLimit - 1 + (a % 2),
                   5 => long.MaxValue - (a % 3),
                   _ => 0,
               };

        private static Gen<string> Text() => Gen.Elements(s_texts);

        public static Arbitrary<MonthlyReport> Reports()
        {
            var gen =
                from values in Gen.ArrayOf(Value(), s_schema.Count * 2)
                from reviewer in Text()
                from preparer in Text()
                from phone in Text()
                from filed in Gen.Choose(0, 40)
                from caseCount in Gen.Frequency((6, Gen.Choose(0, 4)), (1, Gen.Choose(195, 201)))
                from texts in Gen.ArrayOf(Text(), 3)
                from revision in Gen.Choose(1, 12)
                from name in Text().Where(t => !t.Contains('\u0001', StringComparison.Ordinal))
                select Report(values, reviewer, preparer, phone, filed, caseCount, texts, revision, name);
            return gen.ToArbitrary();
        }

        private static MonthlyReport Report(long?[] values, string reviewer, string preparer, string phone, int filed, int caseCount, string[] texts, int revision, string name)
        {
            var builder = MonthlyReport.CreateBuilder(s_schema, new OrganisationUnit("410102", name.Trim().Length == 0 ? "中原分局" : name), new YearMonth(2017, 1 + (filed % 12)));
            for (var i = 0; i < s_schema.Count; i++)
            {
                builder.Set(i, ReportRow.New, values[2 * i]);
                builder.Set(i, ReportRow.Total, values[(2 * i) + 1] is { } total ? Math.Abs(total == long.MinValue ? 0 : total) : null);
            }

            for (var k = 0; k < caseCount; k++)
            {
                builder.AddCase(new CaseDetail(s_schema[k % s_schema.Count].Code, k % 3 == 0 ? null : new LocalDate(2017, 5, 1 + (k % 28)), texts[k % 3], texts[(k + 1) % 3]));
            }

            return builder
                .WithFiling(new ReportFiling
                {
                    Reviewer = reviewer.Length == 0 ? null : reviewer,
                    Preparer = preparer,
                    Phone = phone,
                    FiledOn = filed == 0 ? null : new LocalDate(2017, 6, filed % 28 + 1),
                    Revision = revision,
                })
                .Build();
        }
    }

    [Fact]
    public void The_built_in_form_renders_for_stamping()
        => Assert.NotNull(FormPrototype.Render(s_schema));

    [Fact]
    public void A_blank_template_stamped_is_the_blank_template_built()
    {
        var content = new FormContent(s_schema, null, null, null);
        var stamped = s_prototype.Value.TryStamp(content);
        Assert.NotNull(stamped);
        PackageParts.AssertSame(PackageParts.Built(content), stamped);
    }

    // A unit name with a control character is left out: the build itself refuses it (OpenXML will not write it into the properties).
    [Property(Arbitrary = [typeof(Arbs)], MaxTest = 60)]
    public void A_report_is_stamped_as_built_or_left_to_the_build_for_what_the_stamp_cannot_write(MonthlyReport report)
    {
        var content = FormContent.Of(report);
        var stamped = s_prototype.Value.TryStamp(content);
        var texts = FormCells.Of(content, FormLayout.For(s_schema)).Where(c => !c.IsNumber).Select(c => c.Text!)
            .Append(WorkbookPropertiesWriter.Subject(content))
            .Concat(WorkbookPropertiesWriter.Custom(content).Select(p => p.Value));
        var stampable = report.Cases.Count <= CaseSheetWriter.BlankRows && texts.All(StampText.CanWrite);
        Assert.Equal(stampable, stamped is not null);
        PackageParts.AssertSame(PackageParts.Built(content), stamped ?? new ExcelFormWriter().Write(report));
    }

    [Fact]
    public void Texts_that_repeat_the_forms_own_strings_are_numbered_as_the_build_numbers_them()
    {
        // 合计 and 新增 are the form's own strings, first used after the footer would use them; (所) before it.
        var report = MonthlyReport.CreateBuilder(s_schema, new OrganisationUnit("410102", "合计"), new YearMonth(2017, 5))
            .SetBoth("A01", 1, 2)
            .WithFiling(new ReportFiling { Reviewer = "新增", Preparer = "(所)", Phone = "具体情况（打击涉校违法犯罪和防范案事件情况，要报送具体情况）" })
            .AddCase(new CaseDetail("B05", null, "合计", "新增"))
            .AddCase(new CaseDetail("B05", null, "合计", "指标代码"))
            .Build();
        var content = FormContent.Of(report);
        var stamped = s_prototype.Value.TryStamp(content);
        Assert.NotNull(stamped);
        PackageParts.AssertSame(PackageParts.Built(content), stamped);
    }

    [Fact]
    public void More_cases_than_the_form_lays_out_are_left_to_the_build()
    {
        var builder = MonthlyReport.CreateBuilder(s_schema, Samples.Unit, Samples.Period);
        for (var k = 0; k <= CaseSheetWriter.BlankRows; k++)
        {
            builder.AddCase(new CaseDetail("B05", null, "某地" + k, "情况" + k));
        }

        var report = builder.Build();
        Assert.Null(s_prototype.Value.TryStamp(FormContent.Of(report)));
        PackageParts.AssertSame(PackageParts.Built(FormContent.Of(report)), new ExcelFormWriter().Write(report));
    }

    [Theory]
    [InlineData("换行\n第二行")]
    [InlineData("回车\r")]
    [InlineData("制表\t符")]
    [InlineData("控制\u0001符")]
    [InlineData("表情😀")]
    [InlineData("像转义的_x0041_")]
    public void A_text_ClosedXML_escapes_or_wraps_is_left_to_the_build(string text)
    {
        var report = Samples.Full().ToBuilder().WithFiling(new ReportFiling { Preparer = text }).Build();
        Assert.Null(s_prototype.Value.TryStamp(FormContent.Of(report)));
        PackageParts.AssertSame(PackageParts.Built(FormContent.Of(report)), new ExcelFormWriter().Write(report));
    }

    [Fact]
    public void Another_form_is_stamped_as_built()
    {
        var builder = ReportSchema.CreateBuilder("stamp-test", 3).WithTitle("另一种月报 & <测试>").AddTable("X", "设备");
        for (var i = 1; i <= 17; i++)
        {
            builder.AddIndicator($"X{i:00}", $"设备{i}", $"device {i}", i is > 3 and < 8 ? "分组" : null, i % 2 == 0 ? "所" : "人", i % 3 == 0 ? IndicatorKind.Flow : IndicatorKind.Stock);
        }

        builder.AddTable("Y", "活动");
        for (var i = 1; i <= 9; i++)
        {
            builder.AddIndicator($"Y{i:00}", $"活动{i}", $"activity {i}", null, "次", IndicatorKind.Flow);
        }

        var schema = builder.Build();
        var prototype = FormPrototype.Render(schema);
        Assert.NotNull(prototype);
        var report = MonthlyReport.CreateBuilder(schema, new OrganisationUnit("330100", "杭州<市>"), new YearMonth(2019, 3))
            .SetBoth("X01", 4, 40).SetBoth("X17", -2, 7).SetBoth("Y09", 1, 9)
            .WithFiling(new ReportFiling { Reviewer = "审核", FiledOn = new LocalDate(2019, 4, 1) })
            .AddCase(new CaseDetail("Y02", new LocalDate(2019, 3, 2), "某地", "简要"))
            .Build();
        foreach (var content in new[] { FormContent.Of(report), new FormContent(schema, report.Unit, report.Period, null) })
        {
            var stamped = prototype.TryStamp(content);
            Assert.NotNull(stamped);
            PackageParts.AssertSame(PackageParts.Built(content), stamped);
        }

        Assert.Null(s_prototype.Value.TryStamp(FormContent.Of(report)));
    }
}
