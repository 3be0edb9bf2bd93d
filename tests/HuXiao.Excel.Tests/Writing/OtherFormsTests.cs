using ClosedXML.Excel;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Tests.Writing;

/// <summary>The writer and the reader follow the form they are given, not the Zhengzhou layout: one table or several, narrow or wide.</summary>
public class OtherFormsTests
{
    private static ReportSchema Form(int tables, int indicatorsPerTable)
    {
        var builder = ReportSchema.CreateBuilder($"form-{tables}x{indicatorsPerTable}").WithTitle("测试报表");
        for (var t = 0; t < tables; t++)
        {
            var letter = (char)('P' + t);
            builder.AddTable(letter.ToString(), "表" + (t + 1));
            for (var i = 1; i <= indicatorsPerTable; i++)
            {
                // Every third indicator under a group heading, the others alone: both layouts of a column.
                builder.AddIndicator($"{letter}{i:00}", $"第{t + 1}表指标{i}", $"indicator {letter}{i}", i % 3 == 0 ? "分组" + (i / 3) : null, i % 2 == 0 ? "所" : "次", i % 2 == 0 ? IndicatorKind.Stock : IndicatorKind.Flow);
            }
        }

        return builder.Build();
    }

    [Theory]
    [InlineData(1, 1)]     // one indicator
    [InlineData(1, 5)]     // one narrow table
    [InlineData(1, 40)]    // one table wider than any of the 2017 form's
    [InlineData(4, 12)]    // more tables than the 2017 form
    public void A_filled_form_of_any_shape_reads_back_equal(int tables, int indicatorsPerTable)
    {
        var schema = Form(tables, indicatorsPerTable);
        var options = new ExcelOptions();
        options.Schemas.Clear();
        options.Schemas.Add(schema);
        var unit = new OrganisationUnit("330102", "甲分局");
        var builder = MonthlyReport.CreateBuilder(schema, unit, new YearMonth(2019, 5));
        foreach (var indicator in schema.Indicators)
        {
            builder.SetNew(indicator.Code, indicator.Ordinal % 7);
            builder.SetTotal(indicator.Code, (indicator.Ordinal * 13) + 1);
        }

        var report = builder.Build();
        var bytes = new ExcelFormWriter(options).Write(report);
        var read = new ExcelFormReader(options).Read(bytes, new ExcelReadOptions { Units = UnitHierarchy.CreateBuilder(new OrganisationUnit("330100", "某市")).Add(unit, "330100").Build() });

        Assert.False(read.IsRefused, string.Join(Environment.NewLine, read.Problems));
        Assert.Empty(read.Problems);
        Assert.Equal(unit.Code, read.Value!.Unit.Code);
        foreach (var indicator in schema.Indicators)
        {
            Assert.Equal(report.New(indicator.Code), read.Value.New(indicator.Code));
            Assert.Equal(report.Total(indicator.Code), read.Value.Total(indicator.Code));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_label_without_a_group_spans_both_heading_rows_unless_the_form_prints_it_in_the_lower_row_only(bool lowerRowOnly)
    {
        var schema = ReportSchema.CreateBuilder("heading-test").WithTitle("测试报表").AddTable("P", "表一")
            .AddIndicator("P01", "学校总数", "all schools", null, "所", IndicatorKind.Stock)
            .AddIndicator("P02", "配备保安员学校数", "schools with guards", "防范设施", "所", IndicatorKind.Stock)
            .AddIndicator("P03", "安装报警学校数", "schools with alarms", null, "所", IndicatorKind.Stock, labelInLowerRowOnly: lowerRowOnly)
            .Build();
        var options = new ExcelOptions();
        options.Schemas.Clear();
        options.Schemas.Add(schema);

        using var stream = new MemoryStream();
        new ExcelFormWriter(options).WriteTemplate(stream, null, null);
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var sheet = workbook.Worksheet(1);
        var label = sheet.CellsUsed().Single(c => c.GetString() == "安装报警学校数");
        var above = sheet.Cell(label.Address.RowNumber - 1, label.Address.ColumnNumber);
        var grouped = sheet.CellsUsed().Single(c => c.GetString() == "配备保安员学校数");

        // The grouped label sits in the lower heading row; a label printed there alone has nothing above it.
        Assert.Equal(lowerRowOnly ? grouped.Address.RowNumber : grouped.Address.RowNumber - 1, label.Address.RowNumber);
        Assert.Equal(lowerRowOnly, !label.IsMerged() && above.GetString().Length == 0);
        Assert.DoesNotContain(new ExcelFormReader(options).Read(stream.ToArray()).Problems, p => p.Code == ExcelErrorCodes.HeaderMismatch);
        Assert.Throws<SchemaDefinitionException>(() => ReportSchema.CreateBuilder("bad").AddTable("P", "表一").AddIndicator("P01", "甲", "a", "组", "所", IndicatorKind.Stock, labelInLowerRowOnly: true).Build());
    }
}
