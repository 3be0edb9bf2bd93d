using HuXiao.AspNetCore.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Mounts the HuXiao endpoints in an ASP.NET Core app.</summary>
public static class HuXiaoEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Adds, under <paramref name="prefix"/>: <c>POST forms</c> (a unit's form, .xlsx or JSON, as the raw body or a
    /// multipart file; 200 with the read result, or 422 problem details listing every problem located — 413 past the
    /// read limits; <c>?unit=</c> and <c>?period=</c> declare what an .xlsx form must be), <c>GET templates/{unit}/{period}</c>
    /// (the blank .xlsx form), <c>GET months/{period}</c> (the month as JSON: every unit's status, the roll-up, the
    /// findings) and <c>GET months/{period}/briefing</c> (the briefing, HTML); and, over the submissions ledger
    /// (<c>AddHuXiaoLedger</c>; 501 without it): <c>GET months/{period}/units/{unit}</c> (the unit's filings, each with
    /// its review state), <c>POST months/{period}/units/{unit}/review</c> (JSON <c>{"verdict":"accepted"|"returned",
    /// "role":"市局审核","reasons":[…],"form":"sha-256"}</c>) and <c>POST months/{period}/units/{unit}/reopen</c>
    /// (<c>{"role":…,"reason":…}</c>); the ledger's refusals are 409 problem details with its code. Needs
    /// <c>AddHuXiao()</c> and <c>AddHuXiaoAspNetCore()</c>. Secure the group as the app's other endpoints (it is returned for
    /// <c>RequireAuthorization</c> and the like).
    /// </summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="prefix">Where to mount them, such as <c>/huxiao</c>; default the root.</param>
    /// <returns>The group of endpoints, to add conventions to.</returns>
    public static RouteGroupBuilder MapHuXiao(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var group = endpoints.MapGroup(prefix);
        group.MapPost("forms", (HttpRequest request, HuXiaoEndpointHandlers handlers, CancellationToken cancellationToken) => handlers.UploadAsync(request, cancellationToken))
            .DisableAntiforgery()
            .WithName("HuXiaoUploadForm");
        group.MapGet("templates/{unit}/{period}", (string unit, string period, HuXiaoEndpointHandlers handlers) => handlers.Template(unit, period))
            .WithName("HuXiaoTemplate");
        group.MapGet("months/{period}", (string period, HuXiaoEndpointHandlers handlers, CancellationToken cancellationToken) => handlers.MonthAsync(period, cancellationToken))
            .WithName("HuXiaoMonth");
        group.MapGet("months/{period}/briefing", (string period, HuXiaoEndpointHandlers handlers, CancellationToken cancellationToken) => handlers.BriefingAsync(period, cancellationToken))
            .WithName("HuXiaoBriefing");
        group.MapGet("months/{period}/units/{unit}", (string period, string unit, ReviewEndpointHandlers handlers, CancellationToken cancellationToken) => handlers.UnitAsync(period, unit, cancellationToken))
            .WithName("HuXiaoUnitFilings");
        group.MapPost("months/{period}/units/{unit}/review", (string period, string unit, HttpRequest request, ReviewEndpointHandlers handlers, CancellationToken cancellationToken) => handlers.ReviewAsync(period, unit, request, cancellationToken))
            .DisableAntiforgery()
            .WithName("HuXiaoReview");
        group.MapPost("months/{period}/units/{unit}/reopen", (string period, string unit, HttpRequest request, ReviewEndpointHandlers handlers, CancellationToken cancellationToken) => handlers.ReopenAsync(period, unit, request, cancellationToken))
            .DisableAntiforgery()
            .WithName("HuXiaoReopen");
        return group;
    }
}
