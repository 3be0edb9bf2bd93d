using HuXiao.Reporting.Json;
using NodaTime;

namespace HuXiao.Reporting.Tests.Json;

public class ReportJsonSerializerTests
{
    private static readonly ReportJsonSerializer Json = new();

    private static InputProblem Single(string json)
    {
        var result = Json.Read(json);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Reads_the_documented_example()
    {
        const string json = """
            {
              "schema": "zhengzhou-2017",
              "schemaVersion": 1,
              "unit": { "code": "410102", "name": "中原区" },
              "period": "2017-05",
              "new":   { "A01": 0, "A02": 0 },
              "total": { "A01": 120, "A02": 95, "A03": null },
              "filing": { "preparer": "王某", "reviewer": "李某", "phone": "0371-69623758", "filedOn": "2017-06-01", "revision": 1 },
              "cases": [ { "indicator": "B17", "date": "2017-05-12", "place": "某中学门口", "summary": "盗窃电动车案，已破获" } ]
            }
            """;
        var report = Json.Read(json).GetValueOrThrow();
        Assert.Equal("410102", report.Unit.Code);
        Assert.Equal("中原区", report.Unit.Name);
        Assert.Equal(new YearMonth(2017, 5), report.Period);
        Assert.Equal(120, report.Total("A01"));
        Assert.Equal(0, report.New("A01"));
        Assert.Null(report.Total("A03"));
        Assert.Null(report.Total("C08"));
        Assert.Equal(new LocalDate(2017, 6, 1), report.Filing.FiledOn);
        Assert.Equal("李某", report.Filing.Reviewer);
        var detail = Assert.Single(report.Cases);
        Assert.Equal(("B17", new LocalDate(2017, 5, 12), "某中学门口"), (detail.IndicatorCode, detail.Date!.Value, detail.Place));
    }

    [Fact]
    public void Version_revision_filing_and_cases_are_optional()
    {
        var report = Json.Read("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04"}""").GetValueOrThrow();
        Assert.Equal(1, report.Revision);
        Assert.Equal(1, report.Schema.Version);
        Assert.True(report.IsAllBlank);
        Assert.Empty(report.Cases);
    }

    [Fact]
    public void Writes_every_code_in_form_order_with_null_for_blanks()
    {
        var text = Json.Serialize(TestData.CleanBuilder().SetTotal("A03", null).Build());
        Assert.Contains("\"schema\": \"zhengzhou-2017\"", text);
        Assert.Contains("\"name\": \"中原区\"", text);
        Assert.Contains("\"A03\": null", text);
        Assert.True(text.IndexOf("\"A19\"", StringComparison.Ordinal) < text.IndexOf("\"B01\"", StringComparison.Ordinal));
        Assert.Equal(TestData.CleanBuilder().SetTotal("A03", null).Build(), Json.Read(text).GetValueOrThrow());
    }

    [Theory]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","total":{"A05":1.5}}""", ErrorCodes.NotWholeNumber, "$.total.A05")]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","total":{"A05":"12"}}""", ErrorCodes.JsonWrongType, "$.total.A05")]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","new":{"A5":1}}""", ErrorCodes.UnknownIndicator, "$.new.A5")]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","new":{"B01":9223372036854775808}}""", ErrorCodes.NumberOutOfRange, "$.new.B01")]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","new":{"B01":-9223372036854775809}}""", ErrorCodes.NumberOutOfRange, "$.new.B01")]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","new":{"B01":1e400}}""", ErrorCodes.NumberOutOfRange, "$.new.B01")]
    [InlineData("""{"unit":{"code":"1","name":"n"},"period":"2017-04"}""", ErrorCodes.JsonMissingField, "$.schema")]
    [InlineData("""{"schema":"zhengzhou-2017","period":"2017-04"}""", ErrorCodes.JsonMissingField, "$.unit")]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"}}""", ErrorCodes.JsonMissingField, "$.period")]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-13"}""", ErrorCodes.BadDate, "$.period")]
    [InlineData("""{"schema":"shanghai-2017","unit":{"code":"1","name":"n"},"period":"2017-04"}""", ErrorCodes.UnknownSchema, "$.schema")]
    [InlineData("""{"schema":"zhengzhou-2017","schemaVersion":2,"unit":{"code":"1","name":"n"},"period":"2017-04"}""", ErrorCodes.UnknownSchema, "$.schema")]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","filing":{"revision":0}}""", ErrorCodes.InvalidValue, "$.filing.revision")]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","filing":{"filedOn":"2017/06/01"}}""", ErrorCodes.BadDate, "$.filing.filedOn")]
    [InlineData("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","cases":[{"indicator":"Q1","place":"p","summary":"s"}]}""", ErrorCodes.UnknownIndicator, "$.cases[0].indicator")]
    public void Each_bad_value_is_an_error_naming_its_json_path(string json, string code, string path)
    {
        var problem = Single(json);
        Assert.Equal(code, problem.Code);
        Assert.Equal(path, problem.Location);
        Assert.Contains(path, problem.Message);
        Assert.Contains(path, problem.EnglishMessage);
    }

    [Fact]
    public void Integral_decimals_are_whole_numbers()
        => Assert.Equal(12, Json.Read("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","total":{"A05":12.0}}""").GetValueOrThrow().Total("A05"));

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var result = Json.Read("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","new":{"A01":"x","ZZ":1},"total":{"A02":0.5}}""");
        Assert.Equal(["$.new.A01", "$.new.ZZ", "$.total.A02"], result.Problems.Select(p => p.Location));
    }

    [Fact]
    public void Malformed_json_duplicate_keys_and_deep_nesting_are_problems_not_exceptions()
    {
        Assert.Equal(ErrorCodes.JsonMalformed, Single("""{"schema": """).Code);
        Assert.Equal(ErrorCodes.DuplicateKey, Single("""{"schema":"zhengzhou-2017","schema":"x","unit":{"code":"1","name":"n"},"period":"2017-04"}""").Code);
        var dup = Json.Read("""{"schema":"zhengzhou-2017","unit":{"code":"1","name":"n"},"period":"2017-04","new":{"A01":1,"A01":2}}""");
        Assert.Equal(ErrorCodes.DuplicateKey, Assert.Single(dup.Problems).Code);
        var deep = "{\"schema\":\"zhengzhou-2017\",\"unit\":{\"code\":\"1\",\"name\":\"n\"},\"period\":\"2017-04\",\"x\":" + new string('[', 100) + new string(']', 100) + "}";
        Assert.False(Json.Read(deep).Succeeded);
        Assert.Equal(ErrorCodes.JsonMalformed, Single("null").Code);
    }

    [Fact]
    public void Inputs_over_the_size_limit_are_refused_before_parsing()
    {
        var small = new ReportJsonSerializer([ReportSchema.Zhengzhou2017], maxInputBytes: 100);
        var problem = Assert.Single(small.Read(new MemoryStream(new byte[1000])).Problems);
        Assert.Equal(ErrorCodes.InputTooLarge, problem.Code);
    }

    [Fact]
    public void GetReportOrThrow_raises_one_exception_listing_the_problems()
    {
        var e = Assert.Throws<ReportReadException>(() => Json.Read("""{"period":"x"}""").GetValueOrThrow());
        Assert.Equal(3, e.Problems.Count);
        Assert.Contains("$.schema", e.Message);
    }

    [Fact]
    public void Streams_round_trip()
    {
        using var stream = new MemoryStream();
        Json.Serialize(TestData.Clean(), stream);
        stream.Position = 0;
        Assert.Equal(TestData.Clean(), Json.Read(stream).GetValueOrThrow());
    }
}
