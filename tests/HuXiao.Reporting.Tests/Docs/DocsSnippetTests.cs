using System.Text.RegularExpressions;

namespace HuXiao.Reporting.Tests.Docs;

/// <summary>
/// Every code sample the docs site pulls in (<c>[!code-csharp[](path#region)]</c> in docs/**/*.md) names a file and a
/// <c>#region</c> that exist. docfx renders a missing region as an empty block without a warning, so this is checked here.
/// </summary>
public partial class DocsSnippetTests
{
    [GeneratedRegex(@"\[!code-(?<lang>[a-z]+)\[[^\]]*\]\((?<path>[^)#]+)(#(?<region>[^)]+))?\)\]")]
    private static partial Regex SnippetReference();

    public static TheoryData<string, string, string> References()
    {
        var data = new TheoryData<string, string, string>();
        var docs = Path.Combine(Snippets.RepositoryRoot, "docs");
        foreach (var file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}_site{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in SnippetReference().Matches(File.ReadAllText(file)))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, match.Groups["path"].Value));
                data.Add(Path.GetRelativePath(Snippets.RepositoryRoot, file), Path.GetRelativePath(Snippets.RepositoryRoot, target), match.Groups["region"].Value);
            }
        }

        return data;
    }

    [Fact]
    public void The_articles_pull_in_samples()
        => Assert.True(References().Count() >= 10, "Expected the docs articles to pull in their samples from tests.");

    [Theory]
    [MemberData(nameof(References))]
    public void Each_sample_exists(string article, string sourceFile, string region)
    {
        Assert.True(File.Exists(Path.Combine(Snippets.RepositoryRoot, sourceFile)), $"{article} pulls in {sourceFile}, which does not exist.");
        if (region.Length > 0)
        {
            Assert.NotEmpty(Snippets.Region(sourceFile, region));
        }
    }
}
