using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Tests.Reading;

/// <summary>Forms written by release 0.1 (same schema id and version) read the same: the fixtures were written by that release's writer.</summary>
public sealed class CompatibilityTests
{
    private readonly ExcelFormReader _reader = new();

    [Fact]
    public void A_full_form_of_release_0_1_reads_the_same()
    {
        var result = _reader.Read(Samples.Fixture("v0.1/filled-410102-2017-05.xlsx"));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Samples.Full(), result.Value);
        Assert.Equal(Samples.Full().Filing, result.Value.Filing);
        Assert.Equal(Samples.Full().Cases, result.Value.Cases);
    }

    [Fact]
    public void A_sparse_form_of_release_0_1_with_blanks_negatives_and_long_numbers_reads_the_same()
    {
        var result = _reader.Read(Samples.Fixture("v0.1/filled-410105-2017-11.xlsx"));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Samples.Sparse(), result.Value);
        Assert.Equal(Samples.Sparse().Filing, result.Value.Filing);
        Assert.Equal(Samples.Sparse().Cases, result.Value.Cases);
        Assert.Equal("金水分局", result.Value.Unit.Name);
    }

    [Fact]
    public void A_unit_template_of_release_0_1_reads_as_that_units_blank_form()
    {
        var result = _reader.Read(Samples.Fixture("v0.1/template-410102-2017-05.xlsx"));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Samples.Unit, result.Value.Unit);
        Assert.Equal("中原区公安分局", result.Value.Unit.Name);
        Assert.Equal(new YearMonth(2017, 5), result.Value.Period);
        Assert.True(result.Value.IsAllBlank);
    }

    [Fact]
    public void A_blank_template_of_release_0_1_says_it_is_a_blank_template_and_reads_when_declared()
    {
        var bytes = Samples.Fixture("v0.1/template.xlsx");
        var refused = _reader.Read(bytes);
        Assert.True(refused.IsRefused);
        Assert.Equal([ExcelErrorCodes.MissingUnit, ExcelErrorCodes.MissingPeriod], refused.Problems.Select(p => p.Code));
        Assert.Contains("空白模板", refused.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("blank template", refused.Problems[0].EnglishMessage, StringComparison.Ordinal);
        Assert.Equal($"{FormEditing.FormSheet}!A2", refused.Problems[0].Location);

        var unit = new OrganisationUnit("410103", "二七分局");
        var read = _reader.Read(bytes, new ExcelReadOptions { Unit = unit, Period = new YearMonth(2017, 6) });
        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Equal(unit, read.Value.Unit);
        Assert.Equal(new YearMonth(2017, 6), read.Value.Period);
    }
}
