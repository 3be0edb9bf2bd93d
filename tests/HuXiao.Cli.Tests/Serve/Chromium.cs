using Xunit;

namespace HuXiao.Cli.Tests.Serve;

/// <summary>
/// The Debian chromium the browser tests drive (<c>.ci/browser</c> installs it): <c>HUXIAO_CHROMIUM</c>, or
/// <c>/usr/bin/chromium</c>. Nothing downloads a browser; without one, the tests are skipped, saying why.
/// </summary>
public static class Chromium
{
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("HUXIAO_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" };
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }
}

/// <summary>A test that needs the browser: skipped, saying why, when there is none.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "No chromium: install the Debian packages chromium and chromium-driver (bash .ci/browser does), or set HUXIAO_CHROMIUM to a chromium executable.";
        }
    }
}
