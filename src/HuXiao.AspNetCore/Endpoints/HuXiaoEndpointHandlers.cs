using HuXiao.Briefing;
using HuXiao.Briefing.Html;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Ledger;
using HuXiao.Months;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.AspNetCore.Endpoints;

/// <summary>
/// What the endpoints do, over the services of <c>AddHuXiao()</c>. Request bodies are read asynchronously and only up
/// to the read limits; responses are written asynchronously; every call honours the request's cancellation.
/// </summary>
internal sealed class HuXiaoEndpointHandlers(
    ExcelFormReader excel,
    ExcelFormWriter templates,
    ReportJsonSerializer json,
    Campaign campaign,
    IClock clock,
    RuleSet rules,
    ComplianceChecker checker,
    IFormStore store,
    HuXiaoEndpointSettings settings)
{
    internal const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The channel label of a form uploaded through these endpoints.</summary>
    internal const string UploadChannel = "网页上传 web upload";

    private static readonly YearMonthPattern s_period = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    /// <summary>POST forms: an .xlsx or JSON form, as the raw body or the first file of a multipart form.</summary>
    internal async Task<IResult> UploadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!TryDeclared(request, out var declaredUnit, out var declaredPeriod, out var bad))
        {
            return bad;
        }

        // The server's body limit follows the read limits (with room for a multipart form's headers): Kestrel's own
        // default (about 30 MB) would otherwise refuse a form the reader accepts, without saying why.
        var limit = Math.Max(excel.Limits.MaxFileBytes, json.MaxInputBytes);
        const long multipartRoom = 64 * 1024;
        if (request.ContentLength > limit + multipartRoom)
        {
            return Problems.Refused([TooLarge(request.ContentLength.Value, limit)], null, null, stored: false);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + multipartRoom;
        }

        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                return Problems.BadRequest(StatusCodes.Status400BadRequest, "多部分表单缺少分隔符（boundary）。", "The multipart form has no boundary.");
            }

            var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    return await ReadAndKeepAsync(section.Body, section.ContentType, name, declaredUnit, declaredPeriod, cancellationToken).ConfigureAwait(false);
                }
            }

            return Problems.BadRequest(StatusCodes.Status400BadRequest, "多部分表单中没有文件：请以文件字段上传报表。", "The multipart form holds no file: upload the form as a file field.");
        }

        return await ReadAndKeepAsync(request.Body, request.ContentType, null, declaredUnit, declaredPeriod, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GET templates/{unit}/{period}: the blank form for a unit and month.</summary>
    internal IResult Template(string unit, string period)
    {
        if (!TryPeriod(period, out var month, out var bad) || !TryUnit(unit, out var organisationUnit, out bad))
        {
            return bad;
        }

        return Results.Stream(
            body => templates.WriteTemplateAsync(body, organisationUnit, month, cancellationToken: CancellationToken.None),
            XlsxContentType,
            $"{organisationUnit.Code}-{period}.xlsx");
    }

    /// <summary>GET months/{period}: the month as JSON.</summary>
    internal async Task<IResult> MonthAsync(string period, CancellationToken cancellationToken)
    {
        if (!TryPeriod(period, out var month, out var bad))
        {
            return bad;
        }

        MonthlyCycle cycle;
        try
        {
            cycle = await BuildMonthAsync(month, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            return Problems.StoreFailed(ex);
        }

        return Results.Json(cycle, HuXiaoJson.Options);
    }

    /// <summary>GET months/{period}/briefing: the month's briefing as one HTML page.</summary>
    internal async Task<IResult> BriefingAsync(string period, CancellationToken cancellationToken)
    {
        if (!TryPeriod(period, out var month, out var bad))
        {
            return bad;
        }

        MonthlyCycle cycle;
        try
        {
            cycle = await BuildMonthAsync(month, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex)
        {
            return Problems.StoreFailed(ex);
        }

        if (cycle.Due is null)
        {
            return Problems.BadRequest(StatusCodes.Status404NotFound, $"{period} 不是本次专项工作的报送月份，没有通报。", $"{period} is not a reporting month of the campaign; it has no briefing.");
        }

        var html = new BriefingHtmlRenderer().Render(new BriefingBuilder().Build(cycle));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>The month as the store knows it now: every unit's status, the roll-up, the findings.</summary>
    /// <exception cref="LedgerException">A ledger behind the store cannot be used.</exception>
    internal async Task<MonthlyCycle> BuildMonthAsync(YearMonth period, CancellationToken cancellationToken)
    {
        var forms = await store.ListAsync(period, cancellationToken).ConfigureAwait(false);
        return MonthlyCycle.CreateBuilder(campaign, period, Today())
            .WithUnits(settings.Units)
            .WithValidation(rules)
            .WithChecker(checker)
            .AddRange(forms)
            .Build();
    }

    private async Task<IResult> ReadAndKeepAsync(Stream body, string? contentType, string? fileName, OrganisationUnit? declaredUnit, YearMonth? declaredPeriod, CancellationToken cancellationToken)
    {
        // The file is kept as it came (a ledger keeps its bytes and hash), so it is read into memory first, only up to
        // the read limits.
        var limit = Math.Max(excel.Limits.MaxFileBytes, json.MaxInputBytes);
        var content = await ReadBoundedAsync(body, limit, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return Problems.Refused([TooLarge(null, limit)], declaredUnit, declaredPeriod, stored: false);
        }

        var receivedAt = clock.GetCurrentInstant();
        var receivedOn = receivedAt.InZone(campaign.TimeZone).Date;
        using var stream = new MemoryStream(content, writable: false);
        var isJson = IsJson(contentType, fileName);
        var source = fileName ?? (isJson ? "upload.json" : "upload.xlsx");
        Submission submission;
        object answer;
        if (isJson)
        {
            var read = await json.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
            submission = Submission.FromReadResult(read, source, receivedOn);
            answer = read;
        }
        else
        {
            var read = await excel.ReadAsync(stream, new ExcelReadOptions { Unit = declaredUnit, Period = declaredPeriod, Units = settings.Units }, cancellationToken).ConfigureAwait(false);
            if (read.Problems is [{ Code: ExcelErrorCodes.NotAWorkbook or ExcelErrorCodes.LegacyFormat or ExcelErrorCodes.Encrypted or ExcelErrorCodes.MacroEnabled or ExcelErrorCodes.TooLarge } unusable])
            {
                // Not a workbook at all: nothing is kept, and the answer names what was declared.
                return Problems.Refused([unusable], declaredUnit, declaredPeriod, stored: false);
            }

            submission = Submission.FromReadResult(read, source, receivedOn);
            answer = read;
        }

        // A refused form whose unit and month are known is kept: the unit filed, with errors, and the month says so.
        var period = submission.Report?.Period ?? submission.Period;
        var stored = period is not null && (submission.Report?.Unit ?? submission.Unit) is not null;
        if (stored)
        {
            InputProblem? notKept;
            try
            {
                notKept = await store.KeepAsync(new ReceivedForm(period!.Value, submission, content, receivedAt, UploadChannel), cancellationToken).ConfigureAwait(false);
            }
            catch (LedgerException ex)
            {
                return Problems.StoreFailed(ex);
            }

            if (notKept is not null)
            {
                return Problems.NotKept(notKept, submission.Unit, period);
            }
        }

        return submission.Succeeded
            ? Results.Json(answer, HuXiaoJson.Options)
            : Problems.Refused(submission.Problems, submission.Unit, submission.Period, stored);
    }

    /// <summary>The body's bytes, or <see langword="null"/> as soon as it passes <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsJson(string? contentType, string? fileName)
    {
        if (fileName is not null)
        {
            return fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        }

        return MediaTypeHeaderValue.TryParse(contentType, out var type)
            && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
    }

    private bool TryDeclared(HttpRequest request, out OrganisationUnit? unit, out YearMonth? period, out IResult bad)
    {
        unit = null;
        period = null;
        bad = Results.Empty;
        if (request.Query["period"] is [{ } periodText])
        {
            if (!TryPeriod(periodText, out var month, out bad))
            {
                return false;
            }

            period = month;
        }

        if (request.Query["unit"] is [{ } unitText])
        {
            if (!TryUnit(unitText, out var known, out bad))
            {
                return false;
            }

            unit = known;
        }

        return true;
    }

    internal static bool TryPeriod(string text, out YearMonth period, out IResult bad)
    {
        var parsed = s_period.Parse(text);
        period = parsed.Success ? parsed.Value : default;
        bad = parsed.Success ? Results.Empty : Problems.BadRequest(StatusCodes.Status400BadRequest, $"“{text}”不是月份：请写作 YYYY-MM，如 2017-05。", $"'{text}' is not a month: write it as YYYY-MM, such as 2017-05.");
        return parsed.Success;
    }

    internal bool TryUnit(string code, out OrganisationUnit unit, out IResult bad)
    {
        var known = settings.Units.Contains(code);
        unit = known ? settings.Units[code] : null!;
        bad = known ? Results.Empty : Problems.BadRequest(StatusCodes.Status404NotFound, $"单位名单中没有代码为 {code} 的单位。", $"The unit list has no unit with the code {code}.");
        return known;
    }

    private LocalDate Today() => clock.GetCurrentInstant().InZone(campaign.TimeZone).Date;

    private static InputProblem TooLarge(long? size, long limit)
        => new(
            ExcelErrorCodes.TooLarge,
            null,
            $"文件过大，不予读取：上传 {(size is { } s ? $"{s:N0} 字节" : "的内容")}，超过上限 {limit:N0} 字节。一份报表远小于此；请只提交报表本身。",
            $"The file is refused as too large: the upload is {(size is { } n ? $"{n:N0} bytes" : "larger than that")}; the limit is {limit:N0}. A form is far smaller; submit the form alone.");
}
