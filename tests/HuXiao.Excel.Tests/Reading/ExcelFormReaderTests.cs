using ClosedXML.Excel;
using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using NodaTime;
using static HuXiao.Excel.Tests.Support.FormEditing;

namespace HuXiao.Excel.Tests.Reading;

public sealed class ExcelFormReaderTests
{
    private readonly ExcelFormReader _reader = new();

    private static MonthlyReport ReadOk(ReadResult<MonthlyReport> result)
    {
        Assert.Empty(result.Problems);
        Assert.True(result.Succeeded);
        return result.Value!;
    }

    [Fact]
    public void A_row_inserted_above_a_table_still_reads_and_cells_are_located_where_they_now_are()
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Row(10).InsertRowsAbove(1));
        var result = _reader.Read(bytes);
        Assert.Equal(Samples.Full(), ReadOk(result));
        Assert.Equal("B14", Assert.IsType<WorkbookCellLocator>(result.Locator).CellAddress("B01", ReportRow.New));
        Assert.Equal("C7", Assert.IsType<WorkbookCellLocator>(result.Locator).CellAddress("A02", ReportRow.New));
        Assert.Equal($"{FormSheet}!B21", result.Locator.Locate("C01", ReportRow.Total));
    }

    [Fact]
    public void Rows_inserted_above_the_first_table_still_read()
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Row(3).InsertRowsAbove(3));
        Assert.Equal(Samples.Full(), ReadOk(_reader.Read(bytes)));
    }

    [Fact]
    public void Widened_columns_and_hidden_rows_still_read()
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            var ws = wb.Worksheet(FormSheet);
            ws.Column(3).Width = 40;
            ws.Column(1).Width = 30;
            ws.Row(9).Hide();
            ws.Row(TableBNewRow).Hide();
            ws.Row(5).Hide();
        });
        Assert.Equal(Samples.Full(), ReadOk(_reader.Read(bytes)));
    }

    [Fact]
    public void A_renamed_sheet_still_reads_and_locations_name_the_new_sheet()
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            wb.Worksheet(FormSheet).Name = "五月报表";
            wb.Worksheet("具体情况").Name = "案件";
        });
        var result = _reader.Read(bytes);
        Assert.Equal(Samples.Full(), ReadOk(result));
        Assert.Equal("五月报表!C8", result.Locator!.Locate("A02", ReportRow.Total));
    }

    [Fact]
    public void Numbers_as_text_full_width_digits_and_spaces_are_accepted_and_blanks_stay_blank()
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            var ws = wb.Worksheet(FormSheet);
            ws.Cell("C7").SetValue(" 12 ");                // A02 新增
            ws.Cell("D7").SetValue("１２３");               // A03 新增, full-width
            ws.Cell("E7").SetValue("－４");                 // A04 新增: a stock may fall
            ws.Cell("F7").SetValue("\u3000７\u3000");       // A05 新增, ideographic spaces
            ws.Cell("G7").SetValue("5.0");                 // A06 新增
            ws.Cell("H7").SetValue("   ");                 // A07 新增: blank
            ws.Cell("I7").Clear();                         // A08 新增: blank
            ws.Cell("J7").SetValue("1,234");               // A09 新增: a valid thousands grouping
            ws.Cell("K7").SetValue("2 345");               // A10 新增: grouped with a space
        });
        var report = ReadOk(_reader.Read(bytes));
        Assert.Equal(12, report.New("A02"));
        Assert.Equal(123, report.New("A03"));
        Assert.Equal(-4, report.New("A04"));
        Assert.Equal(7, report.New("A05"));
        Assert.Equal(5, report.New("A06"));
        Assert.Null(report.New("A07"));
        Assert.Null(report.New("A08"));
        Assert.Equal(1234, report.New("A09"));
        Assert.Equal(2345, report.New("A10"));
        Assert.Equal(101, report.Total("A02"));
    }

    [Fact]
    public void A_formula_written_without_its_result_is_refused_at_its_cell_not_read_as_blank()
    {
        // ClosedXML, like scripts and openpyxl, stores the formula without a result.
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Cell("B8").FormulaA1 = "30+20");
        var result = _reader.Read(bytes);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ExcelErrorCodes.FormulaError, problem.Code);
        Assert.Equal($"{FormSheet}!B8", problem.Location);
        Assert.Contains("=30+20", problem.Message, StringComparison.Ordinal);
        Assert.Contains("WPS", problem.Message, StringComparison.Ordinal);
        Assert.False(result.IsRefused);
        Assert.Equal(Samples.Unit, result.Unit);
        Assert.Null(result.Partial!.Total("A01"));
        Assert.True(result.IsRefusedCell("A01", ReportRow.Total));
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once_with_its_cell_indicator_found_and_expected()
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            var ws = wb.Worksheet(FormSheet);
            ws.Cell("C7").SetValue("十二");     // A02 新增: text
            ws.Cell("D8").SetValue(1.5);        // A03 合计: a fraction
            ws.Cell("B13").SetValue(-3);        // B01 新增: a flow cannot be negative
            ws.Cell("E8").SetValue(-2);         // A04 合计: no total is negative
            ws.Cell("F14").FormulaA1 = "1/0";   // B05 合计: an error
            ws.Cell("C19").SetValue("99999999999999999999"); // C02 新增: past the 64-bit range
            ws.Cell("E7").SetValue(-6);         // A04 新增: allowed
        });
        var result = _reader.Read(bytes);
        Assert.False(result.Succeeded);
        Assert.False(result.IsRefused);
        var expected = new (string Code, string Cell, string Indicator, string Label, string Found)[]
        {
            (ExcelErrorCodes.NotANumber, "C7", "A02", "城市校园数", "十二"),
            (ExcelErrorCodes.NotWholeNumber, "D8", "A03", "农村校园数", "1.5"),
            (ExcelErrorCodes.NegativeNotAllowed, "E8", "A04", "配备保安员数", "-2"),
            (ExcelErrorCodes.NegativeNotAllowed, "B13", "B01", "排查高危人员", "-3"),
            (ExcelErrorCodes.FormulaError, "F14", "B05", "及时制止可能伤害学生幼儿案事件苗头", "=1/0"),
            (ExcelErrorCodes.NumberOutOfRange, "C19", "C02", "化解涉校纠纷", "99999999999999999999"),
        };
        Assert.Equal(expected.Length, result.Problems.Count);
        foreach (var (code, cell, indicator, label, found) in expected)
        {
            var problem = Assert.Single(result.Problems, p => p.Location == $"{FormSheet}!{cell}");
            Assert.Equal(code, problem.Code);
            Assert.Equal(indicator, problem.IndicatorCode);
            foreach (var message in new[] { problem.Message, problem.EnglishMessage })
            {
                Assert.Contains($"{FormSheet}!{cell}", message, StringComparison.Ordinal);
                Assert.Contains(indicator, message, StringComparison.Ordinal);
                Assert.Contains(label, message, StringComparison.Ordinal);
                Assert.Contains(found, message, StringComparison.Ordinal);
            }

            Assert.Contains("应为", problem.Message, StringComparison.Ordinal);
            Assert.Contains("expected", problem.EnglishMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("1e308", ExcelErrorCodes.NumberOutOfRange)]
    [InlineData("1E+400", ExcelErrorCodes.NumberOutOfRange)]
    [InlineData("3/4", ExcelErrorCodes.NotANumber)]
    [InlineData("0.5", ExcelErrorCodes.NotWholeNumber)]
    [InlineData("12,34", ExcelErrorCodes.NotANumber)]
    [InlineData("12\n3", ExcelErrorCodes.NotANumber)]
    [InlineData("12\u30003", ExcelErrorCodes.NotANumber)]
    [InlineData("1e-30", ExcelErrorCodes.NotWholeNumber)]
    [InlineData("NaN", ExcelErrorCodes.NotANumber)]
    public void Values_past_the_range_and_other_non_integers_are_reported(string typed, string code)
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Cell("P8").SetValue(typed)); // A15 合计
        var problem = Assert.Single(_reader.Read(bytes).Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal($"{FormSheet}!P8", problem.Location);
        Assert.Equal("A15", problem.IndicatorCode);
        Assert.Contains(typed, problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_to_another_workbook_is_an_error_at_its_cell()
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Cell("B7").FormulaA1 = "[1]Sheet1!A1");
        var problem = Assert.Single(_reader.Read(bytes).Problems);
        Assert.Equal(ExcelErrorCodes.FormulaError, problem.Code);
        Assert.Equal($"{FormSheet}!B7", problem.Location);
        Assert.Equal("A01", problem.IndicatorCode);
    }

    [Fact]
    public void A_date_in_a_count_cell_and_a_true_false_value_are_not_numbers()
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            // A date typed into a cell that the user formatted as a date (the form's own format is a number).
            wb.Worksheet(FormSheet).Cell("B19").SetValue(new DateTime(2017, 5, 1)).Style.NumberFormat.Format = "yyyy-mm-dd";
            wb.Worksheet(FormSheet).Cell("C20").SetValue(true);
        });
        var problems = _reader.Read(bytes).Problems;
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(ExcelErrorCodes.NotANumber, p.Code));
        Assert.Equal(new[] { "C01", "C02" }, problems.Select(p => p.IndicatorCode ?? string.Empty).Order().ToArray());
    }

    [Fact]
    public void Two_forms_are_refused_unless_the_sheet_is_named()
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).CopyTo("副本"));
        var result = _reader.Read(bytes);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ExcelErrorCodes.AmbiguousForm, problem.Code);
        Assert.True(result.IsRefused);
        Assert.Contains("副本", problem.Message, StringComparison.Ordinal);

        var named = _reader.Read(bytes, new ExcelReadOptions { SheetName = "副本" });
        Assert.Equal(Samples.Full(), ReadOk(named));
        Assert.Equal("副本", Assert.IsType<WorkbookCellLocator>(named.Locator).SheetName);
    }

    [Fact]
    public void A_named_sheet_that_is_missing_is_refused()
    {
        var problem = Assert.Single(_reader.Read(Samples.FullBytes(), new ExcelReadOptions { SheetName = "六月" }).Problems);
        Assert.Equal(ExcelErrorCodes.SheetNotFound, problem.Code);
        Assert.Contains("六月", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_without_a_form_is_refused()
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Delete());
        Assert.Equal(ExcelErrorCodes.NoForm, Assert.Single(_reader.Read(bytes).Problems).Code);
    }

    [Fact]
    public void A_form_of_another_schema_or_version_is_refused()
    {
        var other = Edit(Samples.FullBytes(), wb => wb.CustomProperty("HuXiao.SchemaVersion").Value = "2");
        var problem = Assert.Single(_reader.Read(other).Problems);
        Assert.Equal(ExcelErrorCodes.OtherSchema, problem.Code);
        Assert.Contains("v2", problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_without_unit_or_period_reads_only_when_the_caller_supplies_them()
    {
        using var buffer = new MemoryStream();
        new ExcelFormWriter().WriteTemplate(buffer);
        var filled = Edit(buffer.ToArray(), wb => wb.Worksheet(FormSheet).Cell("B8").SetValue(17));

        var refused = _reader.Read(filled);
        Assert.True(refused.IsRefused);
        Assert.Equal(new[] { ExcelErrorCodes.MissingUnit, ExcelErrorCodes.MissingPeriod }, refused.Problems.Select(p => p.Code).ToArray());

        var unit = new OrganisationUnit("410103", "二七区公安分局");
        var report = ReadOk(_reader.Read(filled, new ExcelReadOptions { Unit = unit, Period = new YearMonth(2017, 7) }));
        Assert.Equal(unit, report.Unit);
        Assert.Equal(new YearMonth(2017, 7), report.Period);
        Assert.Equal(17, report.Total("A01"));
        Assert.Equal(1, report.FilledCount);
    }

    [Fact]
    public void A_template_made_for_a_unit_and_month_records_them()
    {
        using var buffer = new MemoryStream();
        new ExcelFormWriter().WriteTemplate(buffer, new OrganisationUnit("0371", "某分局"), new YearMonth(2017, 9));
        var report = ReadOk(_reader.Read(buffer.ToArray()));
        Assert.Equal("0371", report.Unit.Code);
        Assert.Equal("某分局", report.Unit.Name);
        Assert.Equal(new YearMonth(2017, 9), report.Period);
        Assert.True(report.IsAllBlank);
        Assert.Null(report.Filing.FiledOn);
    }

    [Fact]
    public void A_form_with_a_pasted_picture_still_reads()
    {
        var bytes = AddPicture(Samples.FullBytes());
        Assert.Equal(Samples.Full(), ReadOk(_reader.Read(bytes)));
    }

    [Fact]
    public void A_form_re_saved_by_LibreOffice_reads()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "libreoffice-resaved.xlsx"));
        Assert.Equal(Samples.DocsSample(), ReadOk(_reader.Read(bytes)));
    }

    [Fact]
    public void Validation_findings_point_at_the_cells_the_values_came_from()
    {
        var builder = Samples.Full().ToBuilder();
        builder.SetTotal("A01", 10).SetTotal("A02", 3).SetTotal("A03", 4);
        var bytes = Edit(new ExcelFormWriter().Write(builder.Build()), wb => wb.Worksheet(FormSheet).Row(2).InsertRowsBelow(2));
        var result = _reader.Read(bytes);
        var validation = RuleSet.For(Samples.Schema).Validate(ReadOk(result), locator: result.Locator);
        var finding = Assert.Single(validation.Findings, f => f.RuleCode == "urban-plus-rural" && f.Row == ReportRow.Total);
        Assert.Equal($"{FormSheet}!B10", finding.Location);
    }

    [Fact]
    public void The_filing_date_may_be_typed_as_a_date_and_a_bad_one_is_reported()
    {
        var typed = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Cell("Q22").SetValue(new DateTime(2017, 6, 30)));
        Assert.Equal(new LocalDate(2017, 6, 30), ReadOk(_reader.Read(typed)).Filing.FiledOn);

        var bad = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Cell("Q22").SetValue("2017年13月1日"));
        var problem = Assert.Single(_reader.Read(bad).Problems);
        Assert.Equal(ExcelErrorCodes.BadDate, problem.Code);
        Assert.Equal($"{FormSheet}!Q22", problem.Location);
    }

    [Fact]
    public void A_case_with_an_unknown_indicator_is_reported_at_its_cell()
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet("具体情况").Cell("A6").SetValue("Z99"));
        var problem = Assert.Single(_reader.Read(bytes).Problems);
        Assert.Equal(ExcelErrorCodes.UnknownIndicator, problem.Code);
        Assert.Equal("具体情况!A6", problem.Location);
        Assert.Contains("Z99", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_column_heading_is_reported()
    {
        var bytes = Edit(Samples.FullBytes(), wb => wb.Worksheet(FormSheet).Cell("C5").SetValue("城区学校"));
        var problem = Assert.Single(_reader.Read(bytes).Problems);
        Assert.Equal(ExcelErrorCodes.HeaderMismatch, problem.Code);
        Assert.Equal("A02", problem.IndicatorCode);
        Assert.Contains("城区学校", problem.Message, StringComparison.Ordinal);
        Assert.Contains("城市校园数", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_apart_header_merges_still_read()
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            foreach (var range in wb.Worksheet(FormSheet).MergedRanges.ToArray())
            {
                range.Unmerge();
            }
        });
        Assert.Equal(Samples.Full(), ReadOk(_reader.Read(bytes)));
    }
}
