using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Ledger;

/// <summary>
/// Turns events into stored records and back: the payload format, defined once for every store. A record that cannot
/// be read back — malformed, of a form the ledger was not given, or disagreeing with its own columns — is refused with
/// <see cref="LedgerErrorCodes.RecordUnreadable"/>, never read as something else.
/// </summary>
internal sealed class RecordCodec
{
    private static readonly InstantPattern s_instant = InstantPattern.ExtendedIso;

    /// <summary>Chinese kept as it is in the stored JSON, so the records read plainly in any SQL tool.</summary>
    private static readonly PayloadJsonContext s_json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    private readonly ReportJsonSerializer _reports;
    private readonly string[] _allCodes;

    internal RecordCodec(ReportJsonSerializer reports)
    {
        _reports = new ReportJsonSerializer(reports.Schemas, indented: false, maxInputBytes: reports.MaxInputBytes);
        _allCodes = reports.Schemas.SelectMany(s => s.Indicators).Select(i => i.Code).Distinct(StringComparer.Ordinal).ToArray();
    }

    internal ReportJsonSerializer Reports => _reports;

    internal LedgerRecord Filing(int version, Instant recordedAt, ContentHash hash, long length, Submission reading, OrganisationUnit unit, YearMonth period, Instant receivedAt, string channel)
    {
        var report = reading.Report;
        var payload = new FilingPayload
        {
            File = reading.Source,
            Length = length,
            ReceivedAt = s_instant.Format(receivedAt),
            Channel = channel,
            UnitName = unit.Name,
            Report = report is null ? null : JsonDocument.Parse(_reports.SerializeToUtf8Bytes(report)).RootElement.Clone(),
            Problems = report is not null ? null : reading.Problems.Select(p => new ProblemPayload
            {
                Code = p.Code,
                Location = p.Location,
                Message = p.Message,
                EnglishMessage = p.EnglishMessage,
                Indicator = p.IndicatorCode,
            }).ToList(),
            Cells = StoredLocator.Capture(reading.Locator, report is null ? _allCodes : report.Schema.Indicators.Select(i => i.Code)),
        };
        return new LedgerRecord(0, LedgerRecordKind.Filing, unit.Code, period, version, recordedAt, hash, report?.Filing.Revision, JsonSerializer.Serialize(payload, s_json.FilingPayload));
    }

    internal static LedgerRecord Review(string unitCode, YearMonth period, int version, Instant recordedAt, ContentHash form, ReviewVerdict verdict, string role, IReadOnlyList<string> reasons)
    {
        var payload = new ReviewPayload { Form = form.ToString(), Verdict = VerdictName(verdict), Role = role, Reasons = [.. reasons] };
        return new LedgerRecord(0, LedgerRecordKind.Review, unitCode, period, version, recordedAt, null, null, JsonSerializer.Serialize(payload, s_json.ReviewPayload));
    }

    internal static LedgerRecord Reopening(string unitCode, YearMonth period, int version, Instant recordedAt, string role, string reason)
    {
        var payload = new ReopeningPayload { Role = role, Reason = reason };
        return new LedgerRecord(0, LedgerRecordKind.Reopening, unitCode, period, version, recordedAt, null, null, JsonSerializer.Serialize(payload, s_json.ReopeningPayload));
    }

    /// <summary>The event a stored record holds.</summary>
    /// <exception cref="LedgerException">The record cannot be read back (<see cref="LedgerErrorCodes.RecordUnreadable"/>).</exception>
    internal LedgerEvent Decode(LedgerRecord record)
    {
        if (record.Sequence <= 0)
        {
            throw Unreadable(record, "它还没有存入台账。", "it was never stored.");
        }

        try
        {
            return record.Kind switch
            {
                LedgerRecordKind.Filing => DecodeFiling(record),
                LedgerRecordKind.Review => DecodeReview(record),
                _ => DecodeReopening(record),
            };
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or UnparsableValueException)
        {
            throw Unreadable(record, $"内容无法解析：{ex.Message}", $"its payload cannot be parsed: {ex.Message}", ex);
        }
    }

    private FiledForm DecodeFiling(LedgerRecord record)
    {
        var payload = JsonSerializer.Deserialize(record.Payload, s_json.FilingPayload) ?? throw new JsonException("The payload is null.");
        var locator = StoredLocator.From(payload.Cells);
        Submission reading;
        OrganisationUnit unit;
        if (payload.Report is { } reportJson)
        {
            var read = _reports.Read(reportJson.GetRawText());
            if (read.Value is not { } report)
            {
                var problems = string.Join("; ", read.Problems.Select(p => p.ToString()));
                throw Unreadable(
                    record,
                    $"存入的报表读不回来（{problems}）。如报表属于自定义报表，请把该报表交给台账（SubmissionLedger 的 reports 参数）。",
                    $"the stored report cannot be read back ({problems}). If it is on a form of your own, give the ledger that form (the reports argument of SubmissionLedger).");
            }

            if (report.Unit.Code != record.UnitCode || report.Period != record.Period || report.Filing.Revision != record.Revision)
            {
                throw Unreadable(
                    record,
                    $"存入的报表（{report.Unit.Code} {report.Period:uuuu-MM} 修订版 {report.Filing.Revision}）与记录的单位、月份、修订版不一致。",
                    $"the stored report ({report.Unit.Code} {report.Period:uuuu-MM} revision {report.Filing.Revision}) disagrees with the record's unit, month or revision.");
            }

            unit = report.Unit;
            reading = Submission.Of(report, payload.File, null, locator);
        }
        else
        {
            if (record.Revision is not null || payload.Problems is not { Count: > 0 } problems)
            {
                throw Unreadable(record, "它既没有报表，也没有拒收的原因。", "it holds neither a report nor the problems that refused one.");
            }

            unit = new OrganisationUnit(record.UnitCode, payload.UnitName);
            reading = Submission.Refused(
                problems.Select(p => new InputProblem(p.Code, p.Location, p.Message, p.EnglishMessage, p.Indicator)),
                payload.File,
                unit,
                record.Period,
                null,
                locator);
        }

        return new FiledForm(record.Sequence, record.Version, record.RecordedAt, record.Hash!.Value, payload.Length, reading, unit, record.Period, s_instant.Parse(payload.ReceivedAt).Value, payload.Channel);
    }

    private static Review DecodeReview(LedgerRecord record)
    {
        var payload = JsonSerializer.Deserialize(record.Payload, s_json.ReviewPayload) ?? throw new JsonException("The payload is null.");
        var verdict = payload.Verdict switch
        {
            "accepted" => ReviewVerdict.Accepted,
            "returned" => ReviewVerdict.Returned,
            _ => throw new FormatException($"'{payload.Verdict}' is not a verdict (accepted, returned)."),
        };
        return new Review(record.Sequence, record.UnitCode, record.Period, record.Version, record.RecordedAt, ContentHash.Parse(payload.Form), verdict, payload.Role, payload.Reasons.ToArray());
    }

    private static Reopening DecodeReopening(LedgerRecord record)
    {
        var payload = JsonSerializer.Deserialize(record.Payload, s_json.ReopeningPayload) ?? throw new JsonException("The payload is null.");
        return new Reopening(record.Sequence, record.UnitCode, record.Period, record.Version, record.RecordedAt, payload.Role, payload.Reason);
    }

    private static string VerdictName(ReviewVerdict verdict) => verdict == ReviewVerdict.Accepted ? "accepted" : "returned";

    private static LedgerException Unreadable(LedgerRecord record, string chinese, string english, Exception? inner = null)
        => new(
            LedgerErrorCodes.RecordUnreadable,
            $"台账记录 #{record.Sequence}（{record.Kind}，{record.UnitCode} {record.Period:uuuu-MM}）读不回来：{chinese}记录原样保留。 · Ledger record #{record.Sequence} ({record.Kind}, {record.UnitCode} {record.Period:uuuu-MM}) cannot be read back: {english} The record is kept as it is.",
            inner);
}
