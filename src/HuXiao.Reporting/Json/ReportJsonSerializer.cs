using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Reporting.Json;

/// <summary>
/// Reads and writes reports in the JSON interchange format, a contract other systems rely on:
/// <c>{"schema","schemaVersion","unit":{"code","name"},"period":"YYYY-MM","new":{code:n},"total":{code:n},"filing":{…},"cases":[…]}</c>.
/// Round trips are exact. Immutable and thread-safe: share one instance.
/// </summary>
/// <remarks>
/// In <c>new</c> and <c>total</c> a code left out, or <c>null</c>, is a blank cell. <c>schemaVersion</c> and
/// <c>filing.revision</c> default to 1; <c>filing</c> and <c>cases</c> are optional. Unknown top-level fields
/// are ignored, so later additions to the format do not break older readers.
/// </remarks>
public sealed class ReportJsonSerializer
{
    /// <summary>The default limit on an input's size: 4 MiB, far above any real report.</summary>
    public const int DefaultMaxInputBytes = 4 * 1024 * 1024;

    private static readonly YearMonthPattern s_period = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");
    private static readonly LocalDatePattern s_date = LocalDatePattern.Iso;

    private readonly ReportSchema[] _schemas;
    private readonly ReportJsonContext _context;

    /// <summary>Creates a serializer that knows the built-in form <see cref="ReportSchema.Zhengzhou2017"/>.</summary>
    public ReportJsonSerializer()
        : this([ReportSchema.Zhengzhou2017])
    {
    }

    /// <summary>Creates a serializer for the given forms.</summary>
    /// <param name="schemas">The forms it reads; a document naming another is refused.</param>
    /// <param name="indented">Whether output is indented for people to read.</param>
    /// <param name="maxInputBytes">The largest input accepted.</param>
    public ReportJsonSerializer(IEnumerable<ReportSchema> schemas, bool indented = true, int maxInputBytes = DefaultMaxInputBytes)
    {
        _schemas = Preconditions.CheckNotNull(schemas).ToArray();
        Preconditions.CheckArgument(_schemas.Length > 0, nameof(schemas), "At least one schema is needed.");
        MaxInputBytes = Preconditions.CheckPositive(maxInputBytes);
        _context = new ReportJsonContext(new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            AllowDuplicateProperties = false,
            MaxDepth = 16,
        });
    }

    /// <summary>The forms this serializer reads.</summary>
    public IReadOnlyList<ReportSchema> Schemas => _schemas;

    /// <summary>The largest input accepted, in bytes.</summary>
    public int MaxInputBytes { get; }

    /// <summary>Writes a report as UTF-8 JSON bytes.</summary>
    /// <param name="report">The report.</param>
    public byte[] SerializeToUtf8Bytes(MonthlyReport report)
        => JsonSerializer.SerializeToUtf8Bytes(ToDocument(Preconditions.CheckNotNull(report)), _context.ReportDocumentOut);

    /// <summary>Writes a report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    public string Serialize(MonthlyReport report)
        => JsonSerializer.Serialize(ToDocument(Preconditions.CheckNotNull(report)), _context.ReportDocumentOut);

    /// <summary>Writes a report to a stream as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream, left open.</param>
    public void Serialize(MonthlyReport report, Stream stream)
        => JsonSerializer.Serialize(Preconditions.CheckNotNull(stream), ToDocument(Preconditions.CheckNotNull(report)), _context.ReportDocumentOut);

    /// <summary>Writes a report to a stream as UTF-8 JSON without synchronous I/O on it (a web response, a non-seekable stream).</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream, left open.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public Task SerializeAsync(MonthlyReport report, Stream stream, CancellationToken cancellationToken = default)
        => JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(stream), ToDocument(Preconditions.CheckNotNull(report)), _context.ReportDocumentOut, cancellationToken);

    /// <summary>Reads a report from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The report, or every problem with its JSON path.</returns>
    public ReadResult<MonthlyReport> Read(string json)
    {
        Preconditions.CheckNotNull(json);
        if (json.Length > MaxInputBytes)
        {
            return TooLarge(json.Length);
        }

        return Read(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON, reading at most <see cref="MaxInputBytes"/> + 1 bytes.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The report, or every problem with its JSON path.</returns>
    public ReadResult<MonthlyReport> Read(Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxInputBytes)
            {
                return TooLarge(buffer.Length);
            }
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>
    /// Reads a report from a stream of UTF-8 JSON without synchronous I/O on it (a request body, a non-seekable
    /// stream), reading at most <see cref="MaxInputBytes"/> + 1 bytes: past that the input is refused
    /// (<see cref="ErrorCodes.InputTooLarge"/>) and the rest is left unread.
    /// </summary>
    /// <param name="stream">The stream, left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The report, or every problem with its JSON path.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<ReadResult<MonthlyReport>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxInputBytes)
            {
                return TooLarge(buffer.Length);
            }
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a report from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The report, or every problem with its JSON path.</returns>
    public ReadResult<MonthlyReport> Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > MaxInputBytes)
        {
            return TooLarge(utf8Json.Length);
        }

        // Files saved by Windows editors begin with a byte-order mark; it is not part of the JSON.
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            var at = FirstInvalidUtf8(utf8Json);
            return ReadResult<MonthlyReport>.Refused([new InputProblem(ErrorCodes.JsonMalformed, "$", $"输入不是有效的 UTF-8 文本（第 {at + 1} 字节）：请以 UTF-8 编码保存。", $"The input is not valid UTF-8 text (byte {at + 1}): save it as UTF-8.")]);
        }

        ReportDocumentIn? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, _context.ReportDocumentIn);
        }
        catch (JsonException e)
        {
            var duplicate = e.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase);
            var depth = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase);
            var where = e.Path ?? "$";
            var line = e.LineNumber is { } l ? $" (line {l + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
            return ReadResult<MonthlyReport>.Refused([
                duplicate
                    ? new InputProblem(ErrorCodes.DuplicateKey, where, $"{where} 处有重复的键{line}：每个键只能出现一次。", $"A key appears twice at {where}{line}: keep one.")
                    : depth
                        ? new InputProblem(ErrorCodes.InputTooLarge, where, $"JSON 嵌套过深{line}：报表最多嵌套 16 层。", $"The JSON nests too deeply{line}: a report nests at most 16 levels.")
                        : new InputProblem(ErrorCodes.JsonMalformed, where, $"JSON 格式错误{line}：{e.Message}", $"The JSON is malformed{line}: {e.Message}")]);
        }

        if (document is null)
        {
            return ReadResult<MonthlyReport>.Refused([new InputProblem(ErrorCodes.JsonMalformed, "$", "JSON 文档为 null，应为报表对象。", "The document is null; a report object was expected.")]);
        }

        return new DocumentReader(this, document).Read();
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> buffer = stackalloc char[256];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData || (status == System.Buffers.OperationStatus.NeedMoreData && read == 0))
            {
                return offset;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return offset;
    }

    private static ReadResult<MonthlyReport> TooLarge(long size)
        => ReadResult<MonthlyReport>.Refused([new InputProblem(ErrorCodes.InputTooLarge, null, $"输入过大（{size} 字节以上）：单份报表不超过上限。", $"The input is too large ({size} bytes or more) for one report; raise maxInputBytes if this is intended.")]);

    private static ReportDocumentOut ToDocument(MonthlyReport report)
    {
        var schema = report.Schema;
        var added = new Dictionary<string, long?>(schema.Count, StringComparer.Ordinal);
        var total = new Dictionary<string, long?>(schema.Count, StringComparer.Ordinal);
        foreach (var indicator in schema.Indicators)
        {
            added[indicator.Code] = report.GetValue(indicator.Ordinal, ReportRow.New);
            total[indicator.Code] = report.GetValue(indicator.Ordinal, ReportRow.Total);
        }

        return new ReportDocumentOut
        {
            Schema = schema.Id,
            SchemaVersion = schema.Version,
            Unit = new UnitDocument { Code = report.Unit.Code, Name = report.Unit.Name },
            Period = s_period.Format(report.Period),
            New = added,
            Total = total,
            Filing = new FilingDocument
            {
                Preparer = report.Filing.Preparer,
                Reviewer = report.Filing.Reviewer,
                Phone = report.Filing.Phone,
                FiledOn = report.Filing.FiledOn is { } d ? s_date.Format(d) : null,
                Revision = report.Filing.Revision,
            },
            Cases = report.Cases.Select(c => new CaseDocument
            {
                Indicator = c.IndicatorCode,
                Date = c.Date is { } d ? s_date.Format(d) : null,
                Place = c.Place,
                Summary = c.Summary,
            }).ToList(),
        };
    }

    // Turns the raw document into a report, collecting every problem with its path.
    private sealed class DocumentReader(ReportJsonSerializer owner, ReportDocumentIn document)
    {
        private readonly List<InputProblem> _problems = [];

        internal ReadResult<MonthlyReport> Read()
        {
            var schemaId = RequiredString(document.Schema, "$.schema", "schema");
            var version = document.SchemaVersion is { ValueKind: not JsonValueKind.Null } v ? Whole(v, "$.schemaVersion", null) : 1;
            var unit = ReadUnit();
            var period = ReadPeriod();

            ReportSchema? schema = null;
            if (schemaId is not null && version is not null)
            {
                schema = Array.Find(owner._schemas, s => s.Id == schemaId && s.Version == version);
                if (schema is null)
                {
                    var known = string.Join(", ", owner._schemas.Select(s => $"{s.Id} v{s.Version}"));
                    _problems.Add(new InputProblem(ErrorCodes.UnknownSchema, "$.schema", $"$.schema：未知的报表格式 {schemaId} 第 {version} 版；可读取：{known}。", $"$.schema: unknown form {schemaId} v{version}; this reader knows: {known}."));
                }
            }

            if (schema is null || unit is null || period is null)
            {
                // Still check the cells' shapes so that every problem is reported at once.
                CheckCellsShape(document.New, "$.new");
                CheckCellsShape(document.Total, "$.total");
                return ReadResult<MonthlyReport>.Refused(_problems, unit, period);
            }

            var builder = MonthlyReport.CreateBuilder(schema, unit, period.Value);
            ReadCells(schema, builder, document.New, "$.new", ReportRow.New);
            ReadCells(schema, builder, document.Total, "$.total", ReportRow.Total);
            var filing = ReadFiling();
            if (filing is not null)
            {
                builder.WithFiling(filing);
            }

            ReadCases(schema, builder);
            return _problems.Count == 0 ? ReadResult<MonthlyReport>.Success(builder.Build()) : ReadResult<MonthlyReport>.Failure(_problems, unit, period);
        }

        private OrganisationUnit? ReadUnit()
        {
            if (document.Unit is not { } unit || unit.ValueKind == JsonValueKind.Null)
            {
                Missing("$.unit", "unit");
                return null;
            }

            if (unit.ValueKind != JsonValueKind.Object)
            {
                WrongType("$.unit", "an object {\"code\": …, \"name\": …}", unit);
                return null;
            }

            var code = RequiredString(unit.TryGetProperty("code", out var c) ? c : null, "$.unit.code", "unit.code");
            var name = RequiredString(unit.TryGetProperty("name", out var n) ? n : null, "$.unit.name", "unit.name");
            return code is null || name is null ? null : new OrganisationUnit(code, name);
        }

        private YearMonth? ReadPeriod()
        {
            var text = RequiredString(document.Period, "$.period", "period");
            if (text is null)
            {
                return null;
            }

            var parsed = s_period.Parse(text);
            if (!parsed.Success)
            {
                _problems.Add(new InputProblem(ErrorCodes.BadDate, "$.period", $"$.period 为“{text}”，应为 YYYY-MM 形式的月份，如 2017-05。", $"$.period is '{text}'; expected a month as YYYY-MM, such as 2017-05."));
                return null;
            }

            return parsed.Value;
        }

        private void CheckCellsShape(JsonElement? cells, string path)
        {
            if (cells is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Object } bad)
            {
                WrongType(path, "an object keyed by indicator code", bad);
            }
        }

        private void ReadCells(ReportSchema schema, MonthlyReportBuilder builder, JsonElement? cells, string path, ReportRow row)
        {
            if (cells is not { } element || element.ValueKind == JsonValueKind.Null)
            {
                return;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                WrongType(path, "an object keyed by indicator code", element);
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                var cellPath = $"{path}.{property.Name}";
                if (!schema.TryGetIndicator(property.Name, out var indicator))
                {
                    _problems.Add(new InputProblem(ErrorCodes.UnknownIndicator, cellPath, $"{cellPath}：报表格式 {schema.Id} 没有指标“{property.Name}”（指标代码为 {schema.Indicators[0].Code}–{schema.Indicators[^1].Code}）。", $"{cellPath}: form {schema.Id} has no indicator '{property.Name}' (codes run {schema.Indicators[0].Code}–{schema.Indicators[^1].Code}).", property.Name));
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                var value = WholeLong(property.Value, cellPath, indicator);
                if (value is not null)
                {
                    builder.Set(indicator.Ordinal, row, value);
                }
            }
        }

        private ReportFiling? ReadFiling()
        {
            if (document.Filing is not { } filing || filing.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (filing.ValueKind != JsonValueKind.Object)
            {
                WrongType("$.filing", "an object", filing);
                return null;
            }

            var result = new ReportFiling
            {
                Preparer = OptionalString(filing, "preparer", "$.filing.preparer"),
                Reviewer = OptionalString(filing, "reviewer", "$.filing.reviewer"),
                Phone = OptionalString(filing, "phone", "$.filing.phone"),
                FiledOn = OptionalDate(filing, "filedOn", "$.filing.filedOn"),
            };

            if (filing.TryGetProperty("revision", out var revision) && revision.ValueKind != JsonValueKind.Null)
            {
                if (Whole(revision, "$.filing.revision", null) is { } r)
                {
                    if (r < 1)
                    {
                        _problems.Add(new InputProblem(ErrorCodes.InvalidValue, "$.filing.revision", $"$.filing.revision 为 {r}，版本号从 1 开始。", $"$.filing.revision is {r}; revisions start at 1."));
                    }
                    else
                    {
                        result = result with { Revision = r };
                    }
                }
            }

            return result;
        }

        private void ReadCases(ReportSchema schema, MonthlyReportBuilder builder)
        {
            if (document.Cases is not { } cases || cases.ValueKind == JsonValueKind.Null)
            {
                return;
            }

            if (cases.ValueKind != JsonValueKind.Array)
            {
                WrongType("$.cases", "an array", cases);
                return;
            }

            var index = 0;
            foreach (var item in cases.EnumerateArray())
            {
                var path = $"$.cases[{index++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    WrongType(path, "an object", item);
                    continue;
                }

                var code = RequiredString(item.TryGetProperty("indicator", out var c) ? c : null, path + ".indicator", "indicator");
                var date = OptionalDate(item, "date", path + ".date");
                var place = OptionalString(item, "place", path + ".place") ?? string.Empty;
                var summary = OptionalString(item, "summary", path + ".summary") ?? string.Empty;
                if (code is null)
                {
                    continue;
                }

                if (!schema.TryGetIndicator(code, out _))
                {
                    _problems.Add(new InputProblem(ErrorCodes.UnknownIndicator, path + ".indicator", $"{path}.indicator：报表格式 {schema.Id} 没有指标“{code}”。", $"{path}.indicator: form {schema.Id} has no indicator '{code}'.", code));
                    continue;
                }

                builder.AddCase(new CaseDetail(code, date, place, summary));
            }
        }

        private string? RequiredString(JsonElement? element, string path, string name)
        {
            if (element is not { } e || e.ValueKind == JsonValueKind.Null)
            {
                Missing(path, name);
                return null;
            }

            if (e.ValueKind != JsonValueKind.String)
            {
                WrongType(path, "text", e);
                return null;
            }

            var text = e.GetString();
            if (string.IsNullOrWhiteSpace(text))
            {
                Missing(path, name);
                return null;
            }

            return text.Trim();
        }

        private string? OptionalString(JsonElement parent, string property, string path)
        {
            if (!parent.TryGetProperty(property, out var e) || e.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (e.ValueKind != JsonValueKind.String)
            {
                WrongType(path, "text", e);
                return null;
            }

            return e.GetString();
        }

        private LocalDate? OptionalDate(JsonElement parent, string property, string path)
        {
            var text = OptionalString(parent, property, path);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var parsed = s_date.Parse(text.Trim());
            if (!parsed.Success)
            {
                _problems.Add(new InputProblem(ErrorCodes.BadDate, path, $"{path} 为“{text}”，应为 YYYY-MM-DD 形式的日期。", $"{path} is '{text}'; expected a date as YYYY-MM-DD."));
                return null;
            }

            return parsed.Value;
        }

        private int? Whole(JsonElement element, string path, Indicator? indicator)
        {
            var value = WholeLong(element, path, indicator);
            if (value is null)
            {
                return null;
            }

            if (value is < int.MinValue or > int.MaxValue)
            {
                OutOfRange(path, element, indicator, "a 32-bit whole number");
                return null;
            }

            return (int)value.Value;
        }

        private long? WholeLong(JsonElement element, string path, Indicator? indicator)
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                WrongType(path, "a whole number", element, indicator);
                return null;
            }

            if (element.TryGetInt64(out var value))
            {
                return value;
            }

            var raw = element.GetRawText();
            if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                if (decimal.Truncate(number) != number)
                {
                    var label = indicator is null ? string.Empty : $"（{indicator.Label}）";
                    _problems.Add(new InputProblem(ErrorCodes.NotWholeNumber, path, $"{path}{label} 为 {raw}，应为整数。", $"{path} is {raw}; expected a whole number.", indicator?.Code));
                    return null;
                }

                if (number is >= long.MinValue and <= long.MaxValue)
                {
                    return (long)number;
                }
            }

            OutOfRange(path, element, indicator, "a whole number from −9223372036854775808 to 9223372036854775807");
            return null;
        }

        private void OutOfRange(string path, JsonElement element, Indicator? indicator, string expected)
        {
            var label = indicator is null ? string.Empty : $"（{indicator.Label}）";
            _problems.Add(new InputProblem(ErrorCodes.NumberOutOfRange, path, $"{path}{label} 为 {element.GetRawText()}，超出范围。", $"{path} is {element.GetRawText()}, out of range; expected {expected}.", indicator?.Code));
        }

        private void Missing(string path, string name)
            => _problems.Add(new InputProblem(ErrorCodes.JsonMissingField, path, $"缺少 {path}（{name}），这是必填项。", $"{path} ({name}) is missing; it is required."));

        private void WrongType(string path, string expected, JsonElement found, Indicator? indicator = null)
        {
            var shown = found.ValueKind == JsonValueKind.String ? $"\"{found.GetString()}\"" : found.ValueKind.ToString().ToLowerInvariant();
            var label = indicator is null ? string.Empty : $"（{indicator.Label}）";
            _problems.Add(new InputProblem(ErrorCodes.JsonWrongType, path, $"{path}{label} 为 {shown}，应为{ExpectedZh(expected)}。", $"{path} is {shown}; expected {expected}.", indicator?.Code));
        }

        private static string ExpectedZh(string expected) => expected switch
        {
            "a whole number" => "整数",
            "text" => "文本",
            "an array" => "数组",
            _ => "对象",
        };
    }
}
