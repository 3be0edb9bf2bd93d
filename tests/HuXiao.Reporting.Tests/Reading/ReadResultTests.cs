using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using NodaTime;
using static HuXiao.Reporting.Tests.TestData;

namespace HuXiao.Reporting.Tests.Reading;

public sealed class ReadResultTests
{
    private static readonly ReportJsonSerializer Json = new();

    private static InputProblem Bad(string code = ErrorCodes.NotWholeNumber, string location = "$.total.A01")
        => new(code, location, "A01 合计应为整数。", "A01 total must be a whole number.", "A01");

    [Fact]
    public void A_success_holds_the_value_and_whose_it_is_and_no_problem()
    {
        var report = Clean();
        var result = ReadResult<MonthlyReport>.Success(report, JsonPathLocator.Instance);
        Assert.True(result.Succeeded);
        Assert.False(result.IsRefused);
        Assert.Same(report, result.Value);
        Assert.Equal((Zhongyuan, May2017), (result.Unit!, result.Period!.Value));
        Assert.Empty(result.Problems);
        Assert.Null(result.Partial);
        Assert.Same(report, result.GetValueOrThrow());
        Assert.True(result.TryGetValue(out var value));
        Assert.Same(report, value);
    }

    [Fact]
    public void A_failure_for_some_values_keeps_whose_it_is_and_is_not_refused_as_a_whole()
    {
        var partial = CleanBuilder().SetTotal("A01", null).Build();
        var cells = new Dictionary<(string IndicatorCode, ReportRow Row), string> { [("A01", ReportRow.Total)] = "$.total.A01" };
        var result = ReadResult<MonthlyReport>.Failure([Bad()], Zhongyuan, May2017, JsonPathLocator.Instance, partial, cells);
        Assert.False(result.Succeeded);
        Assert.False(result.IsRefused);
        Assert.Equal(Zhongyuan, result.Unit);
        Assert.Same(partial, result.Partial);
        Assert.True(result.IsRefusedCell("A01", ReportRow.Total));
        Assert.False(result.IsRefusedCell("A01", ReportRow.New));
        Assert.False(result.TryGetValue(out _));
    }

    [Theory]
    [InlineData(true, true, false)]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    public void A_failure_whose_unit_or_month_cannot_be_told_is_refused_as_a_whole(bool unitKnown, bool periodKnown, bool refused)
    {
        var result = ReadResult<MonthlyReport>.Failure([Bad()], unitKnown ? Zhongyuan : null, periodKnown ? May2017 : null);
        Assert.Equal(refused, result.IsRefused);
    }

    [Fact]
    public void A_refusal_is_refused_whatever_it_names()
    {
        var result = ReadResult<MonthlyReport>.Refused([Bad(ErrorCodes.UnknownSchema, "$.schema")], Zhongyuan, May2017);
        Assert.True(result.IsRefused);
        Assert.Equal(Zhongyuan, result.Unit);
        Assert.True(ReadResult<MonthlyReport>.Failure([Bad()], Zhongyuan, May2017, refused: true).IsRefused);
    }

    [Fact]
    public void A_failure_needs_a_problem()
    {
        Assert.Throws<ArgumentException>(() => ReadResult<MonthlyReport>.Failure([], Zhongyuan, May2017));
        Assert.Throws<ArgumentException>(() => ReadResult<MonthlyReport>.Refused([]));
        Assert.Throws<ArgumentNullException>(() => ReadResult<MonthlyReport>.Success(null!));
    }

    [Fact]
    public void Asking_for_the_value_of_a_failure_throws_under_the_one_root_with_the_first_code()
    {
        var result = ReadResult<MonthlyReport>.Failure([Bad(ErrorCodes.NumberOutOfRange), Bad()], Zhongyuan, May2017);
        var thrown = Assert.Throws<ReportReadException>(() => result.GetValueOrThrow());
        Assert.IsAssignableFrom<HuXiaoException>(thrown);
        Assert.Equal(ErrorCodes.NumberOutOfRange, thrown.Code);
        Assert.Equal(2, thrown.Problems.Count);
    }

    [Fact]
    public void Its_problems_are_findings_of_its_unit_and_month()
    {
        var result = ReadResult<MonthlyReport>.Failure([Bad(), Bad(ErrorCodes.NumberOutOfRange, "$.new.A01")], Zhongyuan, May2017);
        var findings = result.ToFindings();
        Assert.Equal(["$.total.A01", "$.new.A01"], findings.Select(f => f.Location));
        Assert.All(findings, f => Assert.Equal((FindingKind.Input, FindingSeverity.Error, "410102", (YearMonth?)May2017), (f.Kind, f.Severity, f.UnitCode, f.Period)));
        Assert.Equal([ErrorCodes.NotWholeNumber, ErrorCodes.NumberOutOfRange], findings.Select(f => f.Code));
    }

    [Theory]
    [InlineData("{", true)]
    [InlineData("""{"schema":"nope","unit":{"code":"410102","name":"中原区"},"period":"2017-05"}""", true)]
    [InlineData("""{"schema":"zhengzhou-2017","period":"2017-05","total":{"A01":1}}""", true)]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2017-05","total":{"A01":1.5}}""", false)]
    public void The_JSON_reader_refuses_what_it_cannot_read_as_a_report_and_keeps_the_rest_as_value_problems(string json, bool refused)
    {
        var result = Json.Read(json);
        Assert.False(result.Succeeded);
        Assert.Equal(refused, result.IsRefused);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void The_JSON_reader_reads_back_what_it_wrote()
    {
        var report = Clean();
        var result = Json.Read(Json.Serialize(report));
        Assert.Equal(report, result.GetValueOrThrow());
        Assert.Equal(report.Unit, result.Unit);
    }
}
