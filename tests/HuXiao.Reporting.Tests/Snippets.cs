using System.Text.RegularExpressions;

namespace HuXiao.Reporting.Tests;

/// <summary>
/// Keeps documentation samples honest: a Markdown block marked <c>&lt;!-- snippet: NAME --&gt;</c> must show exactly
/// the code between <c>#region NAME</c> and <c>#endregion</c> in a compiled test.
/// </summary>
public static partial class Snippets
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HuXiao.Domain.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("HuXiao.Domain.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Region(string sourceFile, string name)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, sourceFile));
        var start = Array.FindIndex(lines, l => l.Trim() == "#region " + name);
        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "#endregion");
        Assert.True(start >= 0 && end > start, $"#region {name} not found in {sourceFile}");
        var body = lines[(start + 1)..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim();
    }

    public static string MarkdownBlock(string markdownFile, string name)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, markdownFile)).Replace("\r\n", "\n");
        var match = Regex.Match(text, $"<!-- snippet: {Regex.Escape(name)} -->\\s*```csharp\\n(.*?)\\n```", RegexOptions.Singleline);
        Assert.True(match.Success, $"No block '<!-- snippet: {name} -->' followed by ```csharp in {markdownFile}");
        return match.Groups[1].Value.Trim();
    }

    public static void AssertReadmeShows(string name, string sourceFile, string markdownFile = "README.md")
        => Assert.Equal(Region(sourceFile, name), MarkdownBlock(markdownFile, name));
}
