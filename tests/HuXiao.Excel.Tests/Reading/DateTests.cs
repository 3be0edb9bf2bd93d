using HuXiao.Excel.Tests.Support;
using NodaTime;

namespace HuXiao.Excel.Tests.Reading;

/// <summary>
/// The filing date (footer, Q22) and a case's date (具体情况!C4) as clerks write them, on the May 2017 sample form:
/// read, blank, or refused at the cell — never dropped.
/// </summary>
public sealed class DateTests
{
    private const string FilingCell = "Q22";
    private const string CaseCell = "C4";
    private readonly ExcelFormReader _reader = new();

    public static TheoryData<string, string?> FilingTexts() => new()
    {
        { "2017-06-30", "2017-06-30" },
        { "2017/6/30", "2017-06-30" },
        { "2017.6.30", "2017-06-30" },
        { "2017年6月30日", "2017-06-30" },
        { "2017年06月30日", "2017-06-30" },
        { "2017年6月30号", "2017-06-30" },
        { "2017 年 6 月 30 日", "2017-06-30" },
        { "二〇一七年六月三十日", "2017-06-30" },
        { "6月30日", "2017-06-30" },
        { "6月1日", "2017-06-01" },
        { "1月5日", "2018-01-05" },
        { "____年__月__日", null },
        { "2017年 月 日", null },
    };

    [Theory]
    [MemberData(nameof(FilingTexts))]
    public void A_filing_date_written_as_clerks_write_it_is_read(string typed, string? expected)
    {
        var bytes = new FormPackage(Samples.FullBytes()).SetInlineText(FilingCell, typed).ToBytes();
        var result = _reader.Read(bytes);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(expected, result.Value.Filing.FiledOn?.ToString("uuuu-MM-dd", null));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(31)]
    [InlineData(57)]
    public void A_real_date_cell_is_read_whatever_its_date_format(int format)
    {
        var package = new FormPackage(Samples.FullBytes());
        package.SetNumber(FilingCell, "42916", package.AddBuiltInFormat(format));
        Assert.Equal(new LocalDate(2017, 6, 30), _reader.Read(package.ToBytes()).Value!.Filing.FiledOn);
    }

    [Fact]
    public void A_date_formula_with_its_stored_result_is_read()
    {
        var package = new FormPackage(Samples.FullBytes());
        package.SetFormula(FilingCell, "DATE(2017,6,30)", "42916", style: package.AddBuiltInFormat(14));
        Assert.Equal(new LocalDate(2017, 6, 30), _reader.Read(package.ToBytes()).Value!.Filing.FiledOn);
    }

    [Theory]
    [InlineData("30日", ExcelErrorCodes.BadDate)]
    [InlineData("30号", ExcelErrorCodes.BadDate)]
    [InlineData("2017-13-01", ExcelErrorCodes.BadDate)]
    [InlineData("2017-6/30", ExcelErrorCodes.BadDate)]
    [InlineData("6/30", ExcelErrorCodes.BadDate)]
    [InlineData("2017年6月", ExcelErrorCodes.BadDate)]
    [InlineData("17-6-30", ExcelErrorCodes.BadDate)]
    [InlineData("明天", ExcelErrorCodes.BadDate)]
    public void A_filing_date_that_cannot_be_read_is_refused_at_its_cell(string typed, string code)
    {
        var bytes = new FormPackage(Samples.FullBytes()).SetInlineText(FilingCell, typed).ToBytes();
        AssertRefused(bytes, code, $"{FormEditing.FormSheet}!{FilingCell}", typed);
    }

    [Fact]
    public void A_number_that_is_not_formatted_as_a_date_and_a_date_formula_without_its_result_are_refused_at_the_cell()
    {
        AssertRefused(new FormPackage(Samples.FullBytes()).SetNumber(FilingCell, "42916").ToBytes(), ExcelErrorCodes.BadDate, $"{FormEditing.FormSheet}!{FilingCell}", "42916");
        var package = new FormPackage(Samples.FullBytes());
        package.SetFormula(FilingCell, "DATE(2017,6,30)", null, style: package.AddBuiltInFormat(14));
        AssertRefused(package.ToBytes(), ExcelErrorCodes.FormulaError, $"{FormEditing.FormSheet}!{FilingCell}", "DATE(2017,6,30)");
    }

    public static TheoryData<string, string?> CaseTexts() => new()
    {
        { "2017-05-04", "2017-05-04" },
        { "2017.5.4", "2017-05-04" },
        { "5月4日", "2017-05-04" },
        { "4日", "2017-05-04" },
        { "4号", "2017-05-04" },
        { "12月3日", "2016-12-03" },
        { "", null },
    };

    [Theory]
    [MemberData(nameof(CaseTexts))]
    public void A_case_date_written_as_clerks_write_it_is_read(string typed, string? expected)
    {
        var bytes = new FormPackage(Samples.FullBytes()).SetInlineText(CaseCell, typed, part: FormPackage.CasePart).ToBytes();
        var result = _reader.Read(bytes);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(expected, result.Value.Cases[0].Date?.ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public void A_case_date_as_a_real_date_or_a_date_formula_with_its_result_is_read()
    {
        var typed = new FormPackage(Samples.FullBytes());
        typed.SetCell(CaseCell, $"s=\"{typed.AddBuiltInFormat(14)}\" t=\"n\"", "<v>42859</v>", FormPackage.CasePart);
        Assert.Equal(new LocalDate(2017, 5, 4), _reader.Read(typed.ToBytes()).Value!.Cases[0].Date);

        var formula = new FormPackage(Samples.FullBytes());
        formula.SetCell(CaseCell, $"s=\"{formula.AddBuiltInFormat(14)}\"", "<f>DATE(2017,5,4)</f><v>42859</v>", FormPackage.CasePart);
        Assert.Equal(new LocalDate(2017, 5, 4), _reader.Read(formula.ToBytes()).Value!.Cases[0].Date);
    }

    [Theory]
    [InlineData("5月32日", ExcelErrorCodes.BadDate)]
    [InlineData("昨天", ExcelErrorCodes.BadDate)]
    [InlineData("2017-05-04 10:00", ExcelErrorCodes.BadDate)]
    public void A_case_date_that_cannot_be_read_is_refused_at_its_cell(string typed, string code)
    {
        var bytes = new FormPackage(Samples.FullBytes()).SetInlineText(CaseCell, typed, part: FormPackage.CasePart).ToBytes();
        AssertRefused(bytes, code, "具体情况!C4", typed);
    }

    [Fact]
    public void A_case_date_formula_without_its_result_is_refused_at_its_cell()
    {
        var bytes = new FormPackage(Samples.FullBytes()).SetCell(CaseCell, string.Empty, "<f>DATE(2017,5,4)</f>", FormPackage.CasePart).ToBytes();
        AssertRefused(bytes, ExcelErrorCodes.FormulaError, "具体情况!C4", "DATE(2017,5,4)");
    }

    private void AssertRefused(byte[] bytes, string code, string location, string found)
    {
        var result = _reader.Read(bytes);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(location, problem.Location);
        Assert.Contains(found, problem.Message, StringComparison.Ordinal);
        Assert.False(result.IsRefused);
        Assert.Equal(Samples.Unit, result.Unit);
    }
}
