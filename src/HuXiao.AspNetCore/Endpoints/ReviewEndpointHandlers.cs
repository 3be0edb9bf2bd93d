using System.Text.Json;
using HuXiao.Ledger;
using HuXiao.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HuXiao.AspNetCore.Endpoints;

/// <summary>
/// The endpoints of the city's review (审核), over the submissions ledger <c>AddHuXiaoLedger</c> registered: a unit's
/// filings, accepting or returning its current form, reopening its month. Without a ledger they answer 501, saying so.
/// </summary>
internal sealed class ReviewEndpointHandlers(IServiceProvider services, HuXiaoEndpointHandlers forms)
{
    private SubmissionLedger? Ledger => services.GetService<SubmissionLedger>();

    /// <summary>GET months/{period}/units/{unit}: the unit's filings in the ledger.</summary>
    internal async Task<IResult> UnitAsync(string period, string unit, CancellationToken cancellationToken)
    {
        if (!TryTarget(period, unit, out var month, out var organisationUnit, out var ledger, out var bad))
        {
            return bad;
        }

        try
        {
            var known = await ledger.ReadUnitMonthAsync(organisationUnit.Code, month, cancellationToken).ConfigureAwait(false);
            return Results.Json(UnitLedgerView.Of(organisationUnit, known), HuXiaoJson.Options);
        }
        catch (LedgerException ex)
        {
            return Problems.StoreFailed(ex);
        }
    }

    /// <summary>POST months/{period}/units/{unit}/review: accepts or returns (with reasons) the unit's current form.</summary>
    internal async Task<IResult> ReviewAsync(string period, string unit, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!TryTarget(period, unit, out var month, out var organisationUnit, out var ledger, out var bad))
        {
            return bad;
        }

        var body = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return BadBody();
        }

        var returned = body.Verdict switch
        {
            "accepted" => false,
            "returned" => true,
            _ => (bool?)null,
        };
        if (returned is null)
        {
            return Problems.BadRequest(StatusCodes.Status400BadRequest, $"审核结论（verdict）应为 accepted（通过）或 returned（退回），而不是“{body.Verdict}”。", $"The verdict is 'accepted' or 'returned', not '{body.Verdict}'.");
        }

        try
        {
            var known = await ledger.ReadUnitMonthAsync(organisationUnit.Code, month, cancellationToken).ConfigureAwait(false);
            if (!TryForm(known, body.Form, out var hash, out bad))
            {
                return bad;
            }

            var outcome = returned.Value
                ? await ledger.ReturnAsync(hash, body.Role ?? string.Empty, body.AllReasons(), cancellationToken).ConfigureAwait(false)
                : await ledger.AcceptAsync(hash, body.Role ?? string.Empty, cancellationToken).ConfigureAwait(false);
            return await AnswerAsync(ledger, organisationUnit, month, outcome.Problem, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            return NotALabel(ex);
        }
        catch (LedgerException ex)
        {
            return Problems.StoreFailed(ex);
        }
    }

    /// <summary>POST months/{period}/units/{unit}/reopen: reopens the unit's accepted month, with a reason.</summary>
    internal async Task<IResult> ReopenAsync(string period, string unit, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!TryTarget(period, unit, out var month, out var organisationUnit, out var ledger, out var bad))
        {
            return bad;
        }

        var body = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return BadBody();
        }

        try
        {
            var outcome = await ledger.ReopenAsync(organisationUnit.Code, month, body.Role ?? string.Empty, string.Join("；", body.AllReasons()), cancellationToken).ConfigureAwait(false);
            return await AnswerAsync(ledger, organisationUnit, month, outcome.Problem, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            return NotALabel(ex);
        }
        catch (LedgerException ex)
        {
            return Problems.StoreFailed(ex);
        }
    }

    /// <summary>The unit's filings after the act, or the ledger's refusal as 409.</summary>
    private static async Task<IResult> AnswerAsync(SubmissionLedger ledger, OrganisationUnit unit, YearMonth month, InputProblem? refused, CancellationToken cancellationToken)
    {
        if (refused is not null)
        {
            return Problems.NotKept(refused, unit, month);
        }

        var known = await ledger.ReadUnitMonthAsync(unit.Code, month, cancellationToken).ConfigureAwait(false);
        return Results.Json(UnitLedgerView.Of(unit, known), HuXiaoJson.Options);
    }

    private bool TryTarget(string period, string unit, out YearMonth month, out OrganisationUnit organisationUnit, out SubmissionLedger ledger, out IResult bad)
    {
        organisationUnit = null!;
        ledger = Ledger!;
        if (!HuXiaoEndpointHandlers.TryPeriod(period, out month, out bad) || !forms.TryUnit(unit, out organisationUnit, out bad))
        {
            return false;
        }

        if (ledger is null)
        {
            bad = Problems.BadRequest(StatusCodes.Status501NotImplemented, "本服务不使用报送台账，没有审核：请以 AddHuXiaoLedger 注册台账。", "This host keeps its forms without the submissions ledger, so it has no review: register the ledger with AddHuXiaoLedger.");
            return false;
        }

        return true;
    }

    private static bool TryForm(UnitLedger known, string? form, out ContentHash hash, out IResult bad)
    {
        bad = Results.Empty;
        hash = default;
        if (form is null)
        {
            if (known.Current is null)
            {
                bad = Problems.NotKept(
                    new InputProblem(
                        LedgerErrorCodes.UnknownForm,
                        null,
                        $"{known.UnitCode} {known.Period:uuuu-MM} 没有读入的报表，无从审核。",
                        $"{known.UnitCode} has no form read for {known.Period:uuuu-MM}: there is nothing to review."),
                    null,
                    known.Period);
                return false;
            }

            hash = known.Current.Hash;
            return true;
        }

        if (!ContentHash.TryParse(form, out var parsed) || known.Forms.All(f => f.Hash != parsed))
        {
            bad = Problems.BadRequest(StatusCodes.Status404NotFound, $"{known.UnitCode} {known.Period:uuuu-MM} 没有 SHA-256 为“{form}”的报表。", $"{known.UnitCode} has no form for {known.Period:uuuu-MM} whose SHA-256 is '{form}'.");
            return false;
        }

        hash = parsed;
        return true;
    }

    private static async Task<ReviewRequest?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await request.ReadFromJsonAsync<ReviewRequest>(HuXiaoJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult BadBody()
        => Problems.BadRequest(StatusCodes.Status400BadRequest, "请求体应为 JSON，如 {\"verdict\":\"returned\",\"role\":\"市局审核\",\"reasons\":[\"A03 与 A01 不符\"]}。", "The body is JSON, such as {\"verdict\":\"returned\",\"role\":\"市局审核\",\"reasons\":[\"A03 does not add up\"]}.");

    private static IResult NotALabel(ArgumentException ex)
        => Problems.BadRequest(StatusCodes.Status400BadRequest, "审核角色或理由无法使用：角色须是岗位名称（如 市局审核），理由须填写，都只写一行，不含身份证号或手机号。", ex.Message);
}
