using System.Reflection;
using System.Text;

namespace HuXiao.DocGen;

/// <summary>
/// <c>HuXiao.DocGen [--check] OUTDIR</c>: writes the generated reference pages into OUTDIR, or with
/// <c>--check</c> compares them with what is there and exits 1 when any is missing or stale.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var check = args.Contains("--check");
        var outDir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (outDir is null)
        {
            Console.Error.WriteLine("usage: HuXiao.DocGen [--check] OUTDIR   (OUTDIR is docs/reference)");
            return 2;
        }

        var assemblies = Catalogue.LoadLibraries();
        var pages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["indicators.md"] = Pages.Indicators(assemblies),
            ["consistency-rules.md"] = Pages.ConsistencyRules(assemblies),
            ["compliance-rules.md"] = Pages.ComplianceRules(),
            ["includes/error-codes.md"] = Pages.ErrorCodes(assemblies),
            ["includes/cli-usage.md"] = Pages.CliUsage(),
        };

        var stale = new List<string>();
        foreach (var (name, content) in pages)
        {
            var path = Path.Combine(outDir, name);
            var current = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
            if (current == content)
            {
                continue;
            }

            stale.Add(name);
            if (!check)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, content, new UTF8Encoding(false));
            }
        }

        if (check && stale.Count > 0)
        {
            Console.Error.WriteLine($"docs: generated reference pages are stale or missing in {outDir}: {string.Join(", ", stale)}.");
            Console.Error.WriteLine("      Regenerate them with docs/scripts/generate-reference.sh and commit the result.");
            return 1;
        }

        Console.WriteLine(check
            ? $"docs: the {pages.Count} generated reference pages are current."
            : $"docs: wrote {stale.Count} of {pages.Count} generated reference pages into {outDir}.");
        return 0;
    }
}
