using System.IO.Compression;
using System.Text;
using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using static HuXiao.Excel.Tests.Support.FormEditing;

namespace HuXiao.Excel.Tests.Packaging;

/// <summary>What was given is named, with what to do; what is not damage (filters, comments, charts, strict OOXML) reads.</summary>
public sealed class FileFormatTests
{
    private readonly ExcelFormReader _reader = new();

    private InputProblem Refused(byte[] bytes)
    {
        // An unusable file is refused as data, as a whole, with the one problem that says why.
        var result = _reader.Read(bytes);
        Assert.True(result.IsRefused);
        Assert.Null(result.Value);
        return Assert.Single(result.Problems);
    }

    private static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    private static byte[] OfficeDocument(string mainPart, string contentType) => Zip(
        ("[Content_Types].xml", $"""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/{mainPart}" ContentType="{contentType}"/></Types>"""),
        ("_rels/.rels", $"""<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{mainPart}"/></Relationships>"""),
        (mainPart, "<document/>"));

    [Fact]
    public void An_xlsb_is_named_as_such_not_as_macro_enabled()
    {
        var bytes = new FormPackage(Samples.FullBytes())
            .Replace("[Content_Types].xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.binary.macroEnabled.main")
            .ToBytes();
        var ex = Refused(bytes);
        Assert.Equal(ExcelErrorCodes.LegacyFormat, ex.Code);
        Assert.Contains(".xlsb", ex.Message, StringComparison.Ordinal);
        Assert.Contains(".xlsb", ex.EnglishMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(".xlsm", ex.EnglishMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "Word")]
    [InlineData("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "PowerPoint")]
    public void A_Word_or_PowerPoint_file_named_xlsx_is_named(string part, string contentType, string name)
    {
        var ex = Refused(OfficeDocument(part, contentType));
        Assert.Equal(ExcelErrorCodes.NotAWorkbook, ex.Code);
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", ex.EnglishMessage, StringComparison.Ordinal);
    }

    public static TheoryData<byte[], string> NotWorkbooks() => new()
    {
        { Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>")), ".ods" },
        { Encoding.UTF8.GetBytes("指标,新增,合计\nA01,2,120\n"), "CSV" },
        { Encoding.UTF8.GetBytes("<html><body><table><tr><td>A01</td></tr></table></body></html>"), "HTML" },
        { Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>"), "Excel 2003 XML" },
        { Encoding.ASCII.GetBytes("%PDF-1.4\n%âãÏÓ\n1 0 obj"), "PDF" },
        { WordDocument97(), "Word 97-2003" },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void Other_formats_are_named_with_what_to_do(byte[] bytes, string name)
    {
        var ex = Refused(bytes);
        Assert.Equal(ExcelErrorCodes.NotAWorkbook, ex.Code);
        Assert.Contains(name, ex.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains(".xlsx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_autofilter_over_the_units_row_is_not_damage()
    {
        var bytes = new FormPackage(Samples.FullBytes()).Replace(FormPackage.FormPart, "</x:sheetData>", "</x:sheetData><x:autoFilter ref=\"A6:T8\" />").ToBytes();
        Assert.Equal(Samples.Full(), _reader.Read(bytes).Value);
    }

    [Fact]
    public void Conditional_formatting_comments_and_charts_are_not_damage()
    {
        var package = new FormPackage(AddPicture(Samples.FullBytes()))
            .Replace(FormPackage.FormPart, "<x:dataValidations", "<x:conditionalFormatting sqref=\"B7:T8\"><x:cfRule type=\"cellIs\" dxfId=\"0\" priority=\"1\" operator=\"lessThan\"><x:formula>0</x:formula></x:cfRule></x:conditionalFormatting><x:dataValidations")
            .Put("xl/comments1.xml", """<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>李某</author></authors><commentList><comment ref="B8" authorId="0"><text><t>含2所民办</t></text></comment></commentList></comments>""")
            .Put("xl/charts/chart1.xml", """<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>""");
        Assert.Equal(Samples.Full(), _reader.Read(package.ToBytes()).Value);
    }

    [Fact]
    public void A_workbook_saved_as_strict_OOXML_reads_the_same()
    {
        var strict = Strict(Samples.FullBytes());
        Assert.Contains("purl.oclc.org", new FormPackage(strict)[FormPackage.FormPart], StringComparison.Ordinal);
        var result = _reader.Read(strict);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Samples.Full(), result.Value);
        Assert.Equal(Samples.Full().Filing, result.Value.Filing);
    }

    /// <summary>The same workbook in the strict namespaces (ISO/IEC 29500 Strict), as Excel's "Strict Open XML Spreadsheet" writes it.</summary>
    internal static byte[] Strict(byte[] xlsx)
    {
        (string, string)[] namespaces =
        [
            ("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"),
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties"),
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"),
            ("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "http://purl.oclc.org/ooxml/officeDocument/customProperties"),
            ("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
        ];
        var package = new FormPackage(xlsx);
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            var text = package[entry.FullName];
            foreach (var (from, to) in namespaces)
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }

            package[entry.FullName] = text;
        }

        return package.ToBytes();
    }

    private static byte[] WordDocument97()
    {
        var bytes = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("WordDocument").CopyTo(bytes, 1024);
        return bytes;
    }
}
