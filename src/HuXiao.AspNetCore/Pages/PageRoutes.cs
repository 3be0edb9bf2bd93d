namespace HuXiao.AspNetCore.Pages;

/// <summary>Where the pages and the API they call are mounted, and the links between them.</summary>
/// <param name="Pages">The pages' prefix, without a trailing slash (empty for the root).</param>
/// <param name="ApiPrefix">The API's prefix (<c>MapHuXiao</c>'s), without a trailing slash.</param>
internal sealed record PageRoutes(string Pages, string ApiPrefix)
{
    internal static PageRoutes Of(string pages, string api) => new(pages.TrimEnd('/'), api.TrimEnd('/'));

    internal string Month(string period) => $"{Pages}/months/{period}";

    internal string Unit(string period, string code) => $"{Pages}/months/{period}/units/{Uri.EscapeDataString(code)}";

    internal string Api(string path) => $"{ApiPrefix}/{path}";
}
