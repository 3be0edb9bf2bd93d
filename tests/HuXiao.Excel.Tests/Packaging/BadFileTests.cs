using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using static HuXiao.Excel.Tests.Support.FormEditing;

namespace HuXiao.Excel.Tests.Packaging;

public sealed class BadFileTests
{
    private readonly ExcelFormReader _reader = new();

    private InputProblem Refused(byte[] bytes, ExcelFormReader? reader = null)
    {
        // An unusable file is refused as data, as a whole, with the one problem that says why.
        var result = (reader ?? _reader).Read(bytes);
        Assert.True(result.IsRefused);
        Assert.Null(result.Value);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void A_legacy_xls_or_et_file_is_refused_with_a_save_as_xlsx_message()
    {
        var ex = Refused(LegacyXls());
        Assert.Equal(ExcelErrorCodes.LegacyFormat, ex.Code);
        Assert.Contains(".xlsx", ex.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("另存为", ex.Message, StringComparison.Ordinal);
        Assert.Contains(".et", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_workbook_is_refused()
        => Assert.Equal(ExcelErrorCodes.Encrypted, Refused(EncryptedXlsx()).Code);

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { (byte)'a', (byte)',', (byte)'b', (byte)'\n', (byte)'1', (byte)',', (byte)'2' })]
    public void Empty_text_and_random_files_are_not_workbooks(byte[] bytes)
        => Assert.Equal(ExcelErrorCodes.NotAWorkbook, Refused(bytes).Code);

    [Fact]
    public void A_truncated_workbook_is_not_a_workbook()
    {
        var bytes = Samples.FullBytes();
        Assert.Equal(ExcelErrorCodes.NotAWorkbook, Refused(bytes[..(bytes.Length / 2)]).Code);
    }

    [Fact]
    public void A_zip_that_is_no_workbook_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("hello.txt").Open();
            stream.Write("hello"u8);
        }

        Assert.Equal(ExcelErrorCodes.NotAWorkbook, Refused(buffer.ToArray()).Code);
    }

    [Fact]
    public void A_workbook_whose_sheet_xml_is_broken_is_not_a_workbook()
    {
        var bytes = EditPackage(Samples.FullBytes(), zip => WriteEntry(zip, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row"));
        Assert.Equal(ExcelErrorCodes.NotAWorkbook, Refused(bytes).Code);
    }

    [Fact]
    public void A_macro_enabled_workbook_is_refused()
    {
        var bytes = EditPackage(Samples.FullBytes(), zip =>
        {
            var types = ReadEntry(zip, "[Content_Types].xml").Replace(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                StringComparison.Ordinal);
            WriteEntry(zip, "[Content_Types].xml", types);
        });
        Assert.Equal(ExcelErrorCodes.MacroEnabled, Refused(bytes).Code);
    }

    [Fact]
    public void A_zip_bomb_is_refused_quickly_while_inflating()
    {
        // 64 MiB of zeros deflates to about 64 KB; the default per-part limit is 16 MiB.
        var bytes = EditPackage(Samples.FullBytes(), zip =>
        {
            zip.GetEntry("xl/worksheets/sheet2.xml")!.Delete();
            using var stream = zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                stream.Write(zeros);
            }
        });
        Assert.True(bytes.Length < 1024 * 1024);
        var watch = Stopwatch.StartNew();
        var ex = Refused(bytes);
        watch.Stop();
        Assert.Equal(ExcelErrorCodes.TooLarge, ex.Code);
        Assert.Contains("xl/worksheets/sheet2.xml", ex.EnglishMessage, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_sheet_of_a_million_rows_is_refused_in_bounded_time_before_ClosedXML_loads_it()
    {
        // A real, well-formed sheet part with 1,000,000 rows: about 40 MB of XML, over the 16 MiB per-part limit.
        var bytes = EditPackage(Samples.FullBytes(), zip =>
        {
            zip.GetEntry("xl/worksheets/sheet2.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.Fastest).Open());
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (var r = 1; r <= 1_000_000; r++)
            {
                writer.Write($"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c></row>");
            }

            writer.Write("</sheetData></worksheet>");
        });
        var watch = Stopwatch.StartNew();
        var ex = Refused(bytes);
        watch.Stop();
        Assert.Equal(ExcelErrorCodes.TooLarge, ex.Code);
        Assert.Contains("xl/worksheets/sheet2.xml", ex.EnglishMessage, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void The_total_inflated_size_file_size_and_part_count_are_limited()
    {
        var bytes = Samples.FullBytes();
        var options = new ExcelOptions { Limits = new ExcelReadLimits { MaxPartBytes = 20_000, MaxTotalBytes = 30_000 } };
        Assert.Equal(ExcelErrorCodes.TooLarge, Refused(bytes, new ExcelFormReader(options)).Code);

        options = new ExcelOptions { Limits = new ExcelReadLimits { MaxFileBytes = bytes.Length - 1 } };
        Assert.Equal(ExcelErrorCodes.TooLarge, Refused(bytes, new ExcelFormReader(options)).Code);

        options = new ExcelOptions { Limits = new ExcelReadLimits { MaxPartCount = 5 } };
        Assert.Equal(ExcelErrorCodes.TooLarge, Refused(bytes, new ExcelFormReader(options)).Code);
    }

    [Fact]
    public void A_missing_file_is_the_library_error()
        => Assert.Equal(ExcelErrorCodes.NotAWorkbook, Assert.Single(_reader.ReadFile("/nonexistent/form.xlsx").Problems).Code);

    [Fact]
    public void An_xml_part_with_a_dtd_is_refused()
    {
        var bytes = EditPackage(Samples.FullBytes(), zip =>
        {
            var types = ReadEntry(zip, "[Content_Types].xml");
            var decl = types.IndexOf("?>", StringComparison.Ordinal) + 2;
            WriteEntry(zip, "[Content_Types].xml", types[..decl] + "<!DOCTYPE lol [<!ENTITY lol \"lol\">]>" + types[decl..]);
        });
        Assert.Equal(ExcelErrorCodes.NotAWorkbook, Refused(bytes).Code);
        Assert.NotNull(Encoding.UTF8);
    }
}
