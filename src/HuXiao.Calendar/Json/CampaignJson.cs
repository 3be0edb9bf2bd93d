using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HuXiao.Calendar.Json;
using HuXiao.Reporting;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Calendar;

/// <summary>
/// Reads and writes campaign definitions as JSON (format version 1), with System.Text.Json's source generator.
/// Dates are <c>YYYY-MM-DD</c>, months <c>YYYY-MM</c>, enum values camelCase (<c>onOrBefore</c>). Unknown fields
/// and duplicate keys are refused, so a typo is an error rather than a silently ignored setting. Thread-safe.
/// </summary>
/// <remarks>
/// Every problem found is reported at once in a <see cref="CampaignDefinitionException"/> whose messages carry the
/// JSON path (such as <c>$.milestones[3].due.date</c>), what was found, and what is expected.
/// </remarks>
public static class CampaignJson
{
    /// <summary>The format version this reader and writer use.</summary>
    public const int FormatVersion = 1;

    /// <summary>The largest document accepted, in characters (1 MiB): a campaign is a few kilobytes.</summary>
    public const int MaxLength = 1 << 20;

    private static readonly CampaignJsonContext s_context = new(new JsonSerializerOptions(CampaignJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Reads a campaign from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="schema">
    /// The report schema to check indicator codes against. When null, a document naming the built-in schema
    /// (<c>zhengzhou-2017</c>) is checked against it, and any other is checked for the shape of its codes only.
    /// </param>
    /// <returns>The campaign.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CampaignDefinitionException">The document is malformed, a field is missing or unreadable, or the campaign is inconsistent.</exception>
    public static Campaign Parse(string json, ReportSchema? schema = null) => Parse(json, schema, units: null);

    /// <summary>Reads a campaign whose form and units the caller already holds (the built-in ones).</summary>
    internal static Campaign Parse(string json, ReportSchema? schema, UnitHierarchy? units)
    {
        Preconditions.CheckNotNull(json);
        if (json.Length > MaxLength)
        {
            throw Malformed("$", $"the document has {json.Length} characters, more than the limit of {MaxLength}; a campaign needs a few kilobytes.");
        }

        CampaignDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, s_context.CampaignDocument);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } l ? $" (line {l + 1}, position {exception.BytePositionInLine + 1})" : string.Empty;
            throw Malformed(
                exception.Path ?? "$",
                $"the JSON could not be read{line}: {exception.Message} Check the field names and value types against the format (see CampaignJson and its JSON Schema).",
                exception);
        }

        if (document is null)
        {
            throw Malformed("$", "the document is the JSON literal null; expected a campaign object.");
        }

        using var root = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return new Reader(schema, units, root.RootElement).Read(document);
    }

    /// <summary>
    /// Checks a definition document whole without throwing for what it holds: every problem of the calendar, the form
    /// and its consistency rules, the units and the targets' dates and indicator codes, each with its JSON path. (How
    /// each target is judged is checked by HuXiao.Compliance, which knows the kinds of target.)
    /// </summary>
    /// <param name="json">The document.</param>
    /// <param name="campaign">The campaign when there is no problem; otherwise <see langword="null"/>.</param>
    /// <returns>Every problem found; empty when the document defines a campaign.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static IReadOnlyList<DefinitionProblem> Check(string json, out Campaign? campaign)
    {
        try
        {
            campaign = Parse(json);
            return [];
        }
        catch (CampaignDefinitionException exception)
        {
            campaign = null;
            return exception.DefinitionProblems;
        }
    }

    /// <summary>Reads a campaign from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, not disposed.</param>
    /// <param name="schema">As for <see cref="Parse(string, ReportSchema?)"/>.</param>
    /// <returns>The campaign.</returns>
    /// <exception cref="CampaignDefinitionException">As for <see cref="Parse(string, ReportSchema?)"/>.</exception>
    public static Campaign Load(Stream utf8Json, ReportSchema? schema = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        using var reader = new StreamReader(utf8Json, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var buffer = new char[MaxLength + 1];
        var length = reader.ReadBlock(buffer, 0, buffer.Length);
        return Parse(new string(buffer, 0, length), schema);
    }

    /// <summary>
    /// Writes a campaign whole as indented JSON (Chinese text unescaped): the calendar, and the form with its
    /// consistency rules, the targets and the units when the campaign has them. Derived due dates are written as their rules.
    /// </summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The document; <see cref="Parse(string, ReportSchema?)"/> reads it back to an equal campaign.</returns>
    /// <exception cref="ArgumentException">The form has a consistency rule defined in code that a document cannot hold (see <see cref="CampaignFormWriter.WriteConsistencyRules"/>).</exception>
    public static string Serialize(Campaign campaign)
    {
        Preconditions.CheckNotNull(campaign);
        var document = new CampaignDocument
        {
            FormatVersion = FormatVersion,
            Id = campaign.Id,
            Title = Text(campaign.Title),
            Source = campaign.Source,
            TimeZone = campaign.TimeZone.Id,
            Span = new DateRangeDocument { Start = Date(campaign.Span.Start), End = Date(campaign.Span.End) },
            ReportingMonths = new DateRangeDocument { Start = Month(campaign.ReportingMonths.Start), End = Month(campaign.ReportingMonths.End) },
            MonthlyReport = new MonthlyReportDocument
            {
                Clause = campaign.MonthlyReport.Clause,
                DayOfNextMonth = campaign.MonthlyReport.DayOfNextMonth,
                Reading = EnumName(campaign.MonthlyReport.Reading),
            },
            MonthToSemester = EnumName(campaign.MonthToSemester),
            ReportSchema = campaign.ReportSchemaId,
            Phases = campaign.Phases.Select(p => new PhaseDocument
            {
                Number = p.Number,
                Name = Text(p.Name),
                Start = Date(p.Dates.Start),
                End = Date(p.Dates.End),
                Schedule = p.Schedule,
                Description = p.Description is null ? null : Text(p.Description),
            }).ToList(),
            Semesters = campaign.Semesters.Select(s => new SemesterDocument
            {
                Id = s.Id,
                Name = Text(s.Name),
                Start = Date(s.Dates.Start),
                End = Date(s.Dates.End),
                Assumption = s.IsAssumption,
                Source = s.Source,
            }).ToList(),
            Milestones = campaign.MilestoneSpecs.Select(m => new MilestoneDocument
            {
                Id = m.Id,
                Title = Text(m.Title),
                Requirement = Text(m.Requirement),
                Clause = m.Clause,
                Scope = Text(m.Scope),
                Due = m.Due.Kind switch
                {
                    MilestoneDueKind.Fixed => new DueDocument { Date = Date(m.Due.Date!.Value) },
                    MilestoneDueKind.SemesterEnd => new DueDocument { SemesterEnd = m.Due.SemesterId },
                    _ => new DueDocument { PhaseEnd = m.Due.PhaseNumber },
                },
                Indicators = m.Indicators.Count == 0 ? null : m.Indicators.ToList(),
                IndicatorCondition = m.IndicatorCondition,
                Targets = m.Targets.Count == 0 ? null : m.Targets.ToList(),
            }).ToList(),
            Obligations = campaign.Obligations.Select(o => new ObligationDocument
            {
                Id = o.Id,
                Kind = EnumName(o.Kind),
                Frequency = EnumName(o.Frequency),
                MinimumCount = o.MinimumCount,
                Clause = o.Clause,
                Description = Text(o.Description),
                Scope = Text(o.Scope),
                UnitCount = o.UnitCount,
            }).ToList(),
            EventObligations = campaign.EventObligations.Count == 0 ? null : campaign.EventObligations.Select(o => new EventObligationDocument
            {
                Id = o.Id,
                Clause = o.Clause,
                Trigger = Text(o.Trigger),
                Description = Text(o.Description),
                Scope = Text(o.Scope),
            }).ToList(),
            Form = campaign.Form is { } form ? Element(CampaignFormWriter.WriteForm(form)) : null,
            ConsistencyRules = campaign.Form is { } rules ? Element(CampaignFormWriter.WriteConsistencyRules(rules)) : null,
            Targets = campaign.Targets.Count == 0 ? null : Element(WriteTargets(campaign.Targets)),
            Units = campaign.Units is { } units ? Element(UnitHierarchyJson.Write(units)) : null,
        };
        return JsonSerializer.Serialize(document, s_context.CampaignDocument);
    }

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string WriteTargets(IReadOnlyList<CampaignTarget> targets)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var target in targets)
            {
                json.WriteStartObject();
                json.WriteString("id", target.Id);
                json.WriteStartObject("title");
                json.WriteString("zh", target.Title.Chinese);
                json.WriteString("en", target.Title.English);
                json.WriteEndObject();
                json.WriteString("clause", target.Clause);
                if (target.Due is { } due)
                {
                    json.WriteStartObject("due");
                    switch (due.Kind)
                    {
                        case MilestoneDueKind.Fixed:
                            json.WriteString("date", Date(due.Date!.Value));
                            break;
                        case MilestoneDueKind.SemesterEnd:
                            json.WriteString("semesterEnd", due.SemesterId);
                            break;
                        default:
                            json.WriteNumber("phaseEnd", due.PhaseNumber!.Value);
                            break;
                    }

                    json.WriteEndObject();
                }

                if (target.DueSource is { } dueSource)
                {
                    json.WriteString("dueSource", dueSource);
                }

                json.WriteString("kind", target.Kind);
                foreach (var (name, value) in target.Parameters)
                {
                    // Each parameter as the JSON value it was read from: a number, true/false, or a string.
                    if (value is "true" or "false")
                    {
                        json.WriteBoolean(name, value == "true");
                    }
                    else if (IsJsonNumber(value))
                    {
                        json.WritePropertyName(name);
                        json.WriteRawValue(value);
                    }
                    else
                    {
                        json.WriteString(name, value);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static bool IsJsonNumber(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.ValueKind == JsonValueKind.Number;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static CampaignDefinitionException Malformed(string path, string message, Exception? inner = null)
        => new(CalendarErrorCodes.CampaignJsonMalformed, [new DefinitionProblem(CampaignErrorCodes.Malformed, path, message)], inner);

    private static TextDocument Text(BilingualText text) => new() { Zh = text.Chinese, En = text.English };

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);

    private static string EnumName<T>(T value)
        where T : struct, Enum
        => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Turns a document into a campaign, collecting every problem with its JSON path.</summary>
    private sealed class Reader(ReportSchema? schema, UnitHierarchy? units, JsonElement root)
    {
        private readonly List<DefinitionProblem> _problems = [];
        private bool _skipped;

        public Campaign Read(CampaignDocument doc)
        {
            if (doc.FormatVersion is { } version && version != FormatVersion)
            {
                Fail("$.formatVersion", $"为 {version}；本读取器只认格式版本 {FormatVersion}。", $"is {version}; this reader knows format version {FormatVersion}.");
            }

            var id = Required(doc.Id, "$.id");
            var title = Text(doc.Title, "$.title");
            var span = Dates(doc.Span, "$.span");
            if (id is null || title is null || span is null || !Ids.IsValid(id))
            {
                if (id is not null && !Ids.IsValid(id))
                {
                    Fail("$.id", $"“{id}”不是有效的标识：应为 {Ids.Shape}。", $"'{id}' is not a valid id: use {Ids.Shape}.");
                }

                ThrowIfAny();
            }

            var builder = Campaign.CreateBuilder(id!, title!).WithSpan(span!.Start, span.End).WithSource(doc.Source);
            if (doc.TimeZone is not null)
            {
                if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(doc.TimeZone) is { } zone)
                {
                    builder.WithTimeZone(zone);
                }
                else
                {
                    Fail("$.timeZone", $"“{doc.TimeZone}”不是 IANA 时区标识；请用如 Asia/Shanghai 的标识。", $"'{doc.TimeZone}' is not an IANA time-zone id; use one such as 'Asia/Shanghai'.");
                }
            }

            if (doc.ReportingMonths is not null && Months(doc.ReportingMonths, "$.reportingMonths") is { } months)
            {
                builder.WithReportingMonths(months);
            }

            if (doc.MonthlyReport is { } monthly)
            {
                var clause = Required(monthly.Clause, "$.monthlyReport.clause");
                var day = monthly.DayOfNextMonth ?? Missing<int>("$.monthlyReport.dayOfNextMonth");
                var reading = monthly.Reading is null ? DueDateReading.OnOrBefore : Enum<DueDateReading>(monthly.Reading, "$.monthlyReport.reading");
                if (clause is not null)
                {
                    Try("$.monthlyReport", () => builder.WithMonthlyReport(new MonthlyReportRule(clause, day, reading)));
                }
            }

            if (doc.MonthToSemester is not null)
            {
                builder.WithMonthToSemester(Enum<MonthToSemesterRule>(doc.MonthToSemester, "$.monthToSemester"));
            }

            var definitionProblems = new List<DefinitionProblem>();
            var form = schema ?? (doc.Form is null ? null : CampaignFormJson.ReadForm(root, definitionProblems));
            if (schema is null && doc.Form is null && doc.ConsistencyRules is not null)
            {
                Fail("$.consistencyRules", "给出了校验规则，但没有可供校验的报表（\"form\"）：请加上报表，或内置报表的标识（\"form\": \"zhengzhou-2017\"）。", "are given, but there is no \"form\" for them to check: add the form, or its built-in id (\"form\": \"zhengzhou-2017\").");
            }

            if (form is not null && schema is null && doc.ReportSchema is not null && !string.Equals(form.Id, doc.ReportSchema, StringComparison.Ordinal))
            {
                Fail("$.reportSchema", $"指定的报表是“{doc.ReportSchema}”，而文档中的报表是“{form.Id}”：请写报表的标识，或删去 reportSchema。", $"names schema '{doc.ReportSchema}', but the document's form is '{form.Id}': give the form's id, or leave reportSchema out.");
            }

            builder.WithUnits(units ?? (doc.Units is null ? null : CampaignFormJson.ReadUnits(root, definitionProblems)));
            foreach (var problem in definitionProblems)
            {
                _problems.Add(problem);
            }

            if (form is not null)
            {
                builder.WithReportSchema(form);
            }
            else if (string.Equals(doc.ReportSchema, ReportSchema.Zhengzhou2017.Id, StringComparison.Ordinal))
            {
                builder.WithReportSchema(ReportSchema.Zhengzhou2017);
            }
            else
            {
                builder.WithReportSchemaId(doc.ReportSchema);
            }

            if (schema is not null && doc.ReportSchema is not null && !string.Equals(schema.Id, doc.ReportSchema, StringComparison.Ordinal))
            {
                Fail("$.reportSchema", $"指定的报表是“{doc.ReportSchema}”，而用来核对的报表是“{schema.Id}”。", $"names schema '{doc.ReportSchema}', but schema '{schema.Id}' was given to check it against.");
            }

            ForEach(doc.Phases, "$.phases", (p, path) => builder.AddPhase(ReadPhase(p, path)));
            ForEach(doc.Semesters, "$.semesters", (s, path) => builder.AddSemester(ReadSemester(s, path)));
            ForEach(doc.Milestones, "$.milestones", (m, path) => ReadMilestone(builder, m, path));
            ForEach(doc.Obligations, "$.obligations", (o, path) => builder.AddObligation(ReadObligation(o, path)));
            ForEach(doc.EventObligations, "$.eventObligations", (o, path) => builder.AddEventObligation(ReadEventObligation(o, path)));
            ReadTargets(builder);

            // With every item read, the campaign's own checks (dates, ids, codes) still run, so that one pass lists
            // every problem; an item left out would shift the paths those checks give, so then they wait.
            if (_skipped)
            {
                ThrowIfAny();
            }

            Campaign campaign;
            try
            {
                campaign = builder.Build();
            }
            catch (CampaignDefinitionException exception) when (_problems.Count > 0)
            {
                _problems.AddRange(exception.DefinitionProblems);
                throw new CampaignDefinitionException(CalendarErrorCodes.CampaignJsonInvalidValue, _problems);
            }

            ThrowIfAny();
            return campaign;
        }

        private void ReadTargets(CampaignBuilder builder)
        {
            var problems = new List<DefinitionProblem>();
            var json = new DefinitionJson(problems);
            foreach (var (target, path) in json.Objects(root, "targets", "$", required: false))
            {
                var before = json.Count;
                var id = json.String(target, "id", path);
                var title = json.Text(target, "title", path);
                var clause = json.String(target, "clause", path);
                var kind = json.String(target, "kind", path);
                var dueSource = json.String(target, "dueSource", path, required: false);
                MilestoneDue? due = null;
                if (json.Object(target, "due", path, required: false) is { } dueElement)
                {
                    due = Due(new DueDocument
                    {
                        Date = json.String(dueElement, "date", path + ".due", required: false),
                        SemesterEnd = json.String(dueElement, "semesterEnd", path + ".due", required: false),
                        PhaseEnd = json.Int(dueElement, "phaseEnd", path + ".due", required: false),
                    }, path + ".due");
                }

                var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var property in target.EnumerateObject())
                {
                    if (property.Name is "id" or "title" or "clause" or "kind" or "due" or "dueSource")
                    {
                        continue;
                    }

                    switch (property.Value.ValueKind)
                    {
                        case JsonValueKind.String:
                            parameters[property.Name] = property.Value.GetString()!;
                            break;
                        case JsonValueKind.Number:
                            parameters[property.Name] = property.Value.GetRawText();
                            break;
                        case JsonValueKind.True or JsonValueKind.False:
                            parameters[property.Name] = property.Value.GetBoolean() ? "true" : "false";
                            break;
                        default:
                            json.Invalid(path + "." + property.Name, "目标参数应为字符串、数字或 true/false。", "must be a string, a number or true/false: a target's parameters are single values.");
                            break;
                    }
                }

                if (json.Count > before || id is null || title is null || clause is null || kind is null)
                {
                    _skipped = true;
                    continue;
                }

                try
                {
                    builder.AddTarget(new CampaignTarget(id, new BilingualText(title.Value.Chinese, title.Value.English), clause, kind, due, dueSource, parameters));
                }
                catch (ArgumentException exception)
                {
                    Fail(path, exception.Message);
                    _skipped = true;
                }
            }

            foreach (var problem in problems)
            {
                _problems.Add(problem);
            }
        }

        private Phase ReadPhase(PhaseDocument p, string path)
        {
            var before = _problems.Count;
            var number = p.Number ?? Missing<int>(path + ".number");
            var name = Text(p.Name, path + ".name");
            var start = Date(p.Start, path + ".start");
            var end = Date(p.End, path + ".end");
            var schedule = Required(p.Schedule, path + ".schedule");
            var description = p.Description is null ? null : Text(p.Description, path + ".description");
            Ordered(start, end, path);
            SkipIfFailed(before);
            return new Phase(number, name!, new DateInterval(start!.Value, end!.Value), schedule!, description);
        }

        private Semester ReadSemester(SemesterDocument s, string path)
        {
            var before = _problems.Count;
            var id = Required(s.Id, path + ".id");
            var name = Text(s.Name, path + ".name");
            var start = Date(s.Start, path + ".start");
            var end = Date(s.End, path + ".end");
            Ordered(start, end, path);
            SkipIfFailed(before);
            return new Semester(id!, name!, new DateInterval(start!.Value, end!.Value), s.Assumption ?? false, s.Source);
        }

        private void ReadMilestone(CampaignBuilder builder, MilestoneDocument m, string path)
        {
            var before = _problems.Count;
            var id = Required(m.Id, path + ".id");
            var title = Text(m.Title, path + ".title");
            var requirement = Text(m.Requirement, path + ".requirement");
            var clause = Required(m.Clause, path + ".clause");
            var scope = Text(m.Scope, path + ".scope");
            var due = Due(m.Due, path + ".due");
            SkipIfFailed(before);
            builder.AddMilestone(id!, title!, requirement!, clause!, scope!, due!, m.Indicators, m.IndicatorCondition);
            if (m.Targets is { Count: > 0 } targets)
            {
                builder.SetMilestoneTargets(id!, targets);
            }
        }

        private RecurringObligation ReadObligation(ObligationDocument o, string path)
        {
            var before = _problems.Count;
            var id = Required(o.Id, path + ".id");
            var kind = o.Kind is null ? Missing<ObligationKind>(path + ".kind") : Enum<ObligationKind>(o.Kind, path + ".kind");
            var frequency = o.Frequency is null ? Missing<ObligationFrequency>(path + ".frequency") : Enum<ObligationFrequency>(o.Frequency, path + ".frequency");
            var count = o.MinimumCount ?? Missing<int>(path + ".minimumCount");
            var clause = Required(o.Clause, path + ".clause");
            var description = Text(o.Description, path + ".description");
            var scope = Text(o.Scope, path + ".scope");
            SkipIfFailed(before);
            return new RecurringObligation(id!, kind, frequency, count, clause!, description!, scope!, o.UnitCount);
        }

        private EventObligation ReadEventObligation(EventObligationDocument o, string path)
        {
            var before = _problems.Count;
            var id = Required(o.Id, path + ".id");
            var clause = Required(o.Clause, path + ".clause");
            var trigger = Text(o.Trigger, path + ".trigger");
            var description = Text(o.Description, path + ".description");
            var scope = Text(o.Scope, path + ".scope");
            SkipIfFailed(before);
            return new EventObligation(id!, clause!, trigger!, description!, scope!);
        }

        private MilestoneDue? Due(DueDocument? due, string path)
        {
            if (due is null)
            {
                return Missing<MilestoneDue?>(path);
            }

            var given = (due.Date is null ? 0 : 1) + (due.SemesterEnd is null ? 0 : 1) + (due.PhaseEnd is null ? 0 : 1);
            if (given != 1)
            {
                Fail(path, $"给出了 {given} 种期限；请只给一种：\"date\"（YYYY-MM-DD）、\"semesterEnd\"（学期标识）或 \"phaseEnd\"（阶段序号）。", $"gives {given} rules; give exactly one of \"date\" (YYYY-MM-DD), \"semesterEnd\" (a semester id) or \"phaseEnd\" (a phase number).");
                return null;
            }

            if (due.Date is not null)
            {
                return Date(due.Date, path + ".date") is { } date ? MilestoneDue.On(date) : null;
            }

            return due.SemesterEnd is not null
                ? Try(path + ".semesterEnd", () => MilestoneDue.AtEndOfSemester(due.SemesterEnd))
                : Try(path + ".phaseEnd", () => MilestoneDue.AtEndOfPhase(due.PhaseEnd!.Value));
        }

        private void ForEach<T>(List<T>? items, string path, Action<T, string> read)
            where T : class
        {
            for (var i = 0; i < (items?.Count ?? 0); i++)
            {
                var itemPath = $"{path}[{i}]";
                if (items![i] is not { } item)
                {
                    Fail(itemPath, "is null; expected an object.");
                    _skipped = true;
                    continue;
                }

                try
                {
                    read(item, itemPath);
                }
                catch (ArgumentException exception)
                {
                    Fail(itemPath, exception.Message);
                    _skipped = true;
                }
                catch (ItemFailed)
                {
                    _skipped = true;
                    // Already recorded; carry on to report the other items too.
                }
            }
        }

        private T? Try<T>(string path, Func<T> make)
        {
            try
            {
                return make();
            }
            catch (ArgumentException exception)
            {
                Fail(path, exception.Message);
                return default;
            }
        }

        private string? Required(string? value, string path)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(path, "缺少或为空；此项必填。", "is missing or empty; it is required.");
                return null;
            }

            return value;
        }

        private T Missing<T>(string path)
        {
            Fail(path, "缺少；此项必填。", "is missing; it is required.");
            return default!;
        }

        private BilingualText? Text(TextDocument? text, string path)
        {
            if (text is null)
            {
                return Missing<BilingualText?>(path);
            }

            var zh = Required(text.Zh, path + ".zh");
            var en = Required(text.En, path + ".en");
            return zh is null || en is null ? null : new BilingualText(zh, en);
        }

        private LocalDate? Date(string? text, string path)
        {
            if (Required(text, path) is not { } value)
            {
                return null;
            }

            var result = LocalDatePattern.Iso.Parse(value);
            if (!result.Success)
            {
                Fail(path, $"“{value}”不是 YYYY-MM-DD 形式的日期。", $"'{value}' is not a date of the form YYYY-MM-DD.");
                return null;
            }

            return result.Value;
        }

        private DateInterval? Dates(DateRangeDocument? range, string path)
        {
            if (range is null)
            {
                return Missing<DateInterval?>(path);
            }

            var start = Date(range.Start, path + ".start");
            var end = Date(range.End, path + ".end");
            return Ordered(start, end, path) ? new DateInterval(start!.Value, end!.Value) : null;
        }

        private PeriodRange? Months(DateRangeDocument range, string path)
        {
            var start = Month(range.Start, path + ".start");
            var end = Month(range.End, path + ".end");
            if (start is null || end is null)
            {
                return null;
            }

            if (start.Value.CompareTo(end.Value) > 0)
            {
                Fail(path, $"结束（{end:uuuu-MM}）早于开始（{start:uuuu-MM}）。", $"ends ({end:uuuu-MM}) before it starts ({start:uuuu-MM}).");
                return null;
            }

            return new PeriodRange(start.Value, end.Value);
        }

        private YearMonth? Month(string? text, string path)
        {
            if (Required(text, path) is not { } value)
            {
                return null;
            }

            var result = YearMonthPattern.Iso.Parse(value);
            if (!result.Success)
            {
                Fail(path, $"“{value}”不是 YYYY-MM 形式的月份。", $"'{value}' is not a month of the form YYYY-MM.");
                return null;
            }

            return result.Value;
        }

        private bool Ordered(LocalDate? start, LocalDate? end, string path)
        {
            if (start is null || end is null)
            {
                return false;
            }

            if (start > end)
            {
                Fail(path, $"结束（{end:uuuu-MM-dd}）早于开始（{start:uuuu-MM-dd}）。", $"ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).");
                return false;
            }

            return true;
        }

        private T Enum<T>(string text, string path)
            where T : struct, Enum
        {
            foreach (var value in System.Enum.GetValues<T>())
            {
                if (string.Equals(EnumName(value), text, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            Fail(path, $"“{text}”不在可选值中：{string.Join("、", System.Enum.GetValues<T>().Select(v => EnumName(v)))}。", $"'{text}' is not one of: {string.Join(", ", System.Enum.GetValues<T>().Select(v => EnumName(v)))}.");
            return default;
        }

        private void Fail(string path, string message) => _problems.Add(new DefinitionProblem(CampaignErrorCodes.InvalidValue, path, message));

        private void Fail(string path, string chinese, string english)
            => _problems.Add(new DefinitionProblem(CampaignErrorCodes.InvalidValue, path, new BilingualText(chinese, english)));

        private void ThrowIfAny()
        {
            if (_problems.Count > 0)
            {
                throw new CampaignDefinitionException(CalendarErrorCodes.CampaignJsonInvalidValue, _problems);
            }
        }

        private void SkipIfFailed(int problemsBefore)
        {
            if (_problems.Count > problemsBefore)
            {
                throw new ItemFailed();
            }
        }
    }

    /// <summary>Raised inside the reader to skip an item whose problems are already recorded.</summary>
    private sealed class ItemFailed : Exception;
}
