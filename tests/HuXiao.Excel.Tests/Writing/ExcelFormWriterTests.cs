using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;

namespace HuXiao.Excel.Tests.Writing;

public sealed class ExcelFormWriterTests
{
    [Fact]
    public void A_written_report_reads_back_equal()
    {
        var report = Samples.Full();
        var result = new ExcelFormReader().Read(new ExcelFormWriter().Write(report));
        Assert.Empty(result.Problems);
        Assert.Equal(report, result.Value);
    }
}
