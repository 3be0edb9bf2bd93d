using System.Text;
using System.Text.Json;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Months;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Json;

/// <summary>
/// The wire shapes of the results, one place. Names follow the <c>huxiao</c> tool's JSON outputs: a problem is
/// <c>{code, location, message, englishMessage, indicator}</c>; a consistency finding
/// <c>{rule, severity, row, indicators, values, message, englishMessage, location, notChecked, unit, period}</c>; a
/// compliance finding <c>{rule, status, due, indicators, message, englishMessage, source, …}</c>; a unit of the month
/// <c>{code, name, status, file, daysLate, errors, warnings, dateBasis, notYetDue, problems, findings}</c>.
/// </summary>
internal static class JsonWire
{
    private static readonly YearMonthPattern s_period = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");
    private static readonly ReportJsonSerializer s_reports = new([ReportSchema.Zhengzhou2017], indented: false);

    internal static string Period(YearMonth period) => s_period.Format(period);

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // Reports: the JSON interchange format, written and read by the one serializer.
    internal static void WriteReport(Utf8JsonWriter w, MonthlyReport report)
        => w.WriteRawValue(new ReportJsonSerializer([report.Schema], indented: false).SerializeToUtf8Bytes(report), skipInputValidation: true);

    internal static MonthlyReport ReadReport(JsonElement element)
    {
        var result = s_reports.Read(Encoding.UTF8.GetBytes(element.GetRawText()));
        return result.Value ?? throw new JsonException("The report cannot be read: " + string.Join("; ", result.Problems));
    }

    internal static void WriteProblem(Utf8JsonWriter w, InputProblem problem)
    {
        w.WriteStartObject();
        w.WriteString("code", problem.Code);
        StringOrNull(w, "location", problem.Location);
        w.WriteString("message", problem.Message);
        w.WriteString("englishMessage", problem.EnglishMessage);
        StringOrNull(w, "indicator", problem.IndicatorCode);
        w.WriteEndObject();
    }

    internal static InputProblem ReadProblem(JsonElement e)
        => new(Required(e, "code"), Optional(e, "location"), Required(e, "message"), Required(e, "englishMessage"), Optional(e, "indicator"));

    // Read results: {succeeded, refused, unit, period, report, problems}, JSON and Excel reads alike.
    internal static void WriteReadResult(Utf8JsonWriter w, ReadResult<MonthlyReport> result)
        => WriteReadResult(w, result.Unit, result.Period, result.Value, result.Problems, result.IsRefused);

    internal static ReadResult<MonthlyReport> ReadReadResult(JsonElement e)
    {
        if (Child(e, "report") is { ValueKind: JsonValueKind.Object } report)
        {
            return ReadResult<MonthlyReport>.Success(ReadReport(report));
        }

        var problems = Array(e, "problems").Select(ReadProblem).ToArray();
        if (problems.Length == 0)
        {
            throw new JsonException("A read result holds a report or at least one problem.");
        }

        var unit = Child(e, "unit") is { ValueKind: JsonValueKind.Object } u ? ReadUnit(u) : null;
        var period = Optional(e, "period") is { } p ? ParsePeriod(p) : (YearMonth?)null;
        var refused = Child(e, "refused") is { ValueKind: JsonValueKind.True };
        return ReadResult<MonthlyReport>.Failure(problems, unit, period, refused: refused);
    }

    // The one finding shape: {kind, code, severity, status, unit, period, location, indicators, clause, message, englishMessage}.
    internal static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("kind", f.Kind.ToWireName());
        w.WriteString("code", f.Code);
        w.WriteString("severity", f.Severity.ToWireName());
        StringOrNull(w, "status", f.Status);
        StringOrNull(w, "unit", f.UnitCode);
        StringOrNull(w, "period", f.Period is { } period ? Period(period) : null);
        StringOrNull(w, "location", f.Location);
        StringArray(w, "indicators", f.Indicators);
        StringOrNull(w, "clause", f.Clause);
        w.WriteString("message", f.Message.Chinese);
        w.WriteString("englishMessage", f.Message.English);
        w.WriteEndObject();
    }

    internal static Finding ReadFinding(JsonElement e)
    {
        var kindName = Required(e, "kind");
        var kind = Enum.GetValues<FindingKind>().Where(k => k.ToWireName() == kindName).Select(k => (FindingKind?)k).FirstOrDefault()
            ?? throw new JsonException($"kind '{kindName}' is not a finding kind.");
        var severityName = Required(e, "severity");
        var severity = Enum.GetValues<FindingSeverity>().Where(s => s.ToWireName() == severityName).Select(s => (FindingSeverity?)s).FirstOrDefault()
            ?? throw new JsonException($"severity '{severityName}' is not 'error', 'warning' or 'info'.");
        return new Finding
        {
            Kind = kind,
            Code = Required(e, "code"),
            Severity = severity,
            Status = Optional(e, "status"),
            UnitCode = Optional(e, "unit"),
            Period = Optional(e, "period") is { } p ? ParsePeriod(p) : null,
            Location = Optional(e, "location"),
            Indicators = Array(e, "indicators").Select(i => i.GetString() ?? throw new JsonException("An indicator code is null.")).ToArray(),
            Clause = Optional(e, "clause"),
            Message = new BilingualText(Required(e, "message"), Required(e, "englishMessage")),
        };
    }

    // Consistency findings.
    internal static void WriteValidationFinding(Utf8JsonWriter w, ValidationFinding f)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.RuleCode);
        w.WriteString("severity", f.Severity == FindingSeverity.Error ? "error" : "warning");
        StringOrNull(w, "row", f.Row switch { ReportRow.New => "new", ReportRow.Total => "total", _ => null });
        w.WriteStartArray("indicators");
        foreach (var code in f.Indicators)
        {
            w.WriteStringValue(code);
        }

        w.WriteEndArray();
        w.WriteStartArray("values");
        foreach (var value in f.Values)
        {
            NumberOrNull(w, value);
        }

        w.WriteEndArray();
        w.WriteString("message", f.Message);
        w.WriteString("englishMessage", f.EnglishMessage);
        StringOrNull(w, "location", f.Location);
        w.WriteBoolean("notChecked", f.IsNotChecked);
        w.WriteString("unit", f.UnitCode);
        w.WriteString("period", Period(f.Period));
        w.WriteEndObject();
    }

    internal static ValidationFinding ReadValidationFinding(JsonElement e)
    {
        var severity = Required(e, "severity") switch
        {
            "error" => FindingSeverity.Error,
            "warning" => FindingSeverity.Warning,
            var other => throw new JsonException($"severity '{other}' is neither 'error' nor 'warning'."),
        };
        ReportRow? row = Optional(e, "row") switch
        {
            null => null,
            "new" => ReportRow.New,
            "total" => ReportRow.Total,
            var other => throw new JsonException($"row '{other}' is neither 'new' nor 'total'."),
        };
        var indicators = Array(e, "indicators").Select(i => i.GetString() ?? throw new JsonException("An indicator code is null.")).ToArray();
        var values = Array(e, "values").Select(v => v.ValueKind == JsonValueKind.Null ? (long?)null : v.GetInt64()).ToArray();
        var notChecked = Child(e, "notChecked") is { ValueKind: JsonValueKind.True };
        return new ValidationFinding
        {
            RuleCode = Required(e, "rule"),
            Severity = severity,
            Row = row,
            Indicators = indicators,
            Values = values,
            Message = Required(e, "message"),
            EnglishMessage = Required(e, "englishMessage"),
            Location = Optional(e, "location"),
            IsNotChecked = notChecked,
            UnitCode = Required(e, "unit"),
            Period = ParsePeriod(Required(e, "period")),
        };
    }

    internal static void WriteValidationResult(Utf8JsonWriter w, ValidationResult result)
    {
        w.WriteStartObject();
        WriteUnit(w, "unit", result.Report.Unit);
        w.WriteString("period", Period(result.Report.Period));
        w.WriteBoolean("valid", result.IsValid);
        WriteFindings(w, result.Findings);
        w.WriteEndObject();
    }

    // Compliance: the names of huxiao check --format json, and what that leaves out.
    internal static void WriteComplianceFinding(Utf8JsonWriter w, ComplianceFinding f)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.RuleCode);
        w.WriteString("status", f.Status.ToWireName());
        StringOrNull(w, "due", f.Due is { } due ? Date(due) : null);
        w.WriteStartArray("indicators");
        foreach (var code in f.IndicatorCodes)
        {
            w.WriteStringValue(code);
        }

        w.WriteEndArray();
        w.WriteString("message", f.Message);
        w.WriteString("englishMessage", f.EnglishMessage);
        w.WriteString("source", f.Source);
        w.WriteString("title", f.Title);
        w.WriteString("englishTitle", f.EnglishTitle);
        WriteUnit(w, "unit", f.Subject);
        w.WriteString("period", Period(f.Period));
        w.WriteString("asOf", Date(f.AsOf));
        w.WriteString("dataDate", Date(f.DataDate));
        w.WriteStartObject("values");
        foreach (var value in f.Indicators)
        {
            w.WritePropertyName(value.Code);
            NumberOrNull(w, value.Value);
        }

        w.WriteEndObject();
        w.WriteStartObject("figures");
        foreach (var figure in f.Figures)
        {
            w.WriteNumber(figure.Name, figure.Value);
        }

        w.WriteEndObject();
        if (f.Bounds is not null)
        {
            w.WriteNumber("lower", f.Lower!.Value);
            w.WriteNumber("upper", f.Upper!.Value);
        }

        if (f.Shortfall is { } shortfall)
        {
            w.WriteNumber("shortfall", shortfall);
        }

        if (f.Campuses.Count > 0)
        {
            w.WriteStartArray("campuses");
            foreach (var campus in f.Campuses)
            {
                w.WriteStartObject();
                w.WriteString("campus", campus.CampusCode);
                w.WriteString("status", campus.Status.ToWireName());
                w.WriteString("message", campus.Message);
                w.WriteString("englishMessage", campus.EnglishMessage);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (f.Coverage is { IsComplete: false } coverage)
        {
            w.WriteStartObject("coverage");
            w.WriteNumber("reported", coverage.Reported);
            w.WriteNumber("expected", coverage.Expected);
            StringArray(w, "missing", coverage.Missing);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    internal static void WriteComplianceResult(Utf8JsonWriter w, ComplianceResult result)
    {
        w.WriteStartObject();
        w.WriteString("asOf", Date(result.AsOf));
        WriteUnit(w, "unit", result.Subject);
        w.WriteString("period", Period(result.Period));
        w.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            WriteComplianceFinding(w, finding);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    // The month: the fields of huxiao aggregate --format json, then each unit's problems and findings, the roll-up
    // and compliance.
    internal static void WriteMonth(Utf8JsonWriter w, MonthlyCycle month)
    {
        w.WriteStartObject();
        WriteUnit(w, "unit", month.Parent);
        w.WriteString("period", Period(month.Period));
        w.WriteStartArray("units");
        foreach (var unit in month.Units)
        {
            w.WriteStartObject();
            w.WriteString("code", unit.Unit.Code);
            w.WriteString("name", unit.Unit.Name);
            w.WriteString("status", unit.Status.ToWireName());
            StringOrNull(w, "file", unit.Submission?.Source);
            NumberOrNull(w, "daysLate", unit.DaysLate);
            w.WriteNumber("errors", unit.Errors);
            w.WriteNumber("warnings", unit.Warnings);
            StringOrNull(w, "dateBasis", unit.DateBasis switch { FilingDateBasis.Received => "received", FilingDateBasis.FormDate => "form-date", _ => null });
            w.WriteBoolean("notYetDue", unit.IsNotYetDue);
            StringOrNull(w, "filingDate", unit.FilingDate is { } filed ? Date(filed) : null);
            WriteProblems(w, unit.Submission?.Problems ?? []);
            WriteFindings(w, unit.Validation?.Findings ?? []);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        StringArray(w, "combined", month.Units.Where(u => u.IsCombined).Select(u => u.Unit.Code));
        StringArray(w, "missing", month.Coverage.Missing);
        w.WriteString("asOf", Date(month.AsOf));
        StringOrNull(w, "due", month.Due is { } due ? Date(due.DueDate) : null);
        w.WriteStartArray("unattributed");
        foreach (var unread in month.Unattributed)
        {
            w.WriteStartObject();
            w.WriteString("file", unread.Source);
            w.WriteNumber("errors", unread.Problems.Count);
            WriteProblems(w, unread.Problems);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("rollUp");
        WriteReport(w, month.RollUp.Report);
        w.WritePropertyName("compliance");
        WriteComplianceResult(w, month.Compliance);
        w.WriteEndObject();
    }

    private static void WriteReadResult(Utf8JsonWriter w, OrganisationUnit? unit, YearMonth? period, MonthlyReport? report, IReadOnlyList<InputProblem> problems, bool? refused)
    {
        w.WriteStartObject();
        w.WriteBoolean("succeeded", report is not null);
        if (refused is { } r)
        {
            w.WriteBoolean("refused", r);
        }

        WriteUnit(w, "unit", unit);
        StringOrNull(w, "period", period is { } p ? Period(p) : null);
        w.WritePropertyName("report");
        if (report is null)
        {
            w.WriteNullValue();
        }
        else
        {
            WriteReport(w, report);
        }

        WriteProblems(w, problems);
        w.WriteEndObject();
    }

    private static void WriteProblems(Utf8JsonWriter w, IEnumerable<InputProblem> problems)
    {
        w.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            WriteProblem(w, problem);
        }

        w.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter w, IEnumerable<ValidationFinding> findings)
    {
        w.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            WriteValidationFinding(w, finding);
        }

        w.WriteEndArray();
    }

    private static void WriteUnit(Utf8JsonWriter w, string name, OrganisationUnit? unit)
    {
        if (unit is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("code", unit.Code);
        w.WriteString("name", unit.Name);
        w.WriteEndObject();
    }

    private static OrganisationUnit ReadUnit(JsonElement e) => new(Required(e, "code"), Required(e, "name"));

    private static YearMonth ParsePeriod(string text)
        => s_period.Parse(text) is { Success: true } parsed ? parsed.Value : throw new JsonException($"period '{text}' is not a month written as YYYY-MM.");

    private static void StringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void NumberOrNull(Utf8JsonWriter w, string name, long? value)
    {
        w.WritePropertyName(name);
        NumberOrNull(w, value);
    }

    private static void NumberOrNull(Utf8JsonWriter w, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void StringArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static JsonElement? Child(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var child) ? child : null;

    private static string Required(JsonElement e, string name)
        => Optional(e, name) ?? throw new JsonException($"'{name}' is missing or null.");

    private static string? Optional(JsonElement e, string name)
        => Child(e, name) is { } child && child.ValueKind != JsonValueKind.Null
            ? child.ValueKind == JsonValueKind.String ? child.GetString() : throw new JsonException($"'{name}' is {child.ValueKind}; text was expected.")
            : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name)
        => Child(e, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];
}
