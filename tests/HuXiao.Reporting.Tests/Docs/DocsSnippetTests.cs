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

    /// <summary>The getting-started article of every package, and the test project its samples come from.</summary>
    public static TheoryData<string, string> PackageArticles() => new()
    {
        { "docs/articles/reporting.md", "tests/HuXiao.Reporting.Tests/" },
        { "docs/articles/calendar.md", "tests/HuXiao.Calendar.Tests/" },
        { "docs/articles/compliance.md", "tests/HuXiao.Compliance.Tests/" },
        { "docs/articles/excel.md", "tests/HuXiao.Excel.Tests/" },
        { "docs/articles/embedding.md", "tests/HuXiao.Compliance.Tests/" },
    };

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

    [Theory]
    [MemberData(nameof(References))]
    public void Each_sample_comes_from_a_compiled_test(string article, string sourceFile, string region)
    {
        // Samples live in test projects (compiled and run by the tests), never in loose files the build does not see; a
        // sample app (docs/samples/<App>) is a project of the solution, run by the tests that reference it.
        var normalised = sourceFile.Replace('\\', '/');
        if (normalised.StartsWith("docs/samples/", StringComparison.Ordinal))
        {
            var app = normalised.Split('/')[2];
            Assert.True(File.Exists(Path.Combine(Snippets.RepositoryRoot, "docs", "samples", app, app + ".csproj")), $"{article} pulls in {sourceFile}, which is not in a sample project.");
            Assert.Contains($"docs\\samples\\{app}\\{app}.csproj", File.ReadAllText(Path.Combine(Snippets.RepositoryRoot, "HuXiao.Domain.sln")), StringComparison.Ordinal);
            Assert.Contains(
                Directory.EnumerateFiles(Path.Combine(Snippets.RepositoryRoot, "tests"), "*.csproj", SearchOption.AllDirectories),
                test => File.ReadAllText(test).Contains($"docs/samples/{app}/{app}.csproj", StringComparison.Ordinal));
            return;
        }

        Assert.True(normalised.StartsWith("tests/HuXiao.", StringComparison.Ordinal) && normalised.EndsWith(".cs", StringComparison.Ordinal), $"{article} pulls in {sourceFile}#{region}, which is not a test source file.");
        var project = normalised.Split('/')[1];
        Assert.True(File.Exists(Path.Combine(Snippets.RepositoryRoot, "tests", project, project + ".csproj")), $"{article} pulls in {sourceFile}, which is not in a test project.");
        Assert.Contains("[Fact]", File.ReadAllText(Path.Combine(Snippets.RepositoryRoot, sourceFile)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PackageArticles))]
    public void Each_package_article_pulls_in_samples_from_its_tests(string article, string testProject)
    {
        var fromProject = References().Where(r => (string)r[0] == article.Replace('/', Path.DirectorySeparatorChar) || (string)r[0] == article)
            .Count(r => ((string)r[1]).Replace('\\', '/').StartsWith(testProject, StringComparison.Ordinal));
        Assert.True(fromProject >= 2, $"{article} should pull in its samples from {testProject} (found {fromProject}).");
    }
}
