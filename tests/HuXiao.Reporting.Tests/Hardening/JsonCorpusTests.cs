using System.Diagnostics;
using HuXiao.Reporting.Json;

namespace HuXiao.Reporting.Tests.Hardening;

/// <summary>
/// The corpus of bad JSON inputs under <c>Corpus/json</c>, each with its exact expected outcome in
/// <c>expected.tsv</c>: handled in bounded time, with an error that names what and where.
/// </summary>
public class JsonCorpusTests
{
    private static readonly ReportJsonSerializer Json = new();

    private static string CorpusDirectory => Path.Combine(Snippets.RepositoryRoot, "tests", "HuXiao.Reporting.Tests", "Corpus", "json");

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(CorpusDirectory, "expected.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_bad_input_gets_its_expected_outcome(string file, string outcome, string location)
    {
        var bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, file));
        var watch = Stopwatch.StartNew();
        var result = Json.Read(bytes);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{file} took {watch.Elapsed}");
        if (outcome == "ok")
        {
            Assert.True(result.Succeeded, string.Join("; ", result.Problems));
            return;
        }

        Assert.False(result.Succeeded);
        var first = result.Problems[0];
        Assert.Equal(outcome, first.Code);
        Assert.Equal(location, first.Location);
        Assert.False(string.IsNullOrWhiteSpace(first.Message));
        Assert.False(string.IsNullOrWhiteSpace(first.EnglishMessage));
    }

    [Fact]
    public void Every_corpus_file_has_an_expected_outcome()
    {
        var listed = Cases().Select(row => (string)row[0]).ToHashSet();
        var files = Directory.GetFiles(CorpusDirectory, "*.json").Select(f => Path.GetFileName(f)).ToHashSet();
        Assert.Equal(files, listed);
    }

    [Fact]
    public void A_huge_input_is_refused_before_it_is_parsed()
    {
        var huge = new byte[ReportJsonSerializer.DefaultMaxInputBytes + 1];
        Array.Fill(huge, (byte)' ');
        var problem = Assert.Single(Json.Read(new MemoryStream(huge)).Problems);
        Assert.Equal(ErrorCodes.InputTooLarge, problem.Code);
        Assert.Equal(ErrorCodes.InputTooLarge, Assert.Single(Json.Read(huge).Problems).Code);
    }
}
