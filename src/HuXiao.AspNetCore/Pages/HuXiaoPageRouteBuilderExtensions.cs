using HuXiao.AspNetCore.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Mounts the city office's pages in an ASP.NET Core app.</summary>
public static class HuXiaoPageRouteBuilderExtensions
{
    /// <summary>
    /// Adds plain server-rendered pages under <paramref name="prefix"/>, Chinese first then English, over the endpoints
    /// <c>MapHuXiao(apiPrefix)</c> mounts: the campaign's months (<c>/</c>), a month's table of units with their status
    /// and review (<c>months/{period}</c>), a unit's filings and problems, each with its cell, with the review
    /// (<c>months/{period}/units/{unit}</c>), the month's templates (<c>months/{period}/templates</c>), and an upload box
    /// a file can be dragged onto. Uploads, reviews and reopenings are sent to the API by a few lines of inline script.
    /// Needs <c>AddHuXiao()</c> and <c>AddHuXiaoAspNetCore()</c>; reviews need <c>AddHuXiaoLedger</c>. Secure the group
    /// as the app's other pages.
    /// </summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="prefix">Where to mount the pages, such as <c>/huxiao-pages</c>; default the root.</param>
    /// <param name="apiPrefix">Where <c>MapHuXiao</c> mounted the endpoints, such as <c>/api</c>.</param>
    /// <returns>The group of pages, to add conventions to.</returns>
    public static RouteGroupBuilder MapHuXiaoPages(this IEndpointRouteBuilder endpoints, string prefix, string apiPrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(apiPrefix);
        var routes = PageRoutes.Of(prefix, apiPrefix);
        var group = endpoints.MapGroup(prefix);
        group.MapGet("/", (HuXiaoPages pages) => pages.Index(routes)).WithName("HuXiaoPageMonths");
        group.MapGet("months/{period}", (string period, HuXiaoPages pages, CancellationToken cancellationToken) => pages.MonthAsync(routes, period, cancellationToken))
            .WithName("HuXiaoPageMonth");
        group.MapGet("months/{period}/units/{unit}", (string period, string unit, HuXiaoPages pages, CancellationToken cancellationToken) => pages.UnitAsync(routes, period, unit, cancellationToken))
            .WithName("HuXiaoPageUnit");
        group.MapGet("months/{period}/templates", (string period, HuXiaoPages pages) => pages.Templates(routes, period))
            .WithName("HuXiaoPageTemplates");
        return group;
    }
}
