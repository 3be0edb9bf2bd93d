using ClosedXML.Excel;
using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using static HuXiao.Excel.Tests.Support.FormEditing;

namespace HuXiao.Excel.Tests.Writing;

public sealed class TemplateTests
{
    private static XLWorkbook Template()
    {
        var buffer = new MemoryStream();
        new ExcelFormWriter().WriteTemplate(buffer);
        buffer.Position = 0;
        return new XLWorkbook(buffer);
    }

    [Fact]
    public void Input_cells_are_unlocked_and_the_rest_protected_without_a_password()
    {
        using var wb = Template();
        var ws = wb.Worksheet(FormSheet);
        Assert.True(ws.Protection.IsProtected);
        Assert.False(ws.Protection.IsPasswordProtected);
        Assert.False(ws.Cell("B7").Style.Protection.Locked);   // A01 新增
        Assert.False(ws.Cell("T8").Style.Protection.Locked);   // A19 合计
        Assert.False(ws.Cell("I20").Style.Protection.Locked);  // C08 合计
        Assert.True(ws.Cell("C5").Style.Protection.Locked);    // a label
        Assert.True(ws.Cell("B6").Style.Protection.Locked);    // a unit
        Assert.Equal("____年__月__日", ws.Cell("Q22").GetString());
    }

    [Fact]
    public void Inputs_take_whole_numbers_and_only_a_stocks_new_may_be_negative()
    {
        using var wb = Template();
        var ws = wb.Worksheet(FormSheet);
        IXLDataValidation Validation(string cell) => ws.DataValidations.Single(v => v.Ranges.Any(r => r.Contains(ws.Cell(cell))));
        Assert.Equal(XLAllowedValues.WholeNumber, Validation("E7").AllowedValues);
        Assert.StartsWith("-", Validation("E7").MinValue, StringComparison.Ordinal);   // A04 新增: a stock
        Assert.Equal("0", Validation("E8").MinValue);                                   // A04 合计
        Assert.Equal("0", Validation("B13").MinValue);                                  // B01 新增: a flow
        Assert.StartsWith("-", Validation("J13").MinValue, StringComparison.Ordinal);  // B09 新增: a stock
    }

    [Fact]
    public void The_layout_follows_the_source()
    {
        using var wb = Template();
        var ws = wb.Worksheet(FormSheet);
        Assert.Equal("校园安全工作进展报表", ws.Cell("A1").GetString());
        Assert.StartsWith("填表单位：", ws.Cell("A2").GetString(), StringComparison.Ordinal);
        Assert.Contains(ws.MergedRanges, r => r.RangeAddress.ToString() == "B4:D4" && r.FirstCell().GetString() == "全部校园数");
        Assert.Contains(ws.MergedRanges, r => r.RangeAddress.ToString() == "S4:S5" && r.FirstCell().GetString() == "国家标准已达标的校园数");
        Assert.Equal(string.Empty, ws.Cell("B5").GetString());
        Assert.Equal("城市校园数", ws.Cell("C5").GetString());
        Assert.Equal("安装一键式报警装置并与公安机关联网校园数", ws.Cell("T5").GetString());
        Assert.Equal("(所)", ws.Cell("B6").GetString());
        Assert.Equal("新增", ws.Cell("A7").GetString());
        Assert.Equal("合计", ws.Cell("A8").GetString());
        Assert.Equal("排查高危人员", ws.Cell("B11").GetString());
        Assert.Equal("问责人员", ws.Cell("I17").GetString());
        Assert.Contains(ws.MergedRanges, r => r.FirstCell().GetString() == "打击涉校违法犯罪和防范案事件情况，要报送具体情况。");
        Assert.Equal("审核人：", ws.Cell("A22").GetString());
        Assert.Equal("填表人：", ws.Cell("F22").GetString());
        Assert.Equal("联系电话：", ws.Cell("K22").GetString());
        Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, ws.PageSetup.PaperSize);
        Assert.Equal(1, ws.PageSetup.PagesWide);
        Assert.Equal(1, ws.SheetView.SplitColumn);
        Assert.True(ws.Column(2).Width > 5);
        Assert.True(ws.Cell("C5").Style.Alignment.WrapText);
        Assert.DoesNotContain(ws.CellsUsed(), c => c.HasFormula);
        Assert.Equal(new[] { "指标代码", "指标", "日期", "地点", "简要情况" }, Enumerable.Range(1, 5).Select(c => wb.Worksheet("具体情况").Cell(3, c).GetString()));
    }

    [Fact]
    public void The_workbook_records_schema_unit_period_and_revision()
    {
        using var buffer = new MemoryStream(Samples.FullBytes());
        using var wb = new XLWorkbook(buffer);
        Assert.Equal("zhengzhou-2017", Convert.ToString(wb.CustomProperty("HuXiao.SchemaId").Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1", Convert.ToString(wb.CustomProperty("HuXiao.SchemaVersion").Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("code:410102", Convert.ToString(wb.CustomProperty("HuXiao.UnitCode").Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2017-05", Convert.ToString(wb.CustomProperty("HuXiao.Period").Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2", Convert.ToString(wb.CustomProperty("HuXiao.Revision").Value, System.Globalization.CultureInfo.InvariantCulture));
        var ws = wb.Worksheet(FormSheet);
        Assert.Equal(1, ws.Cell("B7").GetDouble());   // A01 新增 = ordinal + 1
        Assert.Equal(118, ws.Cell("T8").GetDouble()); // A19 合计 = 100 + ordinal 18
        Assert.Equal("2017年6月1日", ws.Cell("Q22").GetString());
        Assert.Equal("B17", wb.Worksheet("具体情况").Cell("A4").GetString());
        Assert.Equal("2017-05-03", wb.Worksheet("具体情况").Cell("C4").GetString());
    }

    [Fact]
    public void Figures_past_fifteen_digits_are_written_as_text_and_keep_every_digit()
    {
        var report = MonthlyReport.CreateBuilder(Samples.Schema, Samples.Unit, Samples.Period).SetTotal("A15", long.MaxValue).Build();
        var bytes = new ExcelFormWriter().Write(report);
        using var wb = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal("9223372036854775807", wb.Worksheet(FormSheet).Cell("P8").GetString());
        Assert.Equal(long.MaxValue, new ExcelFormReader().Read(bytes).Value!.Total("A15"));
    }
}
