using ClosedXML.Excel;
using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using static HuXiao.Excel.Tests.Support.FormEditing;

namespace HuXiao.Excel.Tests.Reading;

/// <summary>Finding the tables: row labels and their accepted variants, bounds between tables, and a form found twice.</summary>
public sealed class TableTests
{
    private readonly ExcelFormReader _reader = new();

    [Theory]
    [InlineData("A7", "本月新增")]
    [InlineData("A7", "当月新增")]
    [InlineData("A7", "新增数")]
    [InlineData("A7", "新 增")]
    [InlineData("A8", "累计")]
    [InlineData("A8", "累計")]
    [InlineData("A8", "合計")]
    [InlineData("A8", "合计数")]
    [InlineData("A8", "累计数")]
    [InlineData("A13", "本月新增")]
    [InlineData("A14", "累计")]
    [InlineData("A20", "合計")]
    public void An_accepted_variant_of_a_row_label_reads_the_same(string cell, string label)
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Cell(cell).SetValue(label));
        var result = _reader.Read(bytes);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Samples.Full(), result.Value);
    }

    [Theory]
    [InlineData("A8", "总数")]
    [InlineData("A8", "小计")]
    [InlineData("A7", "本月")]
    [InlineData("A14", "合计（累计）")]
    public void Any_other_label_on_a_row_with_values_is_refused_at_the_label_and_no_other_tables_row_is_read(string cell, string label)
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Cell(cell).SetValue(label));
        var result = _reader.Read(bytes);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ExcelErrorCodes.TableNotFound, problem.Code);
        Assert.Equal($"{FormSheet}!{cell}", problem.Location);
        Assert.Contains(label, problem.Message, StringComparison.Ordinal);
        Assert.Contains("累计", problem.Message, StringComparison.Ordinal);
        Assert.True(result.IsRefused);

        // The reader did not go on to the next table's rows for the missing one.
        var table = cell is "A7" or "A8" ? "A01" : "B01";
        var row = cell is "A7" or "A13" ? ReportRow.New : ReportRow.Total;
        Assert.Null(Assert.IsType<WorkbookCellLocator>(result.Locator).CellAddress(table, row));
    }

    [Fact]
    public void Two_label_cells_merged_leave_the_合计_row_unlabelled_and_refused_at_its_label_cell()
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            var ws = wb.Worksheet(FormSheet);
            ws.Cell("A8").Clear(XLClearOptions.Contents);
            ws.Range("A7:A8").Merge();
        });
        var problem = Assert.Single(_reader.Read(bytes).Problems);
        Assert.Equal(ExcelErrorCodes.TableNotFound, problem.Code);
        Assert.Equal($"{FormSheet}!A8", problem.Location);
    }

    [Fact]
    public void A_second_新增_row_is_refused_at_its_label()
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Cell("A8").SetValue("新增"));
        var problem = Assert.Single(_reader.Read(bytes).Problems);
        Assert.Equal(ExcelErrorCodes.TableNotFound, problem.Code);
        Assert.Equal($"{FormSheet}!A8", problem.Location);
        Assert.Contains("第二个", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_values_inserted_between_新增_and_合计_under_another_label_is_refused_at_that_label()
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            var ws = wb.Worksheet(FormSheet);
            ws.Row(TableATotalRow).InsertRowsAbove(1);
            ws.Cell("A8").SetValue("其中城市");
            ws.Cell("B8").SetValue(5);
        });
        var problem = Assert.Single(_reader.Read(bytes).Problems);
        Assert.Equal(ExcelErrorCodes.TableNotFound, problem.Code);
        Assert.Equal($"{FormSheet}!A8", problem.Location);
    }

    [Fact]
    public void A_note_row_without_values_below_a_table_does_not_matter()
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Cell("A9").SetValue("注：数据截至月底"));
        Assert.Equal(Samples.Full(), _reader.Read(bytes).Value);
    }

    [Theory]
    [InlineData("A30", "B35")]
    [InlineData("V1", "W6")]
    public void A_form_copied_on_the_same_sheet_below_or_beside_is_refused_naming_both_places(string copyTo, string secondUnitsRow)
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            var ws = wb.Worksheet(FormSheet);
            ws.Range("A1:T22").CopyTo(ws.Cell(copyTo));
        });
        var result = _reader.Read(bytes);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ExcelErrorCodes.AmbiguousForm, problem.Code);
        Assert.True(result.IsRefused);
        Assert.Contains($"{FormSheet}!B6", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"{FormSheet}!{secondUnitsRow}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_copied_to_a_second_sheet_is_refused_naming_both_and_reads_from_the_named_sheet()
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).CopyTo("副本"));
        var problem = Assert.Single(_reader.Read(bytes).Problems);
        Assert.Equal(ExcelErrorCodes.AmbiguousForm, problem.Code);
        Assert.Contains($"{FormSheet}!B6", problem.Message, StringComparison.Ordinal);
        Assert.Contains("副本!B6", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Samples.Full(), _reader.Read(bytes, new ExcelReadOptions { SheetName = "副本" }).Value);
    }
}
