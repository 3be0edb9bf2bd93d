namespace HuXiao.Reporting.Tests.Docs;

/// <summary>The package README (shown on the package's page) shows the compiled quickstart exactly.</summary>
public class PackageReadmeTests
{
    [Fact]
    public void Package_readme_shows_the_quickstart_exactly()
        => Snippets.AssertReadmeShows("reporting-quickstart", "tests/HuXiao.Reporting.Tests/ReadmeSampleTests.cs", "src/HuXiao.Reporting/README.md");
}
