using System.Text;
using HuXiao.Reporting.Json;
using HuXiao.TestSupport;

namespace HuXiao.Reporting.Tests.Json;

/// <summary>The async reads and writes on a stream like a web body: not seekable, any synchronous call throws.</summary>
public sealed class ReportJsonSerializerAsyncTests
{
    [Fact]
    public async Task A_report_serialized_asynchronously_reads_back_asynchronously_as_the_same_report()
    {
        var report = TestData.Clean();
        var json = new ReportJsonSerializer();
        using var response = new AsyncOnlyStream();
        await json.SerializeAsync(report, response);
        using var request = new AsyncOnlyStream(response.Written, chunk: 100);
        var read = await json.ReadAsync(request);
        Assert.Equal(report, read.GetValueOrThrow());
    }

    [Fact]
    public async Task Bad_json_read_asynchronously_gives_located_problems()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2017-05","total":{"A01":"x","A99":1}}""");
        using var request = new AsyncOnlyStream(bytes, chunk: 7);
        var read = await new ReportJsonSerializer().ReadAsync(request);
        Assert.False(read.Succeeded);
        Assert.Contains(read.Problems, p => p.Code == ErrorCodes.UnknownIndicator && p.Location == "$.total.A99");
        Assert.Contains(read.Problems, p => p.Code == ErrorCodes.JsonWrongType && p.Location == "$.total.A01");
    }

    [Fact]
    public async Task An_input_over_the_limit_is_refused_without_reading_the_rest()
    {
        var bytes = Encoding.UTF8.GetBytes("[" + string.Concat(Enumerable.Repeat("0,", 50_000)) + "0]");
        using var request = new AsyncOnlyStream(bytes, chunk: 1024);
        var read = await new ReportJsonSerializer([ReportSchema.Zhengzhou2017], maxInputBytes: 10_000).ReadAsync(request);
        Assert.Equal(ErrorCodes.InputTooLarge, Assert.Single(read.Problems).Code);
        Assert.True(request.BytesRead < bytes.Length / 2, $"read {request.BytesRead} of {bytes.Length}");
    }

    [Fact]
    public async Task A_cancelled_read_stops_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var request = new AsyncOnlyStream(Encoding.UTF8.GetBytes("{}"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ReportJsonSerializer().ReadAsync(request, cancelled.Token));
    }
}
