using System.IO.Compression;
using ClosedXML.Excel;
using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.TestSupport;
using static HuXiao.Excel.Tests.Support.FormEditing;

namespace HuXiao.Excel.Tests.Reading;

/// <summary>
/// The async reads and writes on a stream like a web request or response body: not seekable, and any synchronous
/// call throws (ASP.NET Core's AllowSynchronousIO=false).
/// </summary>
public sealed class ExcelFormReaderAsyncTests
{
    [Fact]
    public async Task A_form_is_read_from_a_non_seekable_stream_without_synchronous_io()
    {
        using var body = new AsyncOnlyStream(Samples.FullBytes(), chunk: 1000);
        var result = await new ExcelFormReader().ReadAsync(body);
        Assert.Empty(result.Problems);
        Assert.Equal(Samples.Full(), result.Value);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read_to_the_end()
    {
        var bytes = Samples.FullBytes();
        var limit = bytes.Length / 2;
        var reader = new ExcelFormReader(new ExcelOptions { Limits = ExcelReadLimits.Default with { MaxFileBytes = limit, MaxPartBytes = limit, MaxTotalBytes = limit } });
        using var body = new AsyncOnlyStream(bytes, chunk: 512);
        var refused = await reader.ReadAsync(body);
        Assert.True(refused.IsRefused);
        var ex = Assert.Single(refused.Problems);
        Assert.Equal(ExcelErrorCodes.TooLarge, ex.Code);
        Assert.True(body.BytesRead <= limit + 512, $"read {body.BytesRead} bytes of {bytes.Length} with a limit of {limit}");
    }

    [Fact]
    public async Task A_zip_bomb_read_asynchronously_is_refused_while_inflating()
    {
        var bytes = EditPackage(Samples.FullBytes(), zip =>
        {
            zip.GetEntry("xl/worksheets/sheet2.xml")!.Delete();
            using var stream = zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 20; i++)
            {
                stream.Write(zeros);
            }
        });
        using var body = new AsyncOnlyStream(bytes);
        var refused = await new ExcelFormReader().ReadAsync(body);
        Assert.True(refused.IsRefused);
        var ex = Assert.Single(refused.Problems);
        Assert.Equal(ExcelErrorCodes.TooLarge, ex.Code);
        Assert.Contains("xl/worksheets/sheet2.xml", ex.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_read_stops_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var body = new AsyncOnlyStream(Samples.FullBytes());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ExcelFormReader().ReadAsync(body, cancellationToken: cancelled.Token));
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task A_report_written_asynchronously_reads_back_as_the_same_report()
    {
        using var response = new AsyncOnlyStream();
        await new ExcelFormWriter().WriteAsync(Samples.Full(), response);
        Assert.Equal(Samples.Full(), new ExcelFormReader().Read(response.Written).Value);
    }

    [Fact]
    public async Task A_template_written_asynchronously_is_the_template_written_synchronously()
    {
        using var response = new AsyncOnlyStream();
        await new ExcelFormWriter().WriteTemplateAsync(response, Samples.Unit, Samples.Period);
        using var wb = new XLWorkbook(new MemoryStream(response.Written));
        var form = wb.Worksheet(FormSheet);
        Assert.Contains(form.CellsUsed(), c => c.GetString().Contains(Samples.Unit.Name, StringComparison.Ordinal));
        Assert.Contains(form.CellsUsed(), c => c.GetString().Contains("2017年5月", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_roll_up_workbook_is_written_asynchronously()
    {
        var rollUp = ReportRollUp.Combine(Samples.Schema, new OrganisationUnit("410100", "郑州市公安局"), Samples.Period, [Samples.Full()], [Samples.Unit.Code, "410103"]);
        using var response = new AsyncOnlyStream();
        await new RollUpWorkbookWriter().WriteAsync(rollUp, response);
        using var wb = new XLWorkbook(new MemoryStream(response.Written));
        var sheet = wb.Worksheet(RollUpWorkbookWriter.RollUpSheetName);
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "410103");
    }

    [Fact]
    public async Task A_cancelled_write_writes_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var response = new AsyncOnlyStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ExcelFormWriter().WriteTemplateAsync(response, cancellationToken: cancelled.Token));
        Assert.Empty(response.Written);
    }
}
