using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using NodaTime;
using static HuXiao.Excel.Tests.Support.FormEditing;

namespace HuXiao.Excel.Tests.Reading;

/// <summary>Whose form and which month: the printed header, the workbook's properties and what the caller declares, each checked against the others.</summary>
public sealed class IdentityTests
{
    private readonly ExcelFormReader _reader = new();

    private static byte[] Printed(string? unit = null, string? period = null, bool dropProperties = false)
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            var ws = wb.Worksheet(FormSheet);
            if (unit is not null)
            {
                ws.Cell("A2").SetValue("填表单位：" + unit);
            }

            if (period is not null)
            {
                ws.Cell("P2").SetValue("统计月份：" + period);
            }
        });
        return dropProperties ? new FormPackage(bytes).DropCustomProperties().ToBytes() : bytes;
    }

    [Fact]
    public void A_printed_unit_that_differs_from_the_properties_is_refused_naming_both()
    {
        var result = _reader.Read(Printed(unit: "金水区"));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ExcelErrorCodes.IdentityConflict, problem.Code);
        Assert.Equal($"{FormSheet}!A2", problem.Location);
        foreach (var message in new[] { problem.Message, problem.EnglishMessage })
        {
            Assert.Contains("金水区", message, StringComparison.Ordinal);
            Assert.Contains("410105", message, StringComparison.Ordinal);
            Assert.Contains("410102", message, StringComparison.Ordinal);
        }

        Assert.True(result.IsRefused);
        Assert.Null(result.Unit);
        Assert.Equal(Samples.Period, result.Period);
    }

    [Theory]
    [InlineData("中原区")]
    [InlineData("中原分局")]
    [InlineData("郑州市公安局中原分局")]
    [InlineData("中原区公安分局")]
    [InlineData(" 中原分局 ")]
    public void A_printed_unit_by_its_region_or_organ_name_agrees_with_the_properties(string printed)
    {
        var result = _reader.Read(Printed(unit: printed));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Samples.Full(), result.Value);
        Assert.Equal("中原区公安分局", result.Value.Unit.Name);
    }

    [Fact]
    public void A_printed_month_that_differs_from_the_properties_is_refused_naming_both()
    {
        // June's file reused for July, with only the printed month changed.
        var result = _reader.Read(Printed(period: "2017年7月"));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ExcelErrorCodes.IdentityConflict, problem.Code);
        Assert.Equal($"{FormSheet}!P2", problem.Location);
        Assert.Contains("2017-05", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2017-07", problem.Message, StringComparison.Ordinal);
        Assert.True(result.IsRefused);
        Assert.Null(result.Period);
        Assert.Equal(Samples.Unit, result.Unit);
    }

    [Theory]
    [InlineData("2017年5月")]
    [InlineData("2017年05月")]
    [InlineData("2017年5月份")]
    [InlineData("2017-05")]
    [InlineData("2017/5")]
    [InlineData("2017.5")]
    [InlineData("二〇一七年五月")]
    [InlineData("２０１７年５月")]
    public void A_printed_month_in_the_ways_clerks_write_it_agrees(string printed)
    {
        var result = _reader.Read(Printed(period: printed));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Samples.Full(), result.Value);
    }

    [Theory]
    [InlineData("2017年13月")]
    [InlineData("五月")]
    [InlineData("2017年__月x")]
    public void An_unreadable_printed_month_is_refused_at_its_cell(string printed)
    {
        var result = _reader.Read(Printed(period: printed));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ExcelErrorCodes.BadDate, problem.Code);
        Assert.Equal($"{FormSheet}!P2", problem.Location);
        Assert.Equal(Samples.Period, result.Period);
    }

    [Fact]
    public void Without_properties_the_printed_header_says_whose_form_and_which_month()
    {
        var result = _reader.Read(Printed(unit: "中原分局", period: "2017年5月", dropProperties: true));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("410102", result.Value.Unit.Code);
        Assert.Equal("中原分局", result.Value.Unit.Name);
        Assert.Equal(Samples.Period, result.Value.Period);
        Assert.Equal(Samples.Full(), result.Value.ToBuilder().WithUnit(Samples.Unit).WithFiling(Samples.Full().Filing).Build());
        Assert.Equal(1, result.Value.Filing.Revision);
    }

    [Fact]
    public void Without_properties_a_printed_name_the_unit_list_does_not_know_is_refused_with_the_close_names()
    {
        var bytes = Printed(unit: "中原区公安分局", dropProperties: true);
        var result = _reader.Read(bytes);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ExcelErrorCodes.UnknownUnit, problem.Code);
        Assert.Equal($"{FormSheet}!A2", problem.Location);
        Assert.Contains("中原分局（410102）", problem.Message, StringComparison.Ordinal);
        Assert.True(result.IsRefused);

        // Declared with the name as printed, it reads.
        var declared = _reader.Read(bytes, new ExcelReadOptions { Unit = Samples.Unit });
        Assert.True(declared.Succeeded, string.Join("\n", declared.Problems));
        Assert.Equal(Samples.Unit, declared.Value.Unit);
    }

    [Fact]
    public void Without_properties_and_with_a_blank_header_the_message_says_what_was_lost()
    {
        var result = _reader.Read(Printed(unit: string.Empty, dropProperties: true));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ExcelErrorCodes.MissingUnit, problem.Code);
        Assert.Contains("文档属性已丢失", problem.Message, StringComparison.Ordinal);
        Assert.Contains("A2", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("空白模板", problem.Message, StringComparison.Ordinal);
        Assert.Contains("properties are gone", problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_unit_or_month_that_differs_from_the_workbook_is_refused_naming_both()
    {
        var bytes = Samples.FullBytes();
        var unit = Assert.Single(_reader.Read(bytes, new ExcelReadOptions { Unit = new OrganisationUnit("410105", "金水分局") }).Problems);
        Assert.Equal(ExcelErrorCodes.IdentityConflict, unit.Code);
        Assert.Contains("410105", unit.Message, StringComparison.Ordinal);
        Assert.Contains("410102", unit.Message, StringComparison.Ordinal);

        var month = Assert.Single(_reader.Read(bytes, new ExcelReadOptions { Period = new YearMonth(2017, 6) }).Problems);
        Assert.Equal(ExcelErrorCodes.IdentityConflict, month.Code);
        Assert.Contains("2017-06", month.EnglishMessage, StringComparison.Ordinal);

        var same = _reader.Read(bytes, new ExcelReadOptions { Unit = new OrganisationUnit("410102", "中原分局"), Period = Samples.Period });
        Assert.Equal(Samples.Full(), same.Value);
    }

    [Fact]
    public void A_unit_list_given_by_the_caller_turns_printed_names_into_codes()
    {
        var units = UnitHierarchyJson.Parse("""{"code":"4101","name":"某市公安局","children":[{"code":"410199","name":"城关派出所","aliases":["城关所"]}]}""");
        var bytes = Printed(unit: "城关所", dropProperties: true, period: "2017年5月");
        var result = _reader.Read(bytes, new ExcelReadOptions { Units = units });
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("410199", result.Value.Unit.Code);

        Assert.Equal(ExcelErrorCodes.UnknownUnit, Assert.Single(_reader.Read(bytes).Problems).Code);
    }

    [Fact]
    public void A_printed_name_that_names_several_units_is_refused_listing_them()
    {
        var units = UnitHierarchyJson.Parse("""{"code":"4101","name":"某市公安局","children":[{"code":"410191","name":"东城分局","aliases":["新区"]},{"code":"410192","name":"西城分局","aliases":["新区"]}]}""");
        var problem = Assert.Single(_reader.Read(Printed(unit: "新区", dropProperties: true), new ExcelReadOptions { Units = units }).Problems);
        Assert.Equal(ExcelErrorCodes.UnknownUnit, problem.Code);
        Assert.Contains("东城分局（410191）", problem.Message, StringComparison.Ordinal);
        Assert.Contains("西城分局（410192）", problem.Message, StringComparison.Ordinal);
    }
}
